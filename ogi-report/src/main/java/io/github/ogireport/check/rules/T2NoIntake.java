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
            int neu = t2.at(T2Row.NEW, c); // slots: the terms made only when shown
            int cin = t2.at(T2Row.CIN, c);
            if (!hasValue(t2, neu) || !hasValue(t2, cin) || !((t2.flags(neu) & t2.flags(cin) & Term.SMALL) != 0
                    ? t2.smallValue(neu) + t2.smallValue(cin) == 0 : t2.value(neu).add(t2.value(cin)).signum() == 0)) {
                continue;
            }
            List<CellRef> nonZero = null; // made at the first: most columns of no applications are all 0
            List<String> shown = null;
            List<CellRef> absent = null;
            int[] slots = t2.at(tables.t2Slots(), c);
            for (int i = 0, n = rows.size(); i < n; i++) {
                T2Row row = rows.get(i);
                int at = slots[i];
                int kind = t2.kind(at);
                if (kind == Term.MISSING) {
                    if (absent == null) {
                        absent = new ArrayList<>();
                    }
                    absent.add(t2.termAt(at).ref());
                } else if (kind == Term.NUMBER && t2.signum(at) != 0) {
                    if (nonZero == null) {
                        nonZero = new ArrayList<>();
                        shown = new ArrayList<>();
                    }
                    nonZero.add(t2.termAt(at).ref());
                    shown.add(row.id() + "=" + t2.value(at).toPlainString());
                }
            }
            if (nonZero == null && absent != null) {
                // a column of zeros so far: the rows not read might not be (no pass by luck)
                List<String> paths = new ArrayList<>();
                absent.forEach(a -> paths.add(a.path()));
                out.absent("missing", absent, c, String.join(", ", paths));
            } else if (nonZero == null) {
                out.pass("pass", LazyList.of(2, i -> t2.termAt(i == 0 ? neu : cin).ref()), c); // made when shown
            } else {
                List<CellRef> refs = new ArrayList<>(List.of(t2.termAt(neu).ref(), t2.termAt(cin).ref()));
                refs.addAll(nonZero);
                out.fail("fail", refs, c, String.join(", ", shown));
            }
        }
    }

    /** True when the cell at a slot has a value in sums: a number, blank or not applicable. */
    private static boolean hasValue(Cells cells, int at) {
        int kind = cells.kind(at);
        return kind != Term.MISSING && kind != Term.TEXT;
    }
}
