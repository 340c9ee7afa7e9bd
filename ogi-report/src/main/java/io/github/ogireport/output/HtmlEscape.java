package io.github.ogireport.output;

import io.github.ogireport.internal.Printable;
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
     * {@code & < > " '} become references; control characters and bidi overrides are shown escaped
     * ({@code \u202E}, as {@link io.github.ogireport.internal.Printable} does for every output).
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
                    // controls and bidi overrides shown escaped (Printable), line breaks and tabs kept
                    if (c == '\n' || c == '\t' || !Printable.isUnsafe(c)) {
                        out.append(c);
                    } else {
                        out.append(Printable.value(String.valueOf(c)));
                    }
            }
        }
        return out.toString();
    }
}
