package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.internal.LazyList;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import java.util.List;

/**
 * T1-D2 (warning): 现行有效件数 ≥ 本年制发件数 − 本年废止件数 for 规章 and 行政规范性文件: documents issued this
 * year and still in force are part of those in force. Publishers sometimes read 现行有效 as "issued this year
 * and in force", hence a warning.
 */
final class T1Valid extends Rule {
    private static final List<T1Row> ROWS = List.of(T1Row.REG, T1Row.NORM);

    public T1Valid() {
        super("T1-D2", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t1().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Cells t1 = Tables.of(report, out).t1();
        for (T1Row row : ROWS) {
            if (!report.formatColumns(row).contains(T1Column.VALID)) {
                continue; // F2019: no 现行有效件数
            }
            Term issued = t1.term(row, T1Column.ISSUED);
            Term repealed = t1.term(row, T1Column.REPEALED);
            Term valid = t1.term(row, T1Column.VALID);
            List<io.github.ogireport.check.CellRef> refs = LazyList.of(3,
                    i -> (i == 0 ? issued : i == 1 ? repealed : valid).ref()); // made when shown
            if (issued.isMissing() || repealed.isMissing() || valid.isMissing()) {
                Relation r = new Relation(List.of(issued, repealed), List.of(valid));
                out.absent("missing", r.missingRefs(), row, r.missingPaths());
                continue;
            }
            if (!issued.isNumber() || !repealed.isNumber() || !valid.isNumber()) {
                out.uncertain("notNumbers", refs, row, issued.shown(true), repealed.shown(true), valid.shown(true));
                continue;
            }
            java.math.BigDecimal net = issued.value().subtract(repealed.value());
            if (valid.value().compareTo(net) >= 0) {
                out.pass("pass", refs, row, valid.value(), issued.value(), repealed.value());
            } else if (issued.isInferred() || repealed.isInferred() || valid.isInferred()) {
                out.uncertain("inferred", refs, row, valid.value(), issued.value(), repealed.value(), net,
                        new Relation(List.of(issued, repealed), List.of(valid)).inferredCells());
            } else {
                out.fail("fail", refs, row, valid.value(), issued.value(), repealed.value(), net);
            }
        }
    }
}
