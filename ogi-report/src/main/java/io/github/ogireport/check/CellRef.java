package io.github.ogireport.check;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.SourcePosition;
import java.util.Objects;

/**
 * A table cell a finding involves.
 *
 * @param path     the result-document cell path, e.g. {@code t2.R3.4.TOT}
 * @param raw      the cell's published text ("" when the row or cell is absent)
 * @param position where the cell stood
 * @param placement how the cell was placed: {@link Placement#READ} under its label, by an inference, or
 *                 {@link Placement#ABSENT} when the reading did not find it
 */
public record CellRef(String path, String raw, SourcePosition position, Placement placement) {
    /**
     * The path of each cell of an enum row and an enum column, made once (row and column IDs are a few hundred
     * enum constants): per row class, a table by row and column ordinal for the column class seen first with it
     * (a row of another column class is asked each time). Filled as asked; a racing thread at worst computes
     * the same string again.
     */
    private static final ClassValue<Paths> PATHS = new ClassValue<>() {
        @Override
        protected Paths computeValue(Class<?> rowClass) {
            return new Paths(rowClass.getEnumConstants().length);
        }
    };

    /** The paths of one row class. */
    private static final class Paths {
        final String[][] byRow;
        volatile Class<?> columnClass;

        Paths(int rows) {
            byRow = new String[rows][];
        }
    }

    /**
     * Checks that no component is null.
     *
     * @param path      the result-document cell path
     * @param raw       the cell's published text
     * @param position  where the cell stood
     * @param placement how the cell was placed
     */
    public CellRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(placement, "placement");
    }

    /**
     * A reference to a cell read under its label ({@link Placement#READ}).
     *
     * @param path     the result-document cell path
     * @param raw      the cell's published text
     * @param position where the cell stood
     */
    public CellRef(String path, String raw, SourcePosition position) {
        this(path, raw, position, Placement.READ);
    }

    /**
     * The reference to {@code cell} at row and column; an absent cell when {@code cell} is null.
     *
     * @param row    the cell's row
     * @param column the cell's column
     * @param cell   the cell as read, or null when the reading did not find it
     * @return a reference placed {@link Placement#READ}, or {@link Placement#ABSENT} for a null cell
     */
    public static CellRef of(RowId row, ColumnId column, Cell cell) {
        return of(row, column, cell, cell == null ? Placement.ABSENT : Placement.READ);
    }

    /**
     * The reference to {@code cell} at row and column, placed as {@code placement}.
     *
     * @param row       the cell's row
     * @param column    the cell's column
     * @param cell      the cell as read, or null when the reading did not find it
     * @param placement how the cell was placed (ignored for a null cell, which is {@link Placement#ABSENT})
     * @return the reference, with empty text and {@link SourcePosition#UNKNOWN} for a null cell
     */
    public static CellRef of(RowId row, ColumnId column, Cell cell, Placement placement) {
        String path = path(row, column);
        return cell == null ? new CellRef(path, "", SourcePosition.UNKNOWN, Placement.ABSENT)
                : new CellRef(path, cell.raw(), cell.position(), placement);
    }

    /** {@link RowId#cellPath}, kept for the model's enum IDs (an ID of another kind is asked each time). */
    private static String path(RowId row, ColumnId column) {
        if (!(row instanceof Enum) || !(column instanceof Enum)) {
            return row.cellPath(column);
        }
        Enum<?> r = (Enum<?>) row;
        Enum<?> c = (Enum<?>) column;
        Paths paths = PATHS.get(r.getDeclaringClass());
        Class<?> columnClass = c.getDeclaringClass();
        if (paths.columnClass != columnClass) {
            synchronized (paths) {
                if (paths.columnClass == null) {
                    paths.columnClass = columnClass;
                }
            }
            if (paths.columnClass != columnClass) {
                return row.cellPath(column);
            }
        }
        String[] ofRow = paths.byRow[r.ordinal()];
        if (ofRow == null) {
            ofRow = new String[columnClass.getEnumConstants().length];
            paths.byRow[r.ordinal()] = ofRow;
        }
        String path = ofRow[c.ordinal()];
        if (path == null) {
            path = row.cellPath(column);
            ofRow[c.ordinal()] = path;
        }
        return path;
    }

    /**
     * True when the reading did not find this cell.
     *
     * @return whether the placement is {@link Placement#ABSENT}
     */
    public boolean isAbsent() {
        return placement == Placement.ABSENT;
    }
}
