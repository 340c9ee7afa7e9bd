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
 * and read by every sum, so that a cell is looked up once, not once per relation it stands in. The terms of
 * the printed cells are made in one pass over the table, into one array by row and column ordinal (the rules
 * read nearly all of them: every T2 row has its row total); a term of a cell not printed is made when asked.
 * Not thread-safe (a check runs its rules on one thread).
 */
final class Cells {
    final StatTable table;
    /** The constants of the table's row ID enum by ordinal; none when the IDs are not all of one enum. */
    private final Object[] rowIds;
    /** The printed row of each row ID, by the ID's ordinal (the first printed, as {@link StatTable#row}). */
    private final TableRow[] rows;
    /**
     * The constants of the column enum of the table (the class of its first enum column) by ordinal; null until
     * known (a table without cells learns it from the first column asked).
     */
    private Object[] columnIds;
    /** {@code columnIds.length}: the stride of {@link #terms}. */
    private int width;
    /**
     * The term of (row, column) at {@code row ordinal * width + column ordinal}, for the columns of
     * {@link #columnIds}; null for a cell not printed until asked (then absent).
     */
    private Term[] terms;
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
    private static final Object[] NONE = new Object[0];

    Cells(StatTable table) {
        this.table = table;
        List<TableRow> printed = table.rows();
        int n = printed.size();
        Class<?> k = null;
        Class<?> columnClass = null;
        boolean one = true;
        for (int i = 0; i < n && one; i++) {
            TableRow row = printed.get(i);
            RowId id = row.id();
            Class<?> c = id instanceof Enum ? ((Enum<?>) id).getDeclaringClass() : null;
            one = c != null && (k == null || k == c);
            k = c;
            if (columnClass == null) {
                columnClass = enumColumnClass(row.columns());
            }
        }
        Class<?> rowClass = one && k != null ? k : null;
        rowIds = rowClass == null ? NONE : CONSTANTS.get(rowClass);
        rows = new TableRow[rowIds.length];
        if (rowClass == null) {
            return; // rows of several kinds: looked up each time
        }
        if (columnClass != null) {
            index(CONSTANTS.get(columnClass));
        }
        for (int i = 0; i < n; i++) {
            TableRow row = printed.get(i);
            int r = ((Enum<?>) row.id()).ordinal();
            if (rows[r] != null) {
                continue; // the first printed wins
            }
            rows[r] = row;
            if (terms != null) {
                addTerms(row, r);
            }
        }
    }

    /** The class of the first enum column of a row, or null. */
    private static Class<?> enumColumnClass(List<ColumnId> columns) {
        for (int i = 0, n = columns.size(); i < n; i++) {
            ColumnId c = columns.get(i);
            if (c instanceof Enum) {
                return ((Enum<?>) c).getDeclaringClass();
            }
        }
        return null;
    }

    /** Sets the column constants and makes the term array. */
    private void index(Object[] ids) {
        columnIds = ids;
        width = ids.length;
        terms = new Term[rowIds.length * width];
    }

    /** The terms of a printed row's cells of the table's column class (the first cell of a column wins). */
    private void addTerms(TableRow printed, int r) {
        Object[] ids = columnIds;
        int base = r * width;
        List<ColumnId> cs = printed.columns();
        List<Cell> cells = printed.cells();
        List<Placement> placements = printed.placements();
        RowId row = printed.id();
        for (int i = 0, n = cs.size(); i < n; i++) {
            ColumnId c = cs.get(i);
            if (c instanceof Enum) {
                int o = ((Enum<?>) c).ordinal();
                if (o < ids.length && ids[o] == c && terms[base + o] == null) {
                    terms[base + o] = new Term(row, c, cells.get(i), placements.get(i));
                }
            }
        }
    }

    /** True when {@code row} is a constant of the row enum: compared by identity, not by its class. */
    private boolean indexed(RowId row) {
        if (!(row instanceof Enum)) {
            return false;
        }
        int o = ((Enum<?>) row).ordinal();
        return o < rowIds.length && rowIds[o] == row;
    }

    /** The term of (row, column): the cell as read, absent when the row or its cell was not found. */
    Term term(RowId row, ColumnId column) {
        if (!indexed(row)) {
            return Term.of(table, row, column);
        }
        int r = ((Enum<?>) row).ordinal();
        if (!(column instanceof Enum)) {
            return Term.of(rows[r], row, column);
        }
        int c = ((Enum<?>) column).ordinal();
        if (columnIds == null) { // no printed cell told the column class: the first asked's
            index(CONSTANTS.get(((Enum<?>) column).getDeclaringClass()));
        }
        if (c >= width || columnIds[c] != column) { // a column of another class than the table's: not kept
            return Term.of(rows[r], row, column);
        }
        int at = r * width + c;
        Term t = terms[at];
        if (t == null) { // a cell the table does not print
            t = new Term(row, column, null, Placement.ABSENT);
            terms[at] = t;
        }
        return t;
    }

    /** True when a row of this ID is printed. */
    boolean has(RowId row) {
        return indexed(row) ? rows[((Enum<?>) row).ordinal()] != null : table.row(row).isPresent();
    }
}
