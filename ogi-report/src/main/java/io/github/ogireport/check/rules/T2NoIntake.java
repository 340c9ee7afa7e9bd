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
import java.util.ArrayList;
import java.util.List;

/**
 * T2-D3 (warning): a column with no applications (本年新收 + 上年结转 = 0) must be 0 in every row. It names the
 * cells that are not, which T2-E1/T2-L1 only see as unequal sums.
 */
public final class T2NoIntake extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public T2NoIntake() {
        super("T2-D3", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        StatTable t2 = report.t2().get();
        for (T2Column c : T2Column.values()) {
            Term neu = Term.of(t2, T2Row.NEW, c);
            Term cin = Term.of(t2, T2Row.CIN, c);
            if (neu.value() == null || cin.value() == null || neu.value().add(cin.value()).signum() != 0) {
                continue;
            }
            List<CellRef> nonZero = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (TableRow row : t2.rows()) {
                Term t = Term.of(t2, row.id(), c);
                if (t.isNumber() && t.value().signum() != 0) {
                    nonZero.add(t.ref());
                    shown.add(row.id().id() + "=" + t.value().toPlainString());
                }
            }
            if (nonZero.isEmpty()) {
                out.pass("pass", List.of(neu.ref(), cin.ref()), c);
            } else {
                List<CellRef> refs = new ArrayList<>(List.of(neu.ref(), cin.ref()));
                refs.addAll(nonZero);
                out.fail("fail", refs, c, String.join(", ", shown));
            }
        }
    }
}
