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

    /** {@code s} in Unicode NFKC. */
    public static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
