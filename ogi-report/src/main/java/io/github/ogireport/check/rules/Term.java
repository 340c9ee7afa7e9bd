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
    private CellRef ref;

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
        if (cell instanceof Cell.Number) {
            return ((Cell.Number) cell).value();
        }
        if (cell instanceof Cell.Blank || cell instanceof Cell.NotApplicable) {
            return BigDecimal.ZERO;
        }
        return null;
    }

    boolean isBlank() {
        return cell instanceof Cell.Blank;
    }

    boolean isNumber() {
        return cell instanceof Cell.Number;
    }

    boolean isText() {
        return cell instanceof Cell.Text;
    }

    boolean isMissing() {
        return cell == null;
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
