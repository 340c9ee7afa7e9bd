package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.internal.LazyList;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.util.ArrayList;
import java.util.List;

/**
 * T2-E1, the reconciliation printed in T2's header: in every column, 本年新收 + 上年结转 = 办理结果总计 +
 * 结转下年度 (第一项加第二项之和，等于第三项加第四项之和). When 总计 fails only because an applicant column does
 * (T2-D5: the row sums hold), one finding names that column and the 总计 failure is folded into it.
 */
final class T2Balance extends Rule {
    private static final T2Column[] COLUMNS = T2Column.values();
    private static final List<T2Row> BALANCE_ROWS = List.of(T2Row.NEW, T2Row.CIN, T2Row.R7, T2Row.COUT);

    public T2Balance() {
        super("T2-E1", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.t2().isEmpty()) {
            out.notAssessable("noTable");
            return;
        }
        Tables tables = Tables.of(report, out);
        Relation[] relations = new Relation[COLUMNS.length]; // by column ordinal
        boolean[] failing = new boolean[COLUMNS.length];
        boolean anyFailing = false;
        for (T2Column c : COLUMNS) {
            Relation r = tables.balance(c);
            relations[c.ordinal()] = r;
            failing[c.ordinal()] = c != T2Column.TOT && r.outcome() == Relation.Outcome.FAILS;
            anyFailing |= failing[c.ordinal()];
        }
        Relation total = relations[T2Column.TOT.ordinal()];
        boolean totalFolded = total.outcome() == Relation.Outcome.FAILS && anyFailing && rowSumsHold(tables);
        for (T2Column c : COLUMNS) {
            Relation r = relations[c.ordinal()];
            Object args = LazyList.arguments(10, i -> argument(c, r, i)); // made when shown
            switch (r.outcome()) {
                case HOLDS:
                    out.pass(r.hasBlank() ? "passBlank" : "pass", r.refs(), args);
                    break;
                case FAILS:
                    if (c == T2Column.TOT && totalFolded) {
                        break; // reported with the column that causes it
                    }
                    if (totalFolded && failing[c.ordinal()]) {
                        List<io.github.ogireport.check.CellRef> refs = new ArrayList<>(r.refs());
                        refs.addAll(total.refs());
                        out.fail("failRoot", refs, args);
                    } else {
                        out.fail("fail", r.refs(), args);
                    }
                    break;
                case FAILS_WITH_BLANKS:
                    out.uncertain("blank", r.refs(), c, r.leftSum(), r.rightSum(), r.blankPaths());
                    break;
                case FAILS_INFERRED:
                    out.uncertain("inferred", r.refs(), c, r.leftSum(), r.rightSum(), r.inferredCells());
                    break;
                case TEXT:
                    out.uncertain("text", r.refs(), c, r.textCells());
                    break;
                default:
                    out.absent("missing", r.missingRefs(), c, r.missingPaths());
            }
        }
    }

    /** Argument {@code i} of the messages pass, passBlank, fail and failRoot. */
    private static Object argument(T2Column c, Relation r, int i) {
        switch (i) {
            case 0:
                return c;
            case 1:
                return Relation.terms(r.left(), true).replace(" + ", "+");
            case 2:
                return r.leftSum();
            case 3:
                return Relation.terms(r.right(), true).replace(" + ", "+");
            case 4:
                return r.rightSum();
            case 5:
                return r.difference().abs();
            case 6:
                return r.left(0).shown(true);
            case 7:
                return r.left(1).shown(true);
            case 8:
                return r.right(0).shown(true);
            default:
                return r.right(1).shown(true);
        }
    }

    static Relation of(Cells t2, T2Column c) {
        return new Relation(new Term[] {t2.term(T2Row.NEW, c), t2.term(T2Row.CIN, c), t2.term(T2Row.R7, c),
            t2.term(T2Row.COUT, c)}, 2);
    }

    /** T2-L2 holds, with numbers only, for the four rows of the reconciliation. */
    private static boolean rowSumsHold(Tables tables) {
        for (T2Row row : BALANCE_ROWS) {
            if (tables.rowTotal(row).outcome() != Relation.Outcome.HOLDS) {
                return false;
            }
        }
        return true;
    }
}
