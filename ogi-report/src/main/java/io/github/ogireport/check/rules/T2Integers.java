package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;

/** T2-D1: every cell of T2 (申请) is a whole number ≥ 0 (blank and not-applicable cells aside). */
final class T2Integers extends Rule {
    public T2Integers() {
        super("T2-D1", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Domains.check(report.t2().get(), out, (row, i) -> true, (row, i) -> false);
    }
}
