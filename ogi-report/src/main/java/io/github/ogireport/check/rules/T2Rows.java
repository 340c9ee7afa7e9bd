package io.github.ogireport.check.rules;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.TableId;
import java.util.ArrayList;
import java.util.List;

/** T2's rows as the report's format has them ({@link Report#formatRows}), typed for the T2 rules. */
final class T2Rows {
    private T2Rows() {
    }

    /** Every T2 row of the report's variant of （六）其他处理. */
    static List<T2Row> of(Report report) {
        List<T2Row> out = new ArrayList<>();
        for (RowId r : report.formatRows(TableId.T2)) {
            out.add((T2Row) r);
        }
        return out;
    }

    /** The result rows (（一）…（六）, summed in （七）总计) of the report's variant. */
    static List<T2Row> results(Report report) {
        List<T2Row> out = new ArrayList<>();
        for (T2Row r : of(report)) {
            if (r.isResult()) {
                out.add(r);
            }
        }
        return out;
    }
}
