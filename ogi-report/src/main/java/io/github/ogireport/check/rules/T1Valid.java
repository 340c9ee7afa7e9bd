package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import java.util.List;

/**
 * T1-D2 (warning): 现行有效件数 ≥ 本年制发件数 − 本年废止件数 for 规章 and 行政规范性文件: documents issued this
 * year and still in force are part of those in force. Publishers sometimes read 现行有效 as "issued this year
 * and in force", hence a warning.
 */
public final class T1Valid extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public T1Valid() {
        super("T1-D2", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t1().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        StatTable t1 = report.t1().get();
        for (T1Row row : List.of(T1Row.REG, T1Row.NORM)) {
            if (t1.row(row).isEmpty() || t1.row(row).get().cell(T1Column.VALID) == null) {
                continue; // F2019 or a row not printed
            }
            Term issued = Term.of(t1, row, T1Column.ISSUED);
            Term repealed = Term.of(t1, row, T1Column.REPEALED);
            Term valid = Term.of(t1, row, T1Column.VALID);
            List<io.github.ogireport.check.CellRef> refs = List.of(issued.ref(), repealed.ref(), valid.ref());
            if (!issued.isNumber() || !repealed.isNumber() || !valid.isNumber()) {
                out.uncertain("notNumbers", refs, row, issued.shown(true), repealed.shown(true), valid.shown(true));
                continue;
            }
            java.math.BigDecimal net = issued.value().subtract(repealed.value());
            if (valid.value().compareTo(net) >= 0) {
                out.pass("pass", refs, row, valid.value(), issued.value(), repealed.value());
            } else {
                out.fail("fail", refs, row, valid.value(), issued.value(), repealed.value(), net);
            }
        }
    }
}
