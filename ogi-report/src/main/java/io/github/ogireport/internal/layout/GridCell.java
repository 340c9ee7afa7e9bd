package io.github.ogireport.internal.layout;

import io.github.ogireport.model.SourcePosition;

/**
 * A cell of a logical grid. A cell spanning several columns or rows is repeated in each of them;
 * the copies are marked so that a value is read once. Not API.
 *
 * @param text     the cell's text, markup flattened, white space collapsed
 * @param position where the cell stood
 * @param colCopy  true when this is a colspan copy of the cell to its left
 * @param rowCopy  true when this is a rowspan copy of the cell above
 * @param placement how the layout placed the cell: {@link LayoutPlacement#READ}, or the inference it made (a
 *                 number joined across wrapped lines, a column assigned by position, cells split by arity)
 */
public record GridCell(String text, SourcePosition position, boolean colCopy, boolean rowCopy,
        LayoutPlacement placement) {

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

    /** This cell, placed as {@code how} says. */
    public GridCell placed(LayoutPlacement how) {
        return how == placement ? this : new GridCell(text, position, colCopy, rowCopy, how);
    }

    /** True when the text is empty after trimming (including full-width and no-break spaces). */
    public boolean isBlank() {
        return Text.isBlank(text);
    }
}
