package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.internal.LazyList;

/**
 * Reports a "total = sum of parts" relation (T2-L1, T2-L2, T3-L1) under the message keys those rules share:
 * {@code pass}, {@code passBlank} (subject, sum, total), {@code fail} (subject, parts, sum, total, difference),
 * {@code blank} (subject, sum, total, blank cells), {@code inferred} (subject, sum, total, inferred cells),
 * {@code text} (subject, text cells), {@code missing} (subject, absent cells). A blank total with non-zero parts
 * is skipped: B-TOTAL reports it. A cell the format has and the reading did not find makes the relation not
 * assessable (never a sum with 0 in its place); a failure through a cell placed by inference is uncertain.
 */
final class Sums {
    private Sums() {
    }

    /**
     * @param total   the relation's right side must be the single total cell
     * @param failKey the key for a failure ({@code fail}, or a variant with one more argument)
     * @param extra   that extra argument, or null
     */
    static void report(Findings out, Relation r, Object subject, String failKey, Object extra) {
        Term total = r.right(0);
        if (total.isBlank() && r.leftSum().signum() != 0 && r.outcome() != Relation.Outcome.MISSING) {
            return; // 总计未填写: B-TOTAL
        }
        switch (r.outcome()) {
            case HOLDS:
                out.pass(r.hasBlank() ? "passBlank" : "pass", r.refsTotalFirst(), LazyList.arguments(3,
                        i -> i == 0 ? subject : i == 1 ? r.leftSum() : total.shown(true))); // made when shown
                break;
            case FAILS:
                out.fail(failKey, r.refsTotalFirst(), subject, Relation.terms(r.left(), true), r.leftSum(),
                        total.shown(true), r.difference().abs(), extra);
                break;
            case FAILS_WITH_BLANKS:
                out.uncertain("blank", r.refsTotalFirst(), subject, r.leftSum(), total.shown(true), r.blankPaths());
                break;
            case FAILS_INFERRED:
                out.uncertain("inferred", r.refsTotalFirst(), subject, r.leftSum(), total.shown(true),
                        r.inferredCells());
                break;
            case TEXT:
                out.uncertain("text", r.refsTotalFirst(), subject, r.textCells());
                break;
            default:
                out.absent("missing", r.missingRefs(), subject, r.missingPaths());
        }
    }
}
