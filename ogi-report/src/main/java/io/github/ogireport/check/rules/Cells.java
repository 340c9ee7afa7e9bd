package io.github.ogireport.check.rules;

import io.github.ogireport.model.ColumnId;
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
    private final Term[][] terms;
    /** Per row ordinal, the index of each column by its ordinal ({@link #columnIndex}), made when first asked. */
    private final int[][] columns;
    private final Class<?>[] columnClasses;

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
        int size = rowClass == null ? 0 : rowClass.getEnumConstants().length;
        rows = new TableRow[size];
        terms = new Term[size][];
        columns = new int[size][];
        columnClasses = new Class<?>[size];
        if (rowClass != null) {
            for (int i = printed.size() - 1; i >= 0; i--) {
                TableRow r = printed.get(i);
                rows[((Enum<?>) r.id()).ordinal()] = r; // the first printed wins
            }
        }
    }

    private boolean indexed(RowId row) {
        return rowClass != null && row instanceof Enum && ((Enum<?>) row).getDeclaringClass() == rowClass;
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
            ofRow = new Term[((Enum<?>) column).getDeclaringClass().getEnumConstants().length];
            terms[r] = ofRow;
        }
        if (c >= ofRow.length) {
            return Term.of(rows[r], row, column);
        }
        Term t = ofRow[c];
        if (t == null || t.column() != column) { // a column of another class at this ordinal: not kept
            t = term(r, row, column);
            if (ofRow[c] == null) {
                ofRow[c] = t;
            }
        }
        return t;
    }

    /** {@link Term#of(TableRow, RowId, ColumnId)}, the column found by its ordinal in the row's index. */
    private Term term(int r, RowId row, ColumnId column) {
        TableRow printed = rows[r];
        Class<?> columnClass = ((Enum<?>) column).getDeclaringClass();
        if (printed == null || columnClasses[r] != null && columnClasses[r] != columnClass) {
            return Term.of(printed, row, column);
        }
        int[] at = columns[r];
        if (at == null) {
            at = columnIndex(printed, columnClass);
            columns[r] = at;
            columnClasses[r] = columnClass;
        }
        return Term.at(printed, row, column, at[((Enum<?>) column).ordinal()]);
    }

    /** The index of each column of {@code columnClass} in the row (the first, as {@code indexOf}), by ordinal. */
    private static int[] columnIndex(TableRow printed, Class<?> columnClass) {
        int[] at = new int[columnClass.getEnumConstants().length];
        java.util.Arrays.fill(at, -1);
        List<ColumnId> cs = printed.columns();
        for (int i = 0, n = cs.size(); i < n; i++) {
            ColumnId c = cs.get(i);
            if (c instanceof Enum && ((Enum<?>) c).getDeclaringClass() == columnClass && at[((Enum<?>) c).ordinal()] < 0) {
                at[((Enum<?>) c).ordinal()] = i;
            }
        }
        return at;
    }

    /** True when a row of this ID is printed. */
    boolean has(RowId row) {
        return indexed(row) ? rows[((Enum<?>) row).ordinal()] != null : table.row(row).isPresent();
    }
}
