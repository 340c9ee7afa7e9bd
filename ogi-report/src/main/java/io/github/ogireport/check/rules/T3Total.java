package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;

/**
 * T3-L1: for 行政复议, 未经复议直接起诉 and 复议后起诉, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 * A blank 总计 with non-zero parts is left to B-TOTAL.
 */
final class T3Total extends Rule {
    public T3Total() {
        super("T3-L1", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t3().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Tables tables = Tables.of(report, out);
        for (T3Row g : T3Row.values()) {
            Sums.report(out, tables.groupTotal(g), g, "fail", null);
        }
    }

    static Relation of(Cells t3, T3Row g) {
        return new Relation(new Term[] {t3.term(g, T3Column.KEEP), t3.term(g, T3Column.CORR),
            t3.term(g, T3Column.OTHR), t3.term(g, T3Column.PEND), t3.term(g, T3Column.TOT)}, 4);
    }
}
