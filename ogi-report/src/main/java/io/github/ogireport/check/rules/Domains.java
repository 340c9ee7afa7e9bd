package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableRow;
import io.github.ogireport.internal.LazyList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/** The value-domain checks shared by T1-D1, T2-D1 and T3-D1: every number a whole count ≥ 0. */
final class Domains {
    /**
     * A change written with its sign as a word or mark (增1558, 减38, ＋3, --253): a signed number in a signed
     * column (domain-spec §4.2, F2019 本年增/减), not text.
     */
    private static final Pattern SIGNED_CHANGE = Pattern.compile(
            "^(?:增加?|减少?|[+＋]|[-－−–—]{1,2})\\s*[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?(?:件|项|个)?$");

    private Domains() {
    }

    /**
     * Reports each cell that is text, negative, or not whole where {@code whole} says it must be.
     *
     * @param whole whether a cell (row, column index) must hold a whole number
     */
    static void check(StatTable table, Findings out, BiPredicate<TableRow, Integer> whole,
            BiPredicate<TableRow, Integer> signed) {
        List<TableRow> rows = table.rows();
        int[] starts = new int[rows.size() + 1]; // the index of each row's first cell among all the table's
        int bad = 0;
        for (int r = 0, n = rows.size(); r < n; r++) {
            TableRow row = rows.get(r);
            List<Cell> cells = row.cells();
            starts[r + 1] = starts[r] + cells.size();
            for (int i = 0, m = cells.size(); i < m; i++) {
                Cell cell = cells.get(i);
                if (cell instanceof Cell.Number) { // most cells: tested first, the column's rules only when needed
                    BigDecimal v = ((Cell.Number) cell).value();
                    if (v.signum() < 0 && !signed.test(row, i)) {
                        CellRef ref = ref(row, i);
                        out.report(status(row, i), "negative", List.of(ref), List.of(), ref.path(), v);
                        bad++;
                    } else if (!isWhole(v) && whole.test(row, i)) {
                        CellRef ref = ref(row, i);
                        out.report(status(row, i), "fraction", List.of(ref), List.of(), ref.path(), v);
                        bad++;
                    }
                } else if (cell instanceof Cell.Text) {
                    if (signed.test(row, i) && SIGNED_CHANGE.matcher(cell.raw().trim()).matches()) {
                        continue; // 增1558, 减38: F2019's change column writes its sign as a word
                    }
                    CellRef ref = ref(row, i);
                    out.report(status(row, i), "text", List.of(ref), List.of(), ref.path(), cell.raw().trim());
                    bad++;
                }
            }
        }
        if (bad == 0) {
            int size = starts[rows.size()];
            out.pass("pass", LazyList.of(size, k -> {
                int r = Arrays.binarySearch(starts, k);
                r = r >= 0 ? r : -r - 2; // the last row starting at or before k
                while (starts[r + 1] == k) { // rows without cells start where the next does
                    r++;
                }
                return ref(rows.get(r), k - starts[r]);
            }), size);
        }
    }

    /** The reference to cell {@code i} of {@code row}. */
    private static CellRef ref(TableRow row, int i) {
        return CellRef.of(row.id(), row.columns().get(i), row.cells().get(i), row.placements().get(i));
    }

    /** A cell placed by inference may be out of place: its value says nothing sure about the report. */
    private static Status status(TableRow row, int i) {
        return row.placements().get(i).isInferred() ? Status.UNCERTAIN : Status.FAIL;
    }

    /**
     * True when {@code v} has no fraction. One division, where {@code stripTrailingZeros} divides by ten once
     * per trailing zero (quadratic: a cell of 1 followed by a million zeros took minutes).
     */
    static boolean isWhole(BigDecimal v) {
        return v.scale() <= 0 || v.signum() == 0 || v.setScale(0, java.math.RoundingMode.DOWN).compareTo(v) == 0;
    }
}
