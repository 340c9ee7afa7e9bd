package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SectionId;
import java.util.List;

/** S-SECTIONS: the six sections of the format are all present (domain-spec §3, X-9). */
public final class SectionsPresent extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public SectionsPresent() {
        super("S-SECTIONS", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        for (SectionId id : SectionId.values()) {
            if (report.section(id).isPresent()) {
                out.pass("pass", List.of(), id);
            } else {
                out.fail("fail", List.of(), id);
            }
        }
    }
}
