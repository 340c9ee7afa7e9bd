package io.github.ogireport.batch;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key that groups the reports of one organ across years: the organ's name NFKC-normalised (full-width
 * letters, digits and brackets become half-width), with white space (including the ideographic space and
 * no-break space), the middle dots {@code ·・•} and quotation marks removed, and Latin letters lower-cased.
 * {@code 青山区 市场监督管理局}, {@code 青山区市场监督管理局} and {@code 青山区市场监督管理局} (with an ideographic space)
 * share one key.
 */
public final class OrganKey {
    private OrganKey() {
    }

    /** The key of an organ name ("" for null or blank). */
    public static String of(String organ) {
        if (organ == null) {
            return "";
        }
        String n = Normalizer.normalize(organ, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00B7' || c == '\u30FB'
                    || c == '\u2022' || c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018'
                    || c == '\u2019' || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
