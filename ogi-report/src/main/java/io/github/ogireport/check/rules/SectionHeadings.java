package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.Heading;
import io.github.ogireport.model.Report;
import java.util.List;

/**
 * S-HEADING (warning): each section has a top-level heading of its own. A section found only under a
 * sub-heading (（一）主要问题 standing for 五) is present in substance but not in the format's form.
 */
public final class SectionHeadings extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public SectionHeadings() {
        super("S-HEADING", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        for (Heading h : report.outline()) {
            if (h.section().isEmpty()) {
                continue;
            }
            if (h.level() == Heading.Level.SUB || h.level() == Heading.Level.NUMBERED) {
                out.report(Status.FAIL, "fail", List.of(), List.of(new Quote(h.text(), h.position())),
                        h.section().get(), h.text());
            } else {
                out.pass("pass", List.of(), h.section().get(), h.text());
            }
        }
    }
}
