package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T1Column;

/**
 * T1-D1: T1's counts are whole numbers ≥ 0; amounts (收费金额 in 万元, F2019 采购总金额) are ≥ 0 and may be
 * decimal; F2019's 本年增/减 may be negative.
 */
final class T1Values extends Rule {
    public T1Values() {
        super("T1-D1", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t1().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Domains.check(report.t1().get(), out,
                (row, i) -> row.columns().get(i) != T1Column.AMOUNT,
                (row, i) -> row.columns().get(i) == T1Column.CHANGE);
    }
}
