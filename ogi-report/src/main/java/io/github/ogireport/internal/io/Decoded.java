package io.github.ogireport.internal.io;

/**
 * Bytes turned into text, with what they were read as. Not API.
 *
 * @param text      the decoded text (BOM removed)
 * @param charset   the charset used, e.g. {@code UTF-8} or {@code GB18030}
 * @param container how the text is laid out
 */
public record Decoded(String text, String charset, Container container) {

    /** How a decoded document is laid out. */
    public enum Container {
        /** Page text: pipe-delimited rows, cell-per-line, Markdown, or plain paragraphs. */
        TEXT("text/plain"),
        /** An HTML page. */
        HTML("text/html");

        private final String mediaType;

        Container(String mediaType) {
            this.mediaType = mediaType;
        }

        /** The media type, e.g. {@code text/html}. */
        public String mediaType() {
            return mediaType;
        }
    }

    /** The content type as shown in results, e.g. {@code text/html; charset=GB18030}. */
    public String contentType() {
        return container.mediaType() + "; charset=" + charset;
    }
}
