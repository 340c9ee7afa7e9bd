package io.github.ogireport.check.rules;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableRow;
import java.util.List;

/**
 * The cells of one table as {@link Term}s, indexed by row and column: made once per check ({@link Tables})
 * and read by every sum, so that a cell is looked up once, not once per relation it stands in. Each term is
 * made when first asked. Not thread-safe (a check runs its rules on one thread).
 */
final class Cells {
    final StatTable table;
    /** The enum class of the table's row IDs, or null when they are not all of one enum (looked up each time). */
    private final Class<?> rowClass;
    /** The printed row of each row ID, by the ID's ordinal (the first printed, as {@link StatTable#row}). */
    private final TableRow[] rows;
    /** Per row ordinal, the term of each column by its ordinal, made when the row is first asked ({@link #row}). */
    private final Term[][] terms;
    /**
     * Per row ordinal, the constants of the column class of {@link #terms} (the class of the first column asked
     * of the row), by ordinal.
     */
    private final Object[][] columnIds;
    /** The constants of {@link #rowClass} by ordinal; none when it is null. */
    private final Object[] rowIds;
    /**
     * The constants of an enum class by ordinal, without the copy {@code getEnumConstants} makes each time (never
     * handed out, never changed).
     */
    private static final ClassValue<Object[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    /** The column class of the last row made and its constants: a table's rows share one. */
    private Class<?> lastColumnClass;
    private Object[] lastColumnIds;

    Cells(StatTable table) {
        this.table = table;
        List<TableRow> printed = table.rows();
        Class<?> k = null;
        boolean one = true;
        for (int i = 0, n = printed.size(); i < n && one; i++) {
            RowId id = printed.get(i).id();
            Class<?> c = id instanceof Enum ? ((Enum<?>) id).getDeclaringClass() : null;
            one = c != null && (k == null || k == c);
            k = c;
        }
        rowClass = one && k != null ? k : null;
        rowIds = rowClass == null ? new Object[0] : CONSTANTS.get(rowClass);
        int size = rowIds.length;
        rows = new TableRow[size];
        terms = new Term[size][];
        columnIds = new Object[size][];
        if (rowClass != null) {
            for (int i = printed.size() - 1; i >= 0; i--) {
                TableRow r = printed.get(i);
                rows[((Enum<?>) r.id()).ordinal()] = r; // the first printed wins
            }
        }
    }

    /** True when {@code row} is a constant of {@link #rowClass}: compared by identity, not by its class. */
    private boolean indexed(RowId row) {
        if (!(row instanceof Enum)) {
            return false;
        }
        int o = ((Enum<?>) row).ordinal();
        return o < rowIds.length && rowIds[o] == row;
    }

    /** The term of (row, column): the cell as read, absent when the row or its cell was not found. */
    Term term(RowId row, ColumnId column) {
        if (!indexed(row) || !(column instanceof Enum)) {
            return Term.of(table, row, column);
        }
        int r = ((Enum<?>) row).ordinal();
        int c = ((Enum<?>) column).ordinal();
        Term[] ofRow = terms[r];
        if (ofRow == null) {
            ofRow = row(r, row, ((Enum<?>) column).getDeclaringClass());
        }
        Object[] ids = columnIds[r];
        if (c >= ids.length || ids[c] != column) { // a column of another class than the row's first: not kept
            return Term.of(rows[r], row, column);
        }
        Term t = ofRow[c];
        if (t == null) { // a column the row does not print
            t = new Term(row, column, null, Placement.ABSENT);
            ofRow[c] = t;
        }
        return t;
    }

    /**
     * The terms of a row for the columns of {@code columnClass}, made in one pass over its printed cells (the
     * first cell of a column wins, as {@code indexOf}); the columns it does not print are made when asked.
     */
    private Term[] row(int r, RowId row, Class<?> columnClass) {
        if (columnClass != lastColumnClass) {
            lastColumnClass = columnClass;
            lastColumnIds = CONSTANTS.get(columnClass);
        }
        Object[] ids = lastColumnIds;
        Term[] ofRow = new Term[ids.length];
        terms[r] = ofRow;
        columnIds[r] = ids;
        TableRow printed = rows[r];
        if (printed != null) {
            List<ColumnId> cs = printed.columns();
            List<Cell> cells = printed.cells();
            List<Placement> placements = printed.placements();
            for (int i = 0, n = cs.size(); i < n; i++) {
                ColumnId c = cs.get(i);
                if (c instanceof Enum) {
                    int o = ((Enum<?>) c).ordinal();
                    if (o < ids.length && ids[o] == c && ofRow[o] == null) {
                        ofRow[o] = new Term(row, c, cells.get(i), placements.get(i));
                    }
                }
            }
        }
        return ofRow;
    }

    /** True when a row of this ID is printed. */
    boolean has(RowId row) {
        return indexed(row) ? rows[((Enum<?>) row).ordinal()] != null : table.row(row).isPresent();
    }
}
