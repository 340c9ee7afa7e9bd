package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * B-TOTAL (warning): a 总计 left blank while its parts are not all 0 is "总计未填写", not an arithmetic
 * failure (domain-spec §8.7). Reported once per table, naming every such cell: T2's 总计 column and
 * （七）总计 row, T3's 总计 of each group.
 */
final class BlankTotals extends Rule {
    BlankTotals() {
        super("B-TOTAL", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isPresent()) {
            t2(report.t2().get(), Tables.of(report, out), out);
        }
        if (report.t3().isPresent()) {
            t3(Tables.of(report, out), out);
        }
    }

    private static void t2(StatTable t2, Tables tables, Findings out) {
        Cells cells = tables.t2();
        List<CellRef> blank = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (TableRow row : t2.rows()) {
            Relation r = tables.rowTotal((T2Row) row.id());
            if (r.right(0).isBlank() && r.leftSum().signum() != 0) {
                blank.add(r.right(0).ref());
                names.add(row.id().id());
            }
        }
        for (T2Column c : T2Column.values()) {
            Term total = cells.term(T2Row.R7, c);
            if (!total.isBlank() || c == T2Column.TOT && blank.contains(total.ref())) {
                continue;
            }
            for (TableRow row : t2.rows()) {
                Term part = cells.term(row.id(), c);
                if (((T2Row) row.id()).isResult() && part.isNumber() && part.value().signum() != 0) {
                    blank.add(total.ref());
                    names.add("R7." + c.id());
                    break;
                }
            }
        }
        report(out, TableId.T2, blank, names);
    }

    private static void t3(Tables tables, Findings out) {
        List<CellRef> blank = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (T3Row g : T3Row.values()) {
            Relation r = tables.groupTotal(g);
            if (r.right(0).isBlank() && r.leftSum().signum() != 0) {
                blank.add(r.right(0).ref());
                names.add(g.id());
            }
        }
        report(out, TableId.T3, blank, names);
    }

    private static void report(Findings out, TableId table, List<CellRef> blank, List<String> names) {
        if (blank.isEmpty()) {
            out.pass("pass", List.of(), table);
        } else {
            out.fail("fail", blank, table, blank.size(), String.join(", ", names));
        }
    }
}
