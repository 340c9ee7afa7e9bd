package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * B-NA (info): cells marked not applicable ({@code /}, {@code —}, {@code 无}) are counted as 0 in sums;
 * reported once per table with every such cell, so that a reader can judge whether 0 was meant.
 */
public final class NotApplicableMarks extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public NotApplicableMarks() {
        super("B-NA", Severity.INFO);
    }

    @Override
    public void check(Report report, Findings out) {
        for (TableId id : TableId.values()) {
            report.table(id).ifPresent(table -> {
                List<CellRef> marked = new ArrayList<>();
                List<String> marks = new ArrayList<>();
                for (TableRow row : table.rows()) {
                    for (int i = 0; i < row.cells().size(); i++) {
                        Cell c = row.cells().get(i);
                        if (c instanceof Cell.NotApplicable) {
                            marked.add(CellRef.of(row.id(), row.columns().get(i), c));
                            if (!marks.contains(c.raw().trim())) {
                                marks.add(c.raw().trim());
                            }
                        }
                    }
                }
                if (marked.isEmpty()) {
                    out.pass("pass", List.of(), id);
                } else {
                    out.fail("fail", marked, id, marked.size(), String.join(" ", marks));
                }
            });
        }
    }
}
