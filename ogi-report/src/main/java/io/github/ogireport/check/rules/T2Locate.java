package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * T2-CELL (info): points at the cell most likely wrong. A failing row sum (T2-L2) and a failing column
 * relation (T2-E1 or T2-L1) cross in one cell; when correcting that cell by the row's difference makes both
 * hold, and no other cell of the row would, the finding names it with the value that would fit. It adds no
 * defect of its own: it localises those the other rules report.
 */
final class T2Locate extends Rule {
    private static final List<T2Row> BALANCE_ROWS = List.of(T2Row.NEW, T2Row.CIN, T2Row.R7, T2Row.COUT);

    /** Creates the rule (stateless: one instance checks any number of reports). */
    public T2Locate() {
        super("T2-CELL", Severity.INFO);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            return;
        }
        StatTable t2 = report.t2().get();
        Tables tables = Tables.of(report, out);
        Cells t2Cells = tables.t2();
        for (TableRow row : t2.rows()) {
            T2Row r = (T2Row) row.id();
            Relation rowSum = tables.rowTotal(r);
            if (rowSum.outcome() != Relation.Outcome.FAILS) {
                continue;
            }
            BigDecimal diff = rowSum.difference(); // parts − total
            List<Term> suspects = new ArrayList<>();
            List<String> fixed = new ArrayList<>();
            for (T2Column c : T2Column.values()) {
                Term cell = t2Cells.term(r, c);
                BigDecimal corrected = c == T2Column.TOT ? cell.value().add(diff) : cell.value().subtract(diff);
                List<String> relations = columnRelationsFixed(tables, r, c, corrected);
                if (relations != null) {
                    suspects.add(cell);
                    fixed.add(corrected.toPlainString());
                    fixed.add(String.join("、", relations));
                }
            }
            if (suspects.size() == 1) {
                Term s = suspects.get(0);
                List<CellRef> cells = List.of(s.ref());
                out.fail("suspect", cells, s.ref().path(), s.value(), fixed.get(0), r.id(), fixed.get(1));
            }
        }
    }

    /**
     * The column relations through (row, column) that fail now and hold with {@code corrected} in that cell,
     * or null when none fails now or one still fails after the correction.
     */
    private static List<String> columnRelationsFixed(Tables tables, T2Row row, T2Column column,
            BigDecimal corrected) {
        List<String> fixedNow = new ArrayList<>();
        if (BALANCE_ROWS.contains(row)) {
            Relation e1 = tables.balance(column);
            if (!check(e1, row, column, corrected, "T2-E1", fixedNow)) {
                return null;
            }
        }
        if (row.isResult() || row == T2Row.R7) {
            Relation l1 = tables.resultTotal(column);
            if (!check(l1, row, column, corrected, "T2-L1", fixedNow)) {
                return null;
            }
        }
        return fixedNow.isEmpty() ? null : fixedNow;
    }

    /** False when the relation would still fail; notes it when it fails now and would hold. */
    private static boolean check(Relation relation, T2Row row, T2Column column, BigDecimal corrected, String id,
            List<String> fixedNow) {
        if (relation.outcome() == Relation.Outcome.TEXT || relation.outcome() == Relation.Outcome.MISSING
                || relation.outcome() == Relation.Outcome.FAILS_INFERRED) {
            return false;
        }
        BigDecimal left = BigDecimal.ZERO;
        BigDecimal right = BigDecimal.ZERO;
        for (Term t : relation.left()) {
            left = left.add(t.row() == row && t.column() == column ? corrected : t.value());
        }
        for (Term t : relation.right()) {
            right = right.add(t.row() == row && t.column() == column ? corrected : t.value());
        }
        boolean holdsAfter = left.compareTo(right) == 0;
        if (!holdsAfter) {
            return false;
        }
        if (relation.outcome() != Relation.Outcome.HOLDS) {
            fixedNow.add(id);
        }
        return true;
    }
}
