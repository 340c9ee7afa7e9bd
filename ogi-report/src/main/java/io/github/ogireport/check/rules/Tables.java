package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableId;
import java.util.Collections;
import java.util.List;

/**
 * The tables of the report a check reads, indexed once per check and shared by its rules ({@link Cells}), with
 * the sums several rules evaluate (T2-L2's row totals, T2-E1's and T2-L1's column relations, T3-L1's group
 * totals), each made once: a {@link Relation} computes its sums and outcome once, whoever asks. Dropped with
 * the check. Not thread-safe (a check runs its rules on one thread).
 */
final class Tables {
    final Report report;
    private Cells t1;
    private Cells t2;
    private Cells t3;
    private final List<RowId>[] formatRows = newRows();
    private List<T2Row> t2Rows;
    private List<T2Row> resultRows;
    private final Relation[] rowTotals = new Relation[T2Row.values().length];
    private final Relation[] balances = new Relation[T2Column.values().length];
    private final Relation[] resultTotals = new Relation[T2Column.values().length];
    private final Relation[] groupTotals = new Relation[T3Row.values().length];

    @SuppressWarnings("unchecked")
    private static List<RowId>[] newRows() {
        return (List<RowId>[]) new List<?>[TableId.values().length];
    }

    private Tables(Report report) {
        this.report = report;
    }

    /** The tables of the report {@code out} is checking, indexed by the first rule of the check that asks. */
    static Tables of(Report report, Findings out) {
        Shared s = out.shared(Shared.class, Shared::new); // no lambda made per call: a dozen rules ask
        Tables t = s.tables;
        if (t == null || t.report != report) {
            t = new Tables(report);
            s.tables = t;
        }
        return t;
    }

    /** The holder of a check's {@code Tables}. */
    private static final class Shared {
        Tables tables;
    }

    /** T1's cells; the report has T1. */
    Cells t1() {
        if (t1 == null) {
            t1 = new Cells(report.t1().orElseThrow());
        }
        return t1;
    }

    /** T2's cells; the report has T2. */
    Cells t2() {
        if (t2 == null) {
            t2 = new Cells(report.t2().orElseThrow());
        }
        return t2;
    }

    /** T3's cells; the report has T3. */
    Cells t3() {
        if (t3 == null) {
            t3 = new Cells(report.t3().orElseThrow());
        }
        return t3;
    }

    /** The cells of {@code table}, one of the report's. */
    Cells cells(StatTable table) {
        if (report.t2().isPresent() && report.t2().get() == table) {
            return t2();
        }
        if (report.t3().isPresent() && report.t3().get() == table) {
            return t3();
        }
        if (report.t1().isPresent() && report.t1().get() == table) {
            return t1();
        }
        return new Cells(table);
    }

    /** {@link Report#formatRows} of the report (unmodifiable), made once per check. */
    List<RowId> formatRows(TableId id) {
        List<RowId> rows = formatRows[id.ordinal()];
        if (rows == null) {
            rows = Collections.unmodifiableList(report.formatRows(id)); // a new list: no one else holds it
            formatRows[id.ordinal()] = rows;
        }
        return rows;
    }

    /** {@link T2Rows#of} of the report. */
    List<T2Row> t2Rows() {
        if (t2Rows == null) {
            t2Rows = T2Rows.of(formatRows(TableId.T2));
        }
        return t2Rows;
    }

    /** {@link T2Rows#results} of the report. */
    List<T2Row> resultRows() {
        if (resultRows == null) {
            resultRows = T2Rows.results(t2Rows());
        }
        return resultRows;
    }

    /** T2-L2's relation of a row: the applicant columns against 总计. */
    Relation rowTotal(T2Row row) {
        Relation r = rowTotals[row.ordinal()];
        if (r == null) {
            r = T2RowTotal.of(t2(), row);
            rowTotals[row.ordinal()] = r;
        }
        return r;
    }

    /** T2-E1's relation of a column. */
    Relation balance(T2Column column) {
        Relation r = balances[column.ordinal()];
        if (r == null) {
            r = T2Balance.of(t2(), column);
            balances[column.ordinal()] = r;
        }
        return r;
    }

    /** T2-L1's relation of a column: the result rows of the report's format against （七）总计. */
    Relation resultTotal(T2Column column) {
        Relation r = resultTotals[column.ordinal()];
        if (r == null) {
            r = T2ResultTotal.of(t2(), resultRows(), column);
            resultTotals[column.ordinal()] = r;
        }
        return r;
    }

    /** T3-L1's relation of a group. */
    Relation groupTotal(T3Row group) {
        Relation r = groupTotals[group.ordinal()];
        if (r == null) {
            r = T3Total.of(t3(), group);
            groupTotals[group.ordinal()] = r;
        }
        return r;
    }
}
