package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;

/** T3-D1: every cell of T3 (复议诉讼) is a whole number ≥ 0 (blank and not-applicable cells aside). */
final class T3Integers extends Rule {
    public T3Integers() {
        super("T3-D1", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t3().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Domains.check(report.t3().get(), out, (row, i) -> true, (row, i) -> false);
    }
}
