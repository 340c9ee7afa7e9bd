package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.internal.LazyList;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.util.ArrayList;
import java.util.List;

/**
 * T2-D3 (warning): a column with no applications (本年新收 + 上年结转 = 0) must be 0 in every row. It names the
 * cells that are not, which T2-E1/T2-L1 only see as unequal sums.
 */
final class T2NoIntake extends Rule {
    private static final T2Column[] COLUMNS = T2Column.values();

    public T2NoIntake() {
        super("T2-D3", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Tables tables = Tables.of(report, out);
        Cells t2 = tables.t2();
        List<T2Row> rows = tables.t2Rows();
        for (T2Column c : COLUMNS) {
            Term neu = t2.term(T2Row.NEW, c);
            Term cin = t2.term(T2Row.CIN, c);
            if (neu.value() == null || cin.value() == null || !(neu.small && cin.small
                    ? neu.smallValue + cin.smallValue == 0 : neu.value().add(cin.value()).signum() == 0)) {
                continue;
            }
            List<CellRef> nonZero = null; // made at the first: most columns of no applications are all 0
            List<String> shown = null;
            List<CellRef> absent = null;
            for (int i = 0, n = rows.size(); i < n; i++) {
                T2Row row = rows.get(i);
                Term t = t2.term(row, c);
                if (t.isMissing()) {
                    if (absent == null) {
                        absent = new ArrayList<>();
                    }
                    absent.add(t.ref());
                } else if (t.isNumber() && t.signum() != 0) {
                    if (nonZero == null) {
                        nonZero = new ArrayList<>();
                        shown = new ArrayList<>();
                    }
                    nonZero.add(t.ref());
                    shown.add(row.id() + "=" + t.value().toPlainString());
                }
            }
            if (nonZero == null && absent != null) {
                // a column of zeros so far: the rows not read might not be (no pass by luck)
                List<String> paths = new ArrayList<>();
                absent.forEach(a -> paths.add(a.path()));
                out.absent("missing", absent, c, String.join(", ", paths));
            } else if (nonZero == null) {
                out.pass("pass", LazyList.of(2, i -> (i == 0 ? neu : cin).ref()), c); // made when shown
            } else {
                List<CellRef> refs = new ArrayList<>(List.of(neu.ref(), cin.ref()));
                refs.addAll(nonZero);
                out.fail("fail", refs, c, String.join(", ", shown));
            }
        }
    }
}
