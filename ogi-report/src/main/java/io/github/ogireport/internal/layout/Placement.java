package io.github.ogireport.internal.layout;

/**
 * How a cell came to stand where it does. Everything but {@link #READ} is an inference the reader made from the
 * text's shape, not a separator it saw; the result may say so next to the cell. Not API.
 */
public enum Placement {
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
    ABSENT
}
