package io.github.ogireport.internal;

/**
 * The longest number literal read as a number. Turning a digit string into a {@code BigDecimal} (and taking
 * one apart again) costs time quadratic in its length: a 2 MB run of digits in one cell took a minute. Longer
 * literals stay text (a cell) or are not figures (a sentence): a count of thousands of digits is no count.
 * Not API.
 */
public final class Numbers {
    /** Characters of a literal (digits, thousands commas, the point): a 1,000-digit number with commas fits. */
    public static final int MAX_LENGTH = 2_000;

    private Numbers() {
    }

    /** True when {@code literal} is too long to be read as a number. */
    public static boolean tooLong(CharSequence literal) {
        return literal.length() > MAX_LENGTH;
    }
}
