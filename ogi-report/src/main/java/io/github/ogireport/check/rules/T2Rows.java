package io.github.ogireport.check.rules;

import io.github.ogireport.model.Report;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.T2Row;
import java.util.ArrayList;
import java.util.List;

/** T2's rows as the report's format has them ({@link Report#formatRows}), typed for the T2 rules. */
final class T2Rows {
    private T2Rows() {
    }

    /** {@code formatRows}, T2's rows of a report ({@link Report#formatRows}: its variant of （六）其他处理), typed. */
    static List<T2Row> of(List<RowId> formatRows) {
        List<T2Row> out = new ArrayList<>(formatRows.size());
        for (RowId r : formatRows) {
            out.add((T2Row) r);
        }
        return out;
    }

    /** The result rows (（一）…（六）, summed in （七）总计) among {@code t2Rows}, T2's rows of a report's variant. */
    static List<T2Row> results(List<T2Row> t2Rows) {
        List<T2Row> out = new ArrayList<>();
        for (T2Row r : t2Rows) {
            if (r.isResult()) {
                out.add(r);
            }
        }
        return out;
    }
}
