package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.util.List;

/**
 * T2-L1: in every column, （七）总计 is the sum of the result rows （一）…（六） (each application is counted
 * in exactly one result row: 区分处理的，只计这一情形). A blank 总计 with non-zero parts is left to B-TOTAL.
 */
final class T2ResultTotal extends Rule {
    public T2ResultTotal() {
        super("T2-L1", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Tables tables = Tables.of(report, out);
        for (T2Column c : T2Column.values()) {
            Sums.report(out, tables.resultTotal(c), c, "fail", null);
        }
    }

    /**
     * The result rows of the report's format against （七）总计, in one column: a row the reading did not find
     * is an absent term (the relation is not assessable), never a 0.
     */
    static Relation of(Cells t2, List<T2Row> resultRows, T2Column c) {
        int n = resultRows.size();
        Term[] all = new Term[n + 1]; // the result rows, then （七）总计
        for (int i = 0; i < n; i++) {
            all[i] = t2.term(resultRows.get(i), c);
        }
        all[n] = t2.term(T2Row.R7, c);
        return new Relation(all, n);
    }
}
