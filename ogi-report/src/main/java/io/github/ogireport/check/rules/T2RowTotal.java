package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.internal.Numbers;
import java.math.BigDecimal;
import java.util.List;

/**
 * T2-L2: in every row, 总计 = 自然人 + the five 法人或其他组织 columns. With a split-cell hint: when reading two
 * adjacent cells as one number (1 | 2 → 12) makes the sum hold, the finding says so. A blank 总计 with
 * non-zero parts is left to B-TOTAL.
 */
final class T2RowTotal extends Rule {
    private static final List<T2Column> PARTS = List.of(T2Column.NP, T2Column.BIZ, T2Column.RES, T2Column.NGO,
            T2Column.LAW, T2Column.OTH);

    /** Creates the rule (stateless: one instance checks any number of reports). */
    public T2RowTotal() {
        super("T2-L2", Severity.ERROR);
    }

    static Relation of(Cells t2, T2Row row) {
        int n = PARTS.size();
        Term[] all = new Term[n + 1]; // the parts, then 总计
        for (int i = 0; i < n; i++) {
            all[i] = t2.term(row, PARTS.get(i));
        }
        all[n] = t2.term(row, T2Column.TOT);
        return new Relation(all, n);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Tables tables = Tables.of(report, out);
        for (T2Row id : tables.t2Rows()) {
            Relation r = tables.rowTotal(id);
            String hint = r.outcome() == Relation.Outcome.FAILS ? splitHint(r.left(), r.right(0)) : null;
            Sums.report(out, r, id, hint == null ? "fail" : "failSplit", hint);
        }
    }

    /**
     * "a | b → ab" when joining two adjacent parts into one number makes them sum to the total: a number
     * split over two cells by the extraction or the typist.
     */
    static String splitHint(List<Term> parts, Term total) {
        if (!total.isNumber()) {
            return null;
        }
        BigDecimal want = ((Cell.Number) total.cell()).value();
        BigDecimal sum = BigDecimal.ZERO;
        for (Term t : parts) {
            if (t.value() == null) {
                return null;
            }
            sum = sum.add(t.value());
        }
        for (int i = 0; i + 1 < parts.size(); i++) {
            Term a = parts.get(i);
            Term b = parts.get(i + 1);
            if (!a.isNumber() || !b.isNumber() || a.value().scale() > 0 || b.value().scale() > 0
                    || a.value().signum() < 0 || b.value().signum() < 0
                    || digits(a.value()) + digits(b.value()) > Numbers.MAX_LENGTH) {
                continue; // joining digit strings past the literal cap would cost time quadratic in them
            }
            BigDecimal joined = new BigDecimal(a.value().toPlainString() + b.value().toPlainString());
            if (sum.subtract(a.value()).subtract(b.value()).add(joined).compareTo(want) == 0) {
                return a.value().toPlainString() + " | " + b.value().toPlainString() + " → " + joined.toPlainString();
            }
        }
        return null;
    }

    /** The digits of a whole number, without printing it. */
    private static long digits(BigDecimal v) {
        return (long) v.precision() - v.scale();
    }
}
