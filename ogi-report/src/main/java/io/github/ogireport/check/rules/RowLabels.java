package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.internal.recognize.Scripts;
import io.github.ogireport.internal.text.TraditionalScript;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * F-LABEL (info): row labels of T1 and T2 read as the format prints them. A label with characters lost or
 * changed (其他法律行政止公开) still lands in its row, since rows are matched by keywords; this rule says where
 * the wording departs from the format's.
 */
final class RowLabels extends Rule {
    private static final Pattern BRACKETED = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|[0-9]+[.、]?)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}、，。：；“”\"']");
    /** The core of each row's official label, made once per row. */
    private static final Map<RowId, String> OFFICIAL = new ConcurrentHashMap<>();

    RowLabels() {
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
            boolean traditional = Scripts.isTraditional(report); // labels compared on the simplified folding
            for (TableRow row : table.rows()) {
                if (row.label().isEmpty()) {
                    continue; // placed by order: the source lost its label
                }
                String official = OFFICIAL.computeIfAbsent(row.id(), r -> core(r.label()));
                boolean f2019Norm = row.id() == T1Row.NORM && report.format() == ReportFormat.F2019;
                String label = core(traditional ? TraditionalScript.fold(row.label()) : row.label());
                if (label.contains(f2019Norm ? "规范性文件" : official)) {
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
        k = BRACKETED.matcher(k).replaceAll("");
        k = NUMBERING.matcher(k).replaceAll("");
        return PUNCTUATION.matcher(k).replaceAll("");
    }

}
