package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import java.util.List;

/**
 * F-VERSION: the format fits the year (domain-spec §2): F2019 for 2019–2020 reports, F2021 from 2021 on.
 * F2019 vocabulary in a 2021-or-later report is 使用旧版格式; a T1 mixing both vocabularies is wrong in any year.
 */
public final class FormatVersion extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public FormatVersion() {
        super("F-VERSION", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        ReportFormat f = report.format();
        if (f == ReportFormat.MIXED) {
            out.fail("mixed", List.of());
            return;
        }
        if (report.year().isEmpty() || f == ReportFormat.UNKNOWN) {
            out.notAssessable("unknown", f.name());
            return;
        }
        int year = report.year().getAsInt();
        if (f == ReportFormat.F2019 && year >= 2021) {
            out.fail("old", List.of(), year);
        } else if (f == ReportFormat.F2021 && year <= 2020) {
            out.fail("early", List.of(), year);
        } else if (f == ReportFormat.LEGACY && year >= 2019) {
            out.fail("legacy", List.of(), year);
        } else {
            out.pass("pass", List.of(), f.name(), year);
        }
    }
}
