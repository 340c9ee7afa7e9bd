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
 * and how it was placed.
 *
 * @param row       the row
 * @param column    the column
 * @param cell      the cell, or null
 * @param placement how the cell was placed; {@link Placement#ABSENT} when {@code cell} is null
 */
record Term(RowId row, ColumnId column, Cell cell, Placement placement) {

    static Term of(StatTable table, RowId row, ColumnId column) {
        TableRow printed = null;
        List<TableRow> rows = table.rows();
        for (int k = 0, n = rows.size(); k < n; k++) { // StatTable.row without its Optional or an iterator: this
            TableRow r = rows.get(k);                    // runs for every cell of every sum
            if (r.id() == row) {
                printed = r;
                break;
            }
        }
        if (printed == null) {
            return new Term(row, column, null, Placement.ABSENT);
        }
        int i = column instanceof Enum ? indexOf(printed.columns(), column) : printed.columns().indexOf(column);
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
        return CellRef.of(row, column, cell, placement);
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
