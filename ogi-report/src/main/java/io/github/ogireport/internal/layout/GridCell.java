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
 */
public record GridCell(String text, SourcePosition position, boolean colCopy, boolean rowCopy) {

    /** A cell that is its own origin. */
    public static GridCell of(String text, SourcePosition position) {
        return new GridCell(text, position, false, false);
    }

    /** True when the text is empty after trimming (including full-width and no-break spaces). */
    public boolean isBlank() {
        return Text.isBlank(text);
    }
}
