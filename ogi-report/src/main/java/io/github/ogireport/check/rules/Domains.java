package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/** The value-domain checks shared by T1-D1, T2-D1 and T3-D1: every number a whole count ≥ 0. */
final class Domains {
    private Domains() {
    }

    /**
     * Reports each cell that is text, negative, or not whole where {@code whole} says it must be.
     *
     * @param whole whether a cell (row, column index) must hold a whole number
     */
    static void check(StatTable table, Findings out, BiPredicate<TableRow, Integer> whole,
            BiPredicate<TableRow, Integer> signed) {
        List<CellRef> all = new ArrayList<>();
        int bad = 0;
        for (TableRow row : table.rows()) {
            for (int i = 0; i < row.cells().size(); i++) {
                Cell cell = row.cells().get(i);
                CellRef ref = CellRef.of(row.id(), row.columns().get(i), cell);
                all.add(ref);
                if (cell instanceof Cell.Text) {
                    out.fail("text", List.of(ref), ref.path(), cell.raw().trim());
                    bad++;
                } else if (cell instanceof Cell.Number) {
                    BigDecimal v = ((Cell.Number) cell).value();
                    if (v.signum() < 0 && !signed.test(row, i)) {
                        out.fail("negative", List.of(ref), ref.path(), v);
                        bad++;
                    } else if (whole.test(row, i) && v.stripTrailingZeros().scale() > 0) {
                        out.fail("fraction", List.of(ref), ref.path(), v);
                        bad++;
                    }
                }
            }
        }
        if (bad == 0) {
            out.pass("pass", all, all.size());
        }
    }
}
