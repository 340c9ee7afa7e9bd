package io.github.ogireport.output;

import java.util.Objects;

/**
 * The one escape function of the HTML page: every text and attribute value taken from a report passes through
 * {@link #esc}. Its own class so that the page's parts ({@link HtmlReport}, {@link HtmlTables}…) depend on it
 * and not on each other.
 */
final class HtmlEscape {
    private HtmlEscape() {
    }

    /**
     * Escapes text for HTML, in element content and in double- or single-quoted attribute values alike:
     * {@code & < > " '} become references; control characters (not allowed in HTML) become U+FFFD.
     */
    static String esc(String s) {
        Objects.requireNonNull(s, "s");
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
                    out.append(control ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
