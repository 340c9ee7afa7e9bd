package io.github.ogireport.output;

import static io.github.ogireport.output.HtmlEscape.esc;

import io.github.ogireport.internal.text.Messages;
import io.github.ogireport.model.SourcePosition;
import java.util.List;
import java.util.Locale;

/**
 * What the parts of the HTML page share: the page being written, its language, and the small pieces every part
 * writes the same way (positions, links to findings, the labels of {@code html.properties}).
 */
abstract class HtmlPart {
    final StringBuilder b;
    final Locale locale;
    final boolean zh;

    HtmlPart(StringBuilder b, Locale locale) {
        this.b = b;
        this.locale = locale;
        this.zh = "zh".equals(locale.getLanguage());
    }

    /** A part writing into the same page as {@code other}. */
    HtmlPart(HtmlPart other) {
        this(other.b, other.locale);
    }

    void position(SourcePosition p) {
        if (!(p instanceof SourcePosition.Unknown)) {
            b.append(" <span class=\"pos\">").append(esc(p.describe(zh))).append("</span>");
        }
    }

    String findingLinks(String prefix, List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        for (int n : numbers) {
            out.append("<a href=\"#").append(prefix).append("-f").append(n).append("\">").append(marker(n))
                    .append("</a>");
        }
        return out.toString();
    }

    /** The finding number as shown on cells: ① to ⑳, then [21], [22]… */
    static String marker(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : "[" + n + "]";
    }

    String t(String key, Object... args) {
        return Messages.formatIn(Messages.HTML, locale, key, args);
    }
}
