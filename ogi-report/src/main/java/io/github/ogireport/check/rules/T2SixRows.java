package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Row;
import java.util.List;

/**
 * F-T2ROWS (warning): T2's （六）其他处理 has the form of the report's format: three sub-rows in F2021
 * (逾期不补正 / 逾期未缴费 / 其他), one row in F2019 (domain-spec §2.1).
 */
public final class T2SixRows extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public T2SixRows() {
        super("F-T2ROWS", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        StatTable t2 = report.t2().get();
        boolean single = t2.row(T2Row.R6).isPresent();
        boolean split = t2.row(T2Row.R6_1).isPresent() || t2.row(T2Row.R6_2).isPresent()
                || t2.row(T2Row.R6_3).isPresent();
        ReportFormat f = report.format();
        List<CellRef> cells = List.of();
        if (f == ReportFormat.F2021 && single) {
            out.fail("single", cells);
        } else if (f == ReportFormat.F2019 && split) {
            out.fail("split", cells);
        } else if (f == ReportFormat.F2021 || f == ReportFormat.F2019) {
            out.pass("pass", cells, f.name());
        } else {
            out.notAssessable("unknown");
        }
    }
}
