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
    /** Per row ordinal, the column class of {@link #terms}: the class of the first column asked of the row. */
    private final Class<?>[] columnClasses;
    /** The number of constants of an enum class, without the copy {@code getEnumConstants} makes each time. */
    private static final ClassValue<Integer> COUNT = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return type.getEnumConstants().length;
        }
    };

    /** The column class of the last row made and its number of constants: a table's rows share one. */
    private Class<?> lastColumnClass;
    private int lastCount;

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
        int size = rowClass == null ? 0 : COUNT.get(rowClass);
        rows = new TableRow[size];
        terms = new Term[size][];
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
            ofRow = row(r, row, ((Enum<?>) column).getDeclaringClass());
        }
        if (columnClasses[r] != ((Enum<?>) column).getDeclaringClass()) { // a column of another class: not kept
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
            lastCount = COUNT.get(columnClass);
        }
        Term[] ofRow = new Term[lastCount];
        terms[r] = ofRow;
        columnClasses[r] = columnClass;
        TableRow printed = rows[r];
        if (printed != null) {
            List<ColumnId> cs = printed.columns();
            List<Cell> cells = printed.cells();
            List<Placement> placements = printed.placements();
            for (int i = 0, n = cs.size(); i < n; i++) {
                ColumnId c = cs.get(i);
                if (c instanceof Enum && ((Enum<?>) c).getDeclaringClass() == columnClass
                        && ofRow[((Enum<?>) c).ordinal()] == null) {
                    ofRow[((Enum<?>) c).ordinal()] = new Term(row, c, cells.get(i), placements.get(i));
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
