package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.narrative.Repeats;
import io.github.ogireport.internal.narrative.Sentence;
import io.github.ogireport.model.Report;
import java.util.List;

/**
 * T-REPEAT (info): a word of two or more Chinese characters written twice in a row in the narrative ("科技计划
 * 资金资金分配结果"), a slip the publisher did not proofread (domain-spec §9: 文字严谨). Legitimate
 * reduplication is not reported (see {@link Repeats}); table text left among the paragraphs (header words
 * run together, "总计总计") is skipped, as it is not prose.
 */
public final class RepeatedWord extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public RepeatedWord() {
        super("T-REPEAT", Severity.INFO);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report);
        int found = 0;
        int read = 0;
        for (Sentence s : n.narrative.sentences()) {
            if (Narratives.isTableText(s)) {
                continue;
            }
            read++;
            for (Repeats.Repeat r : Repeats.find(s.norm())) {
                found++;
                String context = s.norm().substring(Math.max(0, r.start() - 6),
                        Math.min(s.norm().length(), r.start() + 2 * r.word().length() + 6));
                out.report(Status.FAIL, "fail", List.of(), List.of(Narratives.quote(s)), r.word() + r.word(), r.word(),
                        context);
            }
        }
        if (found == 0 && read > 0) {
            out.report(Status.PASS, "pass", List.of(), List.of(), read);
        }
    }
}
