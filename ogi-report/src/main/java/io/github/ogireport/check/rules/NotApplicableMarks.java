package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * B-NA (info): cells marked not applicable ({@code /}, {@code —}, {@code 无}) are counted as 0 in sums;
 * reported once per table with every such cell, so that a reader can judge whether 0 was meant.
 */
final class NotApplicableMarks extends Rule {
    NotApplicableMarks() {
        super("B-NA", Severity.INFO);
    }

    @Override
    public void check(Report report, Findings out) {
        for (TableId id : TABLES) {
            StatTable table = report.table(id).orElse(null);
            if (table == null) {
                continue;
            }
            List<CellRef> marked = null; // made at the first mark: most tables have none
            List<String> marks = null;
            for (TableRow row : table.rows()) {
                List<Cell> cells = row.cells();
                for (int i = 0, n = cells.size(); i < n; i++) {
                    Cell c = cells.get(i);
                    if (c instanceof Cell.NotApplicable) {
                        if (marked == null) {
                            marked = new ArrayList<>();
                            marks = new ArrayList<>();
                        }
                        marked.add(CellRef.of(row.id(), row.columns().get(i), c, row.placements().get(i)));
                        if (!marks.contains(c.raw().trim())) {
                            marks.add(c.raw().trim());
                        }
                    }
                }
            }
            if (marked == null) {
                out.pass("pass", List.of(), id);
            } else {
                out.fail("fail", marked, id, marked.size(), String.join(" ", marks));
            }
        }
    }

    private static final TableId[] TABLES = TableId.values();
}
