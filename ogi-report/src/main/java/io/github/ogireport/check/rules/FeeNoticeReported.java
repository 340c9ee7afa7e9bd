package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.internal.narrative.Sentence;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.T2Row;
import java.util.List;

/**
 * T2-S1 (info): in the 2021 format, applications closed because the applicant did not pay after a fee notice
 * (T2 （六）2, 逾期未按收费通知要求缴纳费用) mean fees were notified, so section 六 should say something of
 * 信息处理费 or 收费通知 (domain-spec §8.2). Info only: X-6 already warns when section 六 is silent on the
 * fee; this rule adds the table's evidence.
 */
final class FeeNoticeReported extends Rule {
    FeeNoticeReported() {
        super("T2-S1", Severity.INFO);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        if (!n.isF2021() || report.t2().isEmpty() || report.t2().get().row(T2Row.R6_2).isEmpty()) {
            return;
        }
        Quantity notified = Quantity.t2(Tables.of(report, out).t2(), T2Row.R6_2, Claim.Applicant.ALL,
                "表二（六）2.逾期未按收费通知要求缴纳费用", "T2 (6) 2. fee notice not paid");
        if (notified.value() == null || notified.value().signum() <= 0) {
            return;
        }
        if (report.section(SectionId.OTHER).isEmpty()) {
            out.report(Status.NOT_ASSESSABLE, "noSection", notified.refs(), List.of(), notified.shown());
            return;
        }
        List<Sentence> mentions = n.feeMentions(SectionId.OTHER);
        if (mentions.isEmpty()) {
            out.report(Status.FAIL, "fail", notified.refs(), List.of(), notified.shown());
        } else {
            out.report(Status.PASS, "pass", notified.refs(), List.of(Narratives.quote(mentions.get(0))),
                    notified.shown());
        }
    }
}
