package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableId;
import java.util.ArrayList;
import java.util.List;

/**
 * S-TABLES: each of the three tables is present, once, with all its rows. A missing row is what a
 * table cut off or abridged looks like; a row printed twice, what a table repeated looks like.
 */
public final class TablesPresent extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public TablesPresent() {
        super("S-TABLES", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        for (TableId id : TableId.values()) {
            if (report.table(id).isEmpty()) {
                out.fail("missing", List.of(), id);
                continue;
            }
            List<String> missing = new ArrayList<>();
            List<String> twice = new ArrayList<>();
            for (ParseProblem p : report.problems()) {
                if (!p.subject().startsWith(id.key() + ".")) {
                    continue;
                }
                String row = p.subject().substring(id.key().length() + 1);
                if (p.kind() == ParseProblem.Kind.ROW_MISSING) {
                    missing.add(row);
                } else if (p.kind() == ParseProblem.Kind.ROW_DUPLICATE) {
                    twice.add(row);
                }
            }
            if (!missing.isEmpty()) {
                out.fail("rowsMissing", List.of(), id, String.join(", ", missing));
            }
            if (!twice.isEmpty()) {
                out.fail("rowsTwice", List.of(), id, String.join(", ", twice));
            }
            if (missing.isEmpty() && twice.isEmpty()) {
                out.pass("pass", List.of(), id);
            }
        }
    }
}
