package io.github.ogireport.check;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.SourcePosition;
import java.util.Objects;

/**
 * A table cell a finding involves.
 *
 * @param path     the result-document cell path, e.g. {@code t2.R3.4.TOT}
 * @param raw      the cell's published text ("" when the row or cell is absent)
 * @param position where the cell stood
 */
public record CellRef(String path, String raw, SourcePosition position) {
    /**
     * Checks that no component is null.
     *
     * @param path the result-document cell path, e.g. {@code t2.R3.4.TOT}
     * @param raw the cell's published text ("" when the row or cell is absent)
     * @param position where the cell stood
     */
    public CellRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(position, "position");
    }

    /**
     * The reference to {@code cell} at row and column.
     *
     * @param row the row
     * @param column the column
     * @param cell the cell (its text and position)
     * @return the reference
     */
    public static CellRef of(RowId row, ColumnId column, Cell cell) {
        String path = row.table().key() + "." + row.id() + "." + column.id();
        return cell == null ? new CellRef(path, "", SourcePosition.UNKNOWN)
                : new CellRef(path, cell.raw(), cell.position());
    }
}
