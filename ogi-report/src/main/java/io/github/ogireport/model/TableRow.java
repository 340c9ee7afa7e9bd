package io.github.ogireport.model;

import java.util.List;
import java.util.Objects;

/**
 * One data row of a standard table: its ID, the label as published and its value cells.
 *
 * @param id      the row ID
 * @param label   the row label as published (empty when the source lost it and the row was placed by order)
 * @param columns the column of each cell, same length as {@code cells}
 * @param cells   the value cells, in column order
 */
public record TableRow(RowId id, String label, List<ColumnId> columns, List<Cell> cells) {
    /**
     * Checks that no component is null and that there are as many cells as columns; the lists are copied.
     *
     * @param id the row ID
     * @param label the row label as published (empty when the source lost it and the row was placed by order)
     * @param columns the column of each cell, same length as {@code cells}
     * @param cells the value cells, in column order
     */
    public TableRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        columns = List.copyOf(columns);
        cells = List.copyOf(cells);
        if (columns.size() != cells.size()) {
            throw new IllegalArgumentException("columns and cells differ in length for row " + id.id());
        }
    }

    /**
     * The cell in the given column, or null when the row has no such column.
     *
     * @param column a column of this row
     * @return its cell
     */
    public Cell cell(ColumnId column) {
        int i = columns.indexOf(column);
        return i < 0 ? null : cells.get(i);
    }
}
