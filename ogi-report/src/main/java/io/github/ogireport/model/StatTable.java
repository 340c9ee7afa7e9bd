package io.github.ogireport.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standard table as recognised: the rows the report prints, in official order.
 * A row the report lacks is absent, not filled in.
 *
 * @param id       T1, T2 or T3
 * @param rows     the rows found
 * @param position where the table started in the source
 */
public record StatTable(TableId id, List<TableRow> rows, SourcePosition position) {
    /**
     * Checks that no component is null; the rows are copied (unmodifiable).
     *
     * @param id T1, T2 or T3
     * @param rows the rows found
     * @param position where the table started in the source
     */
    public StatTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        rows = List.copyOf(rows);
    }

    /**
     * The row with this ID, if the report printed it.
     *
     * @param rowId a row
     * @return the row, if the report printed it
     */
    public Optional<TableRow> row(RowId rowId) {
        for (TableRow row : rows) {
            if (row.id() == rowId) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /**
     * The cell at row and column, if both exist.
     *
     * @param rowId a row
     * @param column a column of that row
     * @return the cell, if the report printed the row
     */
    public Optional<Cell> cell(RowId rowId, ColumnId column) {
        return row(rowId).map(r -> r.cell(column));
    }
}
