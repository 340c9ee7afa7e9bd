package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * T2-L1: in every column, （七）总计 is the sum of the result rows （一）…（六） (each application is counted
 * in exactly one result row: 区分处理的，只计这一情形). A blank 总计 with non-zero parts is left to B-TOTAL.
 */
public final class T2ResultTotal extends Rule {
    /** Creates the rule (stateless: one instance checks any number of reports). */
    public T2ResultTotal() {
        super("T2-L1", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        StatTable t2 = report.t2().get();
        for (T2Column c : T2Column.values()) {
            Sums.report(out, of(t2, c), c, "fail", null);
        }
    }

    /** The result rows the report prints, against （七）总计, in one column. */
    static Relation of(StatTable t2, T2Column c) {
        List<Term> parts = new ArrayList<>();
        for (TableRow row : t2.rows()) {
            if (((T2Row) row.id()).isResult()) {
                parts.add(Term.of(t2, row.id(), c));
            }
        }
        return new Relation(parts, List.of(Term.of(t2, T2Row.R7, c)));
    }
}
