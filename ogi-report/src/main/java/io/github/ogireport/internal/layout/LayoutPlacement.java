package io.github.ogireport.internal.layout;

import io.github.ogireport.model.Placement;

/**
 * How a layout placed a cell. Everything but {@link #READ} is an inference the reader made from the text's shape,
 * not a separator it saw; {@link #model()} is what the model says of it ({@link Placement}), the rest are the
 * layout's own marks for the recognizers. Not API.
 */
public enum LayoutPlacement {
    /** Read where it stood, between separators of its own row. */
    READ,
    /** Joined to its row across a line break: the row's values continue on the lines after its label. */
    JOINED_LINES,
    /**
     * Cells printed with no separator at all ({@code 规章000}), still in one piece: the recognizer splits it only
     * when the row's known arity makes the split unambiguous.
     */
    RUN_TOGETHER,
    /** One of the cells split from a {@link #RUN_TOGETHER} run, one digit per cell, by the row's arity. */
    SPLIT_BY_ARITY,
    /**
     * A blank cell where the pipe may only be an edge: a lone {@code |} between a label and a value, or the leading
     * empty cell of a row line after a line ending in a pipe. Counted only when the row's arity needs it.
     */
    EDGE_OR_BLANK,
    /** A blank cell the text did not print at all (a row label with no value after it); blank, never 0. */
    ABSENT,
    /** Put in its column by its position alone (a PDF cell under no header of its own). */
    COLUMN_BY_POSITION;

    /** How the model tells of this placement: read under its label, or the inference that placed it. */
    public Placement model() {
        switch (this) {
            case READ:
                return Placement.READ;
            case JOINED_LINES:
                return Placement.JOINED_LINES;
            case RUN_TOGETHER:
            case SPLIT_BY_ARITY:
                return Placement.SPLIT_BY_ARITY;
            default:
                // a blank counted in by the row's arity, or a column by position: placed by counting cells
                return Placement.COLUMN_BY_POSITION;
        }
    }
}
