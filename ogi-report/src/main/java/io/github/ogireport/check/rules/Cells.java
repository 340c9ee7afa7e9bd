package io.github.ogireport.check.rules;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one table, indexed by row and column: made once per check ({@link Tables}) and read by every sum,
 * so that a cell is looked up once, not once per relation it stands in. A cell has a slot at
 * {@code row ordinal * width + column ordinal} ({@link #at}); what a relation needs of it, its kind and small
 * value ({@link Term#flags}), is read into one flat array the first time a cell of its row is asked, and its
 * {@link Term} is made only when asked for ({@link #termAt}): a relation reads the array, and most of its terms
 * are never needed (a passing sum is never shown). A cell outside the index (a row or column of another kind
 * than the table's) gets a term at once, at a negative slot. Not thread-safe (a check runs its rules on one
 * thread).
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
    /** {@code columnIds.length}: the stride of the slots. */
    private int width;
    /** Whether {@link #facts} holds the cells of the row of this ordinal yet; null until a cell is asked. */
    private boolean[] read;
    /**
     * Each slot's {@link Term#smallValue} shifted left by {@link #SHIFT}, or'ed with its {@link Term#flags}, once
     * its row is read: 0 ({@link Term#MISSING}) for a cell not printed. A small value has fewer than 50 bits.
     */
    private long[] facts;
    /** The index of each slot's cell in its printed row, plus one: 0 for none, or past {@link Byte#MAX_VALUE}. */
    private byte[] where;
    /** The term of each slot, made when asked; null until the first. */
    private Term[] terms;
    /** The terms of cells outside the index: slot {@code -1 - i} is {@code outside.get(i)}. */
    private List<Term> outside;
    private static final int SHIFT = 8;
    private static final int FLAGS = (1 << SHIFT) - 1;

    /** The constants of the model's enums by class, without the copy {@code getEnumConstants} makes each time. */
    private static final Object[] T1_ROWS = T1Row.values();
    private static final Object[] T2_ROWS = T2Row.values();
    private static final Object[] T3_ROWS = T3Row.values();
    private static final Object[] T1_COLUMNS = T1Column.values();
    private static final Object[] T2_COLUMNS = T2Column.values();
    private static final Object[] T3_COLUMNS = T3Column.values();
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
        rowIds = rowClass == null ? NONE : constants(rowClass);
        rows = new TableRow[rowIds.length];
        if (rowClass == null) {
            return; // rows of several kinds: looked up each time
        }
        if (columnClass != null) {
            index(constants(columnClass));
        }
        for (int i = 0; i < n; i++) {
            TableRow row = printed.get(i);
            int r = ((Enum<?>) row.id()).ordinal();
            if (rows[r] == null) { // the first printed wins
                rows[r] = row;
            }
        }
    }

    /** The constants of an enum class by ordinal (never handed out, never changed). */
    private static Object[] constants(Class<?> type) {
        if (type == T2Row.class) {
            return T2_ROWS;
        } else if (type == T2Column.class) {
            return T2_COLUMNS;
        } else if (type == T1Row.class) {
            return T1_ROWS;
        } else if (type == T1Column.class) {
            return T1_COLUMNS;
        } else if (type == T3Row.class) {
            return T3_ROWS;
        } else if (type == T3Column.class) {
            return T3_COLUMNS;
        }
        return type.getEnumConstants(); // an ID enum of someone else's: a copy
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

    /** Sets the column constants: the slots are made when the first cell is asked. */
    private void index(Object[] ids) {
        columnIds = ids;
        width = ids.length;
    }

    /** Reads the cells of the row of ordinal {@code r} of the table's column class (the first of a column wins). */
    private void read(int r) {
        if (read == null) {
            read = new boolean[rowIds.length];
            facts = new long[rowIds.length * width];
            where = new byte[rowIds.length * width];
        }
        read[r] = true;
        TableRow printed = rows[r];
        if (printed == null) {
            return; // every slot absent
        }
        Object[] ids = columnIds;
        long[] f = facts;
        int base = r * width;
        List<ColumnId> cs = printed.columns();
        List<Cell> printedCells = printed.cells();
        List<Placement> placements = printed.placements();
        for (int i = 0, n = cs.size(); i < n; i++) {
            ColumnId c = cs.get(i);
            if (c instanceof Enum) {
                int o = ((Enum<?>) c).ordinal();
                if (o < ids.length && ids[o] == c && f[base + o] == 0) { // a printed cell's flags are never 0
                    Cell cell = printedCells.get(i);
                    int flags = Term.flags(cell, placements.get(i));
                    f[base + o] = Term.smallValue(cell, flags) << SHIFT | flags;
                    where[base + o] = i < Byte.MAX_VALUE ? (byte) (i + 1) : 0;
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

    /**
     * The slot of (row, column), its row read; a cell outside the index gets its term now, at a negative slot
     * (a new one at each call, as {@link #term} makes).
     */
    int at(RowId row, ColumnId column) {
        int c = indexed(row) ? columnOrdinal(column) : -1;
        return c < 0 ? outside(row, column) : rowBase(row) + c;
    }

    /** The slots of (row, each column): {@link #at} of each, the row looked up once. */
    int[] at(RowId row, ColumnId[] columns) {
        boolean in = indexed(row);
        int base = -1;
        int[] out = new int[columns.length];
        for (int i = 0; i < out.length; i++) {
            int c = in ? columnOrdinal(columns[i]) : -1;
            if (c >= 0 && base < 0) {
                base = rowBase(row);
            }
            out[i] = c < 0 ? outside(row, columns[i]) : base + c;
        }
        return out;
    }

    /** The slots of (each row, column), then of (last, column) when {@code last} is not null: {@link #at} of each. */
    int[] at(List<? extends RowId> rows, RowId last, ColumnId column) {
        int n = rows.size();
        int[] out = new int[last == null ? n : n + 1];
        int c = -2; // not asked yet: the column is looked up at the first indexed row
        for (int i = 0; i < out.length; i++) {
            RowId row = i < n ? rows.get(i) : last;
            if (!indexed(row)) {
                out[i] = outside(row, column);
                continue;
            }
            if (c == -2) {
                c = columnOrdinal(column);
            }
            out[i] = c < 0 ? outside(row, column) : rowBase(row) + c;
        }
        return out;
    }

    /**
     * Rows whose cells several relations read, column by column ({@link #at(Rows, ColumnId)}): each row looked
     * up (and read) once, not once per column.
     */
    static final class Rows {
        final List<? extends RowId> list;
        final RowId last;
        /** The first slot of each row (then of {@code last}), -1 for a row outside the index; null when unknown. */
        final int[] bases;

        private Rows(List<? extends RowId> list, RowId last, int[] bases) {
            this.list = list;
            this.last = last;
            this.bases = bases;
        }
    }

    /** {@code rows}, then {@code last} when it is not null, looked up once. */
    Rows rows(List<? extends RowId> rows, RowId last) {
        if (columnIds == null) {
            return new Rows(rows, last, null); // the column class is told by the first column asked
        }
        int n = rows.size();
        int[] bases = new int[last == null ? n : n + 1];
        for (int i = 0; i < bases.length; i++) {
            RowId row = i < n ? rows.get(i) : last;
            bases[i] = indexed(row) ? rowBase(row) : -1;
        }
        return new Rows(rows, last, bases);
    }

    /** The slots of (each of {@code rows}, column): {@link #at(List, RowId, ColumnId)}, the rows not looked up. */
    int[] at(Rows rows, ColumnId column) {
        int[] bases = rows.bases;
        if (bases == null) {
            return at(rows.list, rows.last, column);
        }
        int c = columnOrdinal(column); // the column class is known: no side effect
        int n = rows.list.size();
        int[] out = new int[bases.length];
        for (int i = 0; i < out.length; i++) {
            int base = bases[i];
            out[i] = base < 0 || c < 0 ? outside(i < n ? rows.list.get(i) : rows.last, column) : base + c;
        }
        return out;
    }

    /** A cell outside the index: its term made now, at the next negative slot. */
    private int outside(RowId row, ColumnId column) {
        if (outside == null) {
            outside = new ArrayList<>();
        }
        outside.add(termOutside(row, column));
        return -outside.size();
    }

    /** The first slot of the row of {@code row}, an indexed row of a table whose column class is known, read. */
    private int rowBase(RowId row) {
        int r = ((Enum<?>) row).ordinal();
        if (read == null || !read[r]) {
            read(r);
        }
        return r * width;
    }

    /**
     * The ordinal of {@code column} among the slots, or -1 when it is outside the index; the first column
     * asked of a table whose cells told no column class gives it.
     */
    private int columnOrdinal(ColumnId column) {
        if (!(column instanceof Enum)) {
            return -1;
        }
        if (columnIds == null) { // no printed cell told the column class: the first asked's (no cell is of it)
            index(constants(((Enum<?>) column).getDeclaringClass()));
        }
        int c = ((Enum<?>) column).ordinal();
        return c < width && columnIds[c] == column ? c : -1; // a column of another class than the table's: not kept
    }

    /** The term of a cell outside the index: the cell as read, absent when the row or its cell was not found. */
    private Term termOutside(RowId row, ColumnId column) {
        return indexed(row) ? Term.of(rows[((Enum<?>) row).ordinal()], row, column) : Term.of(table, row, column);
    }

    /** {@link Term#flags} of the cell at a slot of {@link #at}. */
    int flags(int at) {
        return at >= 0 ? (int) (fact(at) & FLAGS) : outside.get(-1 - at).flags;
    }

    /** {@link Term#smallValue} of the cell at a slot of {@link #at}. */
    long smallValue(int at) {
        return at >= 0 ? fact(at) >> SHIFT : outside.get(-1 - at).smallValue;
    }

    /** The fact of a slot of the index (its row read). */
    private long fact(int at) {
        return facts[at];
    }

    /** {@link Term#value()} of the cell at a slot of {@link #at}: a number's from its term (made now). */
    BigDecimal value(int at) {
        int kind = kind(at);
        if (kind == Term.NUMBER) {
            return termAt(at).value();
        }
        return kind == Term.BLANK || kind == Term.NOT_APPLICABLE ? BigDecimal.ZERO : null;
    }

    /** {@link Term#signum()} of the cell at a slot of {@link #at}; the cell is not text. */
    int signum(int at) {
        return (flags(at) & Term.SMALL) != 0 ? Long.signum(smallValue(at)) : value(at).signum();
    }

    /** The kind of the cell at a slot of {@link #at}: {@link Term#MISSING} … {@link Term#TEXT}. */
    int kind(int at) {
        return flags(at) & Term.KIND;
    }

    /** The term of the cell at a slot of {@link #at}, made at the first call. */
    Term termAt(int at) {
        if (at < 0) {
            return outside.get(-1 - at);
        }
        if (terms == null) {
            terms = new Term[rowIds.length * width];
        }
        Term t = terms[at];
        if (t == null) {
            int r = at / width;
            RowId row = (RowId) rowIds[r];
            ColumnId column = (ColumnId) columnIds[at - r * width];
            int i = where[at] - 1;
            if (i >= 0) { // the cell read() found: the first of its column
                TableRow printed = rows[r];
                t = new Term(row, column, printed.cells().get(i), printed.placements().get(i), flags(at));
            } else {
                t = Term.of(rows[r], row, column); // absent, or a cell too far along its row to note
            }
            terms[at] = t;
        }
        return t;
    }

    /** The term of (row, column): the cell as read, absent when the row or its cell was not found. */
    Term term(RowId row, ColumnId column) {
        int c = indexed(row) ? columnOrdinal(column) : -1;
        return c < 0 ? termOutside(row, column) : termAt(rowBase(row) + c);
    }

    /** {@link #census} bits: a negative number, a number with a fraction, a text cell, a not-applicable cell. */
    static final int NEGATIVE = 1;
    static final int FRACTION = 2;
    static final int TEXT = 4;
    static final int NOT_APPLICABLE = 8;
    /** The census once made; -1 before. */
    private int census = -1;

    /**
     * Which odd cells the table prints, in any of its rows ({@link #NEGATIVE}, {@link #FRACTION}, {@link #TEXT},
     * {@link #NOT_APPLICABLE}), made in one pass at the first call: the value-domain rules and B-NA look at
     * every cell only when the table has one (most have none).
     */
    int census() {
        if (census < 0) {
            int bits = 0;
            List<TableRow> printed = table.rows();
            for (int r = 0, n = printed.size(); r < n; r++) {
                List<Cell> cs = printed.get(r).cells();
                for (int i = 0, m = cs.size(); i < m; i++) {
                    Cell cell = cs.get(i);
                    if (cell instanceof Cell.Number) {
                        BigDecimal v = ((Cell.Number) cell).value();
                        if (v.signum() < 0) {
                            bits |= NEGATIVE;
                        }
                        if (!Domains.isWhole(v)) {
                            bits |= FRACTION;
                        }
                    } else if (cell instanceof Cell.Text) {
                        bits |= TEXT;
                    } else if (cell instanceof Cell.NotApplicable) {
                        bits |= NOT_APPLICABLE;
                    }
                }
            }
            census = bits;
        }
        return census;
    }

    /** True when a row of this ID is printed. */
    boolean has(RowId row) {
        return indexed(row) ? rows[((Enum<?>) row).ordinal()] != null : table.row(row).isPresent();
    }
}
