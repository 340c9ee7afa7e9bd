package io.github.ogireport.internal.text;

import java.text.Normalizer;

/**
 * The one place text is folded with Unicode NFKC (full-width digits, letters, brackets and colons to their
 * ASCII forms; compatibility ideographs to the unified ones). Every stage that compares text folds it here, and
 * {@code DependencyTest} fails when another class calls {@link Normalizer}. What each caller does after folding
 * (drop white space, straighten quotes…) stays with the caller. Not API.
 */
public final class Fold {
    private Fold() {
    }

    /**
     * {@code s} in Unicode NFKC ({@code s} itself when it is made only of characters NFKC leaves alone). Text made
     * of those and of full-width ASCII forms (U+FF01–U+FF5E: （一）, ：, ，) and the ideographic space, as most
     * labels are, is folded here character by character: each of these becomes one ASCII character, which
     * neither composes with a neighbour nor reorders ({@code FoldTest} checks each against the normaliser).
     */
    public static String nfkc(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isStable(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        char[] out = null;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (isStable(c)) {
                continue;
            }
            char a = asciiForm(c);
            if (a == 0) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
            if (out == null) {
                out = s.toCharArray();
            }
            out[i] = a;
        }
        return new String(out);
    }

    /** The ASCII character NFKC makes of a full-width form or the ideographic space, or 0 for any other. */
    static char asciiForm(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : 0;
    }

    /**
     * True for a character NFKC maps to itself whatever stands beside it: printable ASCII, the CJK unified
     * ideographs of the basic block, and the CJK punctuation reports print most (、。〈〉《》「」『』【】〔〕 and curly
     * quotes). None of them decomposes, composes with a neighbour or reorders ({@code FoldTest} checks each).
     * Most of a report is made of these, so most strings skip the normaliser.
     */
    public static boolean isStable(char c) {
        return c >= 0x20 && c <= 0x7E || c >= 0x4E00 && c <= 0x9FFF || c >= 0x3001 && c <= 0x3002
                || c >= 0x3008 && c <= 0x3015 || c >= 0x2018 && c <= 0x2019 || c >= 0x201C && c <= 0x201D;
    }
}
