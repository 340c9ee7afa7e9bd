package io.github.ogireport.model;

/**
 * How the parser placed a cell of a standard table: read where the report printed it, under its row label and
 * column header, or placed by an inference the source did not state. A relation that fails only through
 * inferred cells may fail because of the reading, not the report (the rules say UNCERTAIN then).
 */
public enum Placement {
    /** Read under its printed row label and column header. */
    READ,
    /** The row lost its label; it was placed by counting the rows between two labelled rows. */
    ROW_BY_ORDER,
    /** The value was joined from pieces on wrapped lines (a number too wide for its cell). */
    JOINED_LINES,
    /** The column was assigned by position: the row printed fewer values than columns, or no header was found. */
    COLUMN_BY_POSITION,
    /** A cell split in two by the source or the extraction was joined again. */
    CELL_REJOINED,
    /**
     * Split from cells the source printed with no separator ({@code 规章000}), one digit per cell, because the row's
     * known number of columns leaves only that reading.
     */
    SPLIT_BY_ARITY,
    /**
     * Not found: the report's format has the cell but the reading did not find it (row not found, column not
     * placed, table cut off or missing). Used in references to cells ({@code CellRef}), never on a cell of a
     * {@link TableRow}.
     */
    ABSENT;

    /**
     * True for a cell placed by inference: neither read under its label nor absent.
     *
     * @return whether this is neither {@link #READ} nor {@link #ABSENT}
     */
    public boolean isInferred() {
        return this != READ && this != ABSENT;
    }
}
