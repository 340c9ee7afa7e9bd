package io.github.ogireport.internal.io;

import java.util.Objects;

/**
 * Bytes turned into text, with what they were read as. Not API.
 *
 * <p>A value like a record of its text, charset, container and note. Text decoded from UTF-8 is kept as the
 * characters the decoder wrote ({@link #chars}): the text layout reads them where they are, and the string is
 * made only when asked for ({@link #text}), once.
 */
public final class Decoded {
    private final String charset;
    private final Container container;
    private final String note;
    private final char[] chars;
    private final int length;
    private final LineIndex lines;
    private final boolean simplified;
    private String text;

    /**
     * Decoded text.
     *
     * @param text      the decoded text (BOM removed)
     * @param charset   the charset used, e.g. {@code UTF-8} or {@code GB18030}
     * @param container how the text is laid out
     * @param note      what the decoding had to decide on evidence and a reader should know (lines in another
     *                  charset than the rest, a declaration overruled), or ""
     */
    public Decoded(String text, String charset, Container container, String note) {
        this.text = Objects.requireNonNull(text, "text");
        this.charset = charset;
        this.container = container;
        this.note = note;
        this.chars = null;
        this.length = text.length();
        this.lines = null;
        this.simplified = false;
    }

    /** Decoded text without a note. */
    public Decoded(String text, String charset, Container container) {
        this(text, charset, container, "");
    }

    /**
     * Text given as the first {@code length} characters of {@code chars}, which nobody else writes to, the index of
     * its lines, and whether the decoder found it sure to need no folding ({@link #simplified}).
     */
    Decoded(char[] chars, int length, LineIndex lines, String charset, Container container, boolean simplified) {
        this.chars = chars;
        this.length = length;
        this.lines = lines;
        this.simplified = simplified;
        this.charset = charset;
        this.container = container;
        this.note = "";
    }

    /** The decoded text (BOM removed). */
    public String text() {
        String t = text;
        if (t == null) {
            t = new String(chars, 0, length);
            text = t; // the same text whoever makes it: a race only makes it twice
        }
        return t;
    }

    /** The length of the text. */
    public int length() {
        return length;
    }

    /**
     * The characters of the text, the first {@link #length} of the array, when the decoder kept them (not to be
     * written to); null when the text is only a string.
     */
    public char[] chars() {
        return chars;
    }

    /** The index of the lines of {@link #chars}, or null when the text is only a string. */
    public LineIndex lines() {
        return lines;
    }

    /**
     * True when the decoder found, as it wrote the characters, that no text the text layout makes of them can be in
     * traditional script or carry pinyin glosses: no tone mark, and too few Han characters outside GB2312
     * ({@code TraditionalScript.Screen} would say so of them); the recognizer then does not screen them again.
     * False when it may, or was not looked at (a string given, HTML, another charset).
     */
    public boolean simplified() {
        return simplified;
    }

    /** The charset used, e.g. {@code UTF-8} or {@code GB18030}. */
    public String charset() {
        return charset;
    }

    /** How the text is laid out. */
    public Container container() {
        return container;
    }

    /** What the decoding had to decide on evidence and a reader should know, or "". */
    public String note() {
        return note;
    }

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

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Decoded && text().equals(((Decoded) o).text())
                && Objects.equals(charset, ((Decoded) o).charset) && container == ((Decoded) o).container
                && Objects.equals(note, ((Decoded) o).note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text(), charset, container, note);
    }

    @Override
    public String toString() {
        return "Decoded[text=" + text() + ", charset=" + charset + ", container=" + container + ", note=" + note
                + "]";
    }
}
