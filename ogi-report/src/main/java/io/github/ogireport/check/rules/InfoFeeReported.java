package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.narrative.Sentence;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SectionId;
import java.util.List;

/**
 * X-6 (warning): a report in the 2021 format reports 信息处理费 in section 六 (the format's note
 * "收取信息处理费情况在此处报告", domain-spec §2.1, §7): an amount, or that none was charged (未收取, 没有收取,
 * 未发生…收费). A warning, since the format's text on this is not verified verbatim (domain-spec §0.2) and some
 * reports put it in another section, which the message names.
 */
public final class InfoFeeReported extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public InfoFeeReported() {
        super("X-6", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report);
        if (!n.isF2021()) {
            return; // the 2019 format has no such note
        }
        if (report.section(SectionId.OTHER).isEmpty()) {
            out.notAssessable("noSection");
            return;
        }
        List<Sentence> here = n.feeMentions(SectionId.OTHER);
        if (!here.isEmpty()) {
            out.report(Status.PASS, "pass", List.of(), List.of(Narratives.quote(here.get(0))));
            return;
        }
        for (SectionId other : SectionId.values()) {
            List<Sentence> there = n.feeMentions(other);
            if (other != SectionId.OTHER && !there.isEmpty()) {
                out.report(Status.FAIL, "elsewhere", List.of(), List.of(Narratives.quote(there.get(0))), other);
                return;
            }
        }
        out.report(Status.FAIL, "fail", List.of(), List.of());
    }
}
