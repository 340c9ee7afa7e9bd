package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.StatTable;
import java.math.BigDecimal;

/**
 * One cell in a relation: where it is and what it holds (null when the report lacks the row).
 *
 * @param row    the row
 * @param column the column
 * @param cell   the cell, or null
 */
record Term(RowId row, ColumnId column, Cell cell) {

    static Term of(StatTable table, RowId row, ColumnId column) {
        return new Term(row, column, table.cell(row, column).orElse(null));
    }

    CellRef ref() {
        return CellRef.of(row, column, cell);
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
            return chinese ? "空白" : "blank";
        }
        if (cell == null) {
            return chinese ? "缺行" : "missing";
        }
        return "“" + cell.raw().trim() + "”";
    }
}
