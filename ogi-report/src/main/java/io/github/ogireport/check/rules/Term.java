package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.internal.text.Messages;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One cell in a relation: where it is, what it holds (null when the reading did not find it: absent, never 0)
 * and how it was placed. Immutable; its {@link CellRef} and value are made once ({@link Cells} shares a
 * term among the relations of a check).
 */
final class Term {
    private final RowId row;
    private final ColumnId column;
    private final Cell cell;
    private final Placement placement;
    /** What the cell holds: {@link #MISSING}, {@link #NUMBER}, {@link #BLANK}, {@link #NOT_APPLICABLE}, {@link #TEXT}. */
    private final byte kind;
    /**
     * The number as a long when it is whole and of at most {@link #SMALL_DIGITS} digits (scale 0), so that sums
     * of a few thousand of them are exact in a long; 0 for blank and not-applicable cells. Meaningful only when
     * {@link #small}.
     */
    final long smallValue;
    /** True when the value in sums is {@link #smallValue}: a small whole number, a blank or not-applicable cell. */
    final boolean small;
    private CellRef ref;

    static final byte MISSING = 0;
    static final byte NUMBER = 1;
    static final byte BLANK = 2;
    static final byte NOT_APPLICABLE = 3;
    static final byte TEXT = 4;
    /** The most digits of a {@link #small} value: below 10^15, 9,000 of them sum within a long. */
    static final int SMALL_DIGITS = 15;

    /**
     * @param row       the row
     * @param column    the column
     * @param cell      the cell, or null
     * @param placement how the cell was placed; {@link Placement#ABSENT} when {@code cell} is null
     */
    Term(RowId row, ColumnId column, Cell cell, Placement placement) {
        this.row = row;
        this.column = column;
        this.cell = cell;
        this.placement = placement;
        if (cell == null) {
            kind = MISSING;
        } else if (cell instanceof Cell.Number) {
            kind = NUMBER;
        } else if (cell instanceof Cell.Blank) {
            kind = BLANK;
        } else if (cell instanceof Cell.NotApplicable) {
            kind = NOT_APPLICABLE;
        } else {
            kind = TEXT; // Cell is sealed: the four kinds
        }
        if (kind == NUMBER) {
            BigDecimal v = ((Cell.Number) cell).value();
            small = v.scale() == 0 && v.precision() <= SMALL_DIGITS;
            smallValue = small ? v.longValue() : 0;
        } else {
            small = kind == BLANK || kind == NOT_APPLICABLE;
            smallValue = 0;
        }
    }

    RowId row() {
        return row;
    }

    ColumnId column() {
        return column;
    }

    Cell cell() {
        return cell;
    }

    Placement placement() {
        return placement;
    }

    static Term of(StatTable table, RowId row, ColumnId column) {
        TableRow printed = null;
        List<TableRow> rows = table.rows();
        for (int k = 0, n = rows.size(); k < n; k++) { // StatTable.row without its Optional or an iterator
            TableRow r = rows.get(k);
            if (r.id() == row) {
                printed = r;
                break;
            }
        }
        return of(printed, row, column);
    }

    /** The term of {@code column} in {@code printed}, the row of {@code row} (null when it is not printed). */
    static Term of(TableRow printed, RowId row, ColumnId column) {
        if (printed == null) {
            return new Term(row, column, null, Placement.ABSENT);
        }
        int i = column instanceof Enum ? indexOf(printed.columns(), column) : printed.columns().indexOf(column);
        return at(printed, row, column, i);
    }

    /** The term of the cell at index {@code i} of {@code printed} (none when {@code i} is negative). */
    static Term at(TableRow printed, RowId row, ColumnId column, int i) {
        Cell cell = i < 0 ? null : printed.cells().get(i);
        return new Term(row, column, cell, cell == null ? Placement.ABSENT : printed.placements().get(i));
    }

    /** The index of an enum column, by identity. */
    private static int indexOf(List<ColumnId> columns, ColumnId column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == column) {
                return i;
            }
        }
        return -1;
    }

    CellRef ref() {
        CellRef r = ref;
        if (r == null) {
            r = CellRef.of(row, column, cell, placement);
            ref = r;
        }
        return r;
    }

    /** True when the cell was placed by inference (see {@link Placement}). */
    boolean isInferred() {
        return placement.isInferred();
    }

    /** The value in sums: a number as printed, 0 for blank and not-applicable cells, null for text. */
    BigDecimal value() {
        if (kind == NUMBER) {
            return ((Cell.Number) cell).value();
        }
        if (kind == BLANK || kind == NOT_APPLICABLE) {
            return BigDecimal.ZERO;
        }
        return null;
    }

    /** The sign of the value in sums ({@link #value()}), from the long when it is small; the cell is not text. */
    int signum() {
        return small ? Long.signum(smallValue) : value().signum();
    }

    boolean isBlank() {
        return kind == BLANK;
    }

    boolean isNumber() {
        return kind == NUMBER;
    }

    boolean isText() {
        return kind == TEXT;
    }

    boolean isMissing() {
        return kind == MISSING;
    }

    /** The value as shown in messages: the number, or 空白/blank. */
    String shown(boolean chinese) {
        if (cell instanceof Cell.Number) {
            return ((Cell.Number) cell).value().toPlainString();
        }
        if (cell instanceof Cell.Blank) {
            return Messages.format(chinese ? Locale.CHINESE : Locale.ROOT, "value.blank");
        }
        if (cell == null) {
            return Messages.format(chinese ? Locale.CHINESE : Locale.ROOT, "value.absent");
        }
        return "“" + cell.raw().trim() + "”";
    }
}
