package io.github.ogireport.internal.layout;

import io.github.ogireport.model.SourcePosition;
import java.util.Objects;

/**
 * A cell of a logical grid. A cell spanning several columns or rows is repeated in each of them;
 * the copies are marked so that a value is read once. Not API.
 *
 * <p>A value like a record ({@link #equals}, {@link #hashCode} and {@link #toString} of its five components);
 * what the recognizers ask of its text (its {@link #key}, whether it is blank or reads as a value) is worked
 * out once, on first asking, and kept beside the text: every recognizer asks the same questions of the same
 * cells. The answers depend on the text alone, so two threads that both work one out store the same.
 */
public final class GridCell {
    private static final int KNOWN_BLANK = 1;
    private static final int BLANK = 2;
    private static final int KNOWN_VALUE_LIKE = 4;
    private static final int VALUE_LIKE = 8;
    private static final int KNOWN_VALUE_TOKEN = 16;
    private static final int VALUE_TOKEN = 32;
    private static final int KNOWN_ANNOTATED = 64;
    private static final int ANNOTATED = 128;
    /** Known to be 1 to 18 ASCII digits and nothing else (no white space): set by the layout only. */
    private static final int PLAIN_DIGITS = 256;

    private final String text;
    private final SourcePosition position;
    private final boolean colCopy;
    private final boolean rowCopy;
    private final LayoutPlacement placement;
    /** {@link Text#key} of the text, once asked. */
    private String key;
    /** The answers known so far, as the bits above. */
    private int facts;

    /**
     * A cell.
     *
     * @param text      the cell's text, markup flattened, white space collapsed
     * @param position  where the cell stood
     * @param colCopy   true when this is a colspan copy of the cell to its left
     * @param rowCopy   true when this is a rowspan copy of the cell above
     * @param placement how the layout placed the cell: {@link LayoutPlacement#READ}, or the inference it made (a
     *                  number joined across wrapped lines, a column assigned by position, cells split by arity)
     */
    public GridCell(String text, SourcePosition position, boolean colCopy, boolean rowCopy,
            LayoutPlacement placement) {
        this.text = text;
        this.position = position;
        this.colCopy = colCopy;
        this.rowCopy = rowCopy;
        this.placement = placement;
    }

    /** A cell read where it stood. */
    public GridCell(String text, SourcePosition position, boolean colCopy, boolean rowCopy) {
        this(text, position, colCopy, rowCopy, LayoutPlacement.READ);
    }

    /** A cell the layout placed by an inference. */
    public static GridCell inferred(String text, SourcePosition position, LayoutPlacement how) {
        return new GridCell(text, position, false, false, how);
    }

    /** A cell that is its own origin. */
    public static GridCell of(String text, SourcePosition position) {
        return new GridCell(text, position, false, false);
    }

    /** What is known of a blank cell's text (every answer: blank, so value-like, no token, no number). */
    static final int BLANK_FACTS = KNOWN_BLANK | BLANK | KNOWN_VALUE_LIKE | VALUE_LIKE | KNOWN_VALUE_TOKEN
            | KNOWN_ANNOTATED;
    /** What is known of a cell of 1 to 18 ASCII digits: not blank, value-like, a token, no note; its own key. */
    static final int DIGITS_FACTS = KNOWN_BLANK | KNOWN_VALUE_LIKE | VALUE_LIKE | KNOWN_VALUE_TOKEN | VALUE_TOKEN
            | KNOWN_ANNOTATED | PLAIN_DIGITS;

    /**
     * What is known of a cell's text, not blank, trimmed and starting with {@code first}, from that character
     * alone: no value token and no number with a note unless a value may start so, not value-like when
     * {@link CellParser#labelStart} says so. Most labels are told from values by their first character.
     */
    static int factsOfFirst(char first) {
        int f = KNOWN_BLANK;
        if (!TextLayout.mayStartValue(first)) {
            f |= KNOWN_VALUE_TOKEN | KNOWN_ANNOTATED; // a token and a number with a note start with a digit or a mark
        }
        if (CellParser.labelStart(first)) {
            f |= KNOWN_VALUE_LIKE;
        }
        return f;
    }

    /**
     * What is known of a cell's text, not blank, standing trimmed from {@code from} to {@code to} in {@code chars}:
     * {@link #factsOfFirst} its first character, and of a label starting with a number (1.属于国家秘密, 2、其他) that
     * it is none of the three kinds of value. After the digits, commas and points it starts with comes an
     * ideograph no value holds: {@link TextLayout#isValueToken} and {@link TextLayout#isAnnotatedNumber} need a
     * white space, a bracket or a character of a value or mark there, {@link CellParser#isValueLike} one of a
     * number; NFKC leaves the ideograph as it is.
     */
    static int factsOf(char[] chars, int from, int to) {
        char first = chars[from];
        if (!(first >= '0' && first <= '9' || first >= '０' && first <= '９')) {
            return factsOfFirst(first);
        }
        int i = from + 1;
        while (i < to && (chars[i] >= '0' && chars[i] <= '9' || chars[i] >= '０' && chars[i] <= '９' || chars[i] == ','
                || chars[i] == '.')) {
            i++;
        }
        if (i < to && chars[i] >= '\u4E00' && chars[i] <= '\u9FFF' && NUMBER_WORDS.indexOf(chars[i]) < 0) {
            return KNOWN_BLANK | KNOWN_VALUE_LIKE | KNOWN_VALUE_TOKEN | KNOWN_ANNOTATED;
        }
        return factsOfFirst(first);
    }

    /** The ideographs a value, a mark or a number can hold (signs, units, 不适用, 无). */
    private static final String NUMBER_WORDS = "增减万元件个项条次适用无不";

    /**
     * A cell that is its own origin, read by a layout that already knows of its text the facts {@code facts}
     * ({@link #BLANK_FACTS}, {@link #DIGITS_FACTS} or 0) and, when not null, its key.
     */
    static GridCell known(String text, SourcePosition position, int facts, String key) {
        GridCell c = new GridCell(text, position, false, false);
        c.facts = facts;
        c.key = key;
        return c;
    }

    /** The cell's text, markup flattened, white space collapsed. */
    public String text() {
        return text;
    }

    /** Where the cell stood. */
    public SourcePosition position() {
        return position;
    }

    /** True when this is a colspan copy of the cell to its left. */
    public boolean colCopy() {
        return colCopy;
    }

    /** True when this is a rowspan copy of the cell above. */
    public boolean rowCopy() {
        return rowCopy;
    }

    /** How the layout placed the cell. */
    public LayoutPlacement placement() {
        return placement;
    }

    /** This cell, placed as {@code how} says (what is known of its text goes with it). */
    public GridCell placed(LayoutPlacement how) {
        if (how == placement) {
            return this;
        }
        GridCell c = new GridCell(text, position, colCopy, rowCopy, how);
        c.key = key;
        c.facts = facts;
        return c;
    }

    /** True when the text is empty after trimming (including full-width and no-break spaces). */
    public boolean isBlank() {
        int f = facts;
        if ((f & KNOWN_BLANK) == 0) {
            f = learn(KNOWN_BLANK, BLANK, Text.isBlank(text));
        }
        return (f & BLANK) != 0;
    }

    /** The text in matching form, {@link Text#key}, worked out once. */
    public String key() {
        String k = key;
        if (k == null) {
            k = Text.key(text);
            key = k;
        }
        return k;
    }

    /** {@link CellParser#isValueLike} of the text: a number, blank or a not-applicable mark. */
    public boolean isValueLike() {
        int f = facts;
        if ((f & KNOWN_VALUE_LIKE) == 0) {
            f = learn(KNOWN_VALUE_LIKE, VALUE_LIKE, CellParser.isValueLike(text));
        }
        return (f & VALUE_LIKE) != 0;
    }

    /** True when the text reads as a value token of page text (a number, a signed change, a mark), not blank. */
    boolean isValueToken() {
        int f = facts;
        if ((f & KNOWN_VALUE_TOKEN) == 0) {
            f = learn(KNOWN_VALUE_TOKEN, VALUE_TOKEN, TextLayout.isValueToken(text));
        }
        return (f & VALUE_TOKEN) != 0;
    }

    /** True when the trimmed text is a number followed by a note in brackets ({@code 22（其中修订16件）}). */
    public boolean isAnnotatedNumber() {
        int f = facts;
        if ((f & KNOWN_ANNOTATED) == 0) {
            f = learn(KNOWN_ANNOTATED, ANNOTATED, TextLayout.isAnnotatedNumber(Text.trim(text)));
        }
        return (f & ANNOTATED) != 0;
    }

    /**
     * True when the layout that read the cell knew its text to be 1 to 18 ASCII digits and nothing else (a count,
     * the most common cell); false when it did not say (the text may still be digits).
     */
    public boolean isPlainDigits() {
        return (facts & PLAIN_DIGITS) != 0;
    }

    private int learn(int known, int bit, boolean value) {
        int f = facts | known | (value ? bit : 0);
        facts = f; // a lost update only means a fact is worked out again: each is the same whoever works it out
        return f;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof GridCell)) {
            return false;
        }
        GridCell c = (GridCell) o;
        return Objects.equals(text, c.text) && Objects.equals(position, c.position) && colCopy == c.colCopy
                && rowCopy == c.rowCopy && placement == c.placement;
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, position, colCopy, rowCopy, placement);
    }

    @Override
    public String toString() {
        return "GridCell[text=" + text + ", position=" + position + ", colCopy=" + colCopy + ", rowCopy=" + rowCopy
                + ", placement=" + placement + "]";
    }
}
