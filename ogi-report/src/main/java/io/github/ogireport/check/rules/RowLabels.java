package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.List;

/**
 * F-LABEL (info): row labels of T1 and T2 read as the format prints them. A label with characters lost or
 * changed (其他法律行政止公开) still lands in its row, since rows are matched by keywords; this rule says where
 * the wording departs from the format's.
 */
public final class RowLabels extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public RowLabels() {
        super("F-LABEL", Severity.INFO);
    }

    @Override
    public void check(Report report, Findings out) {
        for (TableId id : List.of(TableId.T1, TableId.T2)) {
            if (report.table(id).isEmpty()) {
                continue;
            }
            StatTable table = report.table(id).get();
            int same = 0;
            for (TableRow row : table.rows()) {
                if (row.label().isEmpty()) {
                    continue; // placed by order: the source lost its label
                }
                String official = core(row.id().label());
                boolean f2019Norm = row.id() == T1Row.NORM && report.format() == ReportFormat.F2019;
                if (core(row.label()).contains(f2019Norm ? "规范性文件" : official)) {
                    same++;
                } else {
                    out.report(Status.FAIL, "fail", List.of(), List.of(new Quote(row.label(), row.cells().isEmpty()
                            ? io.github.ogireport.model.SourcePosition.UNKNOWN : row.cells().get(0).position())),
                            row.id().id(), row.label(), row.id().label());
                }
            }
            if (same > 0) {
                out.pass("pass", List.of(), id, same);
            }
        }
    }

    /** The label without numbering, brackets and punctuation, in matching form. */
    private static String core(String label) {
        String k = Text.key(label);
        k = k.replaceAll("[(（][^)）]*[)）]", "");
        k = k.replaceAll("^(?:[一二三四五六七八九十]+[、.]|[0-9]+[.、]?)", "");
        return k.replaceAll("[\\p{Punct}、，。：；“”\"']", "");
    }
}
