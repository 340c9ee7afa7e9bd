package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.internal.LazyList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An equation between two sums of cells, e.g. 新收 + 结转 = 总计 + 结转下年度, evaluated with blank and
 * not-applicable cells counted as 0 (domain-spec §8.7).
 */
final class Relation {
    /** Both sides, left first; the terms are immutable, so the sums and the outcome are computed once. */
    private final Term[] all;
    private final int leftSize;
    private BigDecimal leftSum;
    private BigDecimal rightSum;
    private Outcome exact;

    /** Both sums in longs, exact: every term {@link Term#small} (and a few thousand at most). */
    private final boolean smallSums;
    private final long smallLeft;
    private final long smallRight;
    private final boolean anyMissing;
    private final boolean anyText;
    private final boolean anyInferred;
    private final boolean anyBlank;

    Relation(List<Term> left, List<Term> right) {
        this(concat(left, right), left.size());
    }

    private static Term[] concat(List<Term> left, List<Term> right) {
        Term[] all = new Term[left.size() + right.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i < left.size() ? left.get(i) : right.get(i - left.size());
        }
        return all;
    }

    /**
     * The relation {@code all[0] + … + all[leftSize − 1] = all[leftSize] + …}: both sides in one array, which the
     * caller gives up (the relations of a check are many: no copies, no lists until asked).
     */
    Relation(Term[] all, int leftSize) {
        this.all = all;
        this.leftSize = leftSize;
        boolean small = all.length <= 9_000; // sums of small values within a long
        long l = 0;
        long r = 0;
        boolean missing = false;
        boolean text = false;
        boolean inferred = false;
        boolean blank = false;
        for (int i = 0; i < all.length; i++) {
            Term t = all[i];
            missing |= t.isMissing();
            text |= t.isText();
            inferred |= t.isInferred();
            blank |= t.isBlank();
            if (!t.small) {
                small = false;
            } else if (i < leftSize) {
                l += t.smallValue;
            } else {
                r += t.smallValue;
            }
        }
        anyMissing = missing;
        anyText = text;
        anyInferred = inferred;
        anyBlank = blank;
        smallSums = small;
        smallLeft = l;
        smallRight = r;
    }

    /** The left side's terms (a new list). */
    List<Term> left() {
        return ArrayView.of(Arrays.copyOfRange(all, 0, leftSize));
    }

    /** The right side's terms (a new list). */
    List<Term> right() {
        return ArrayView.of(Arrays.copyOfRange(all, leftSize, all.length));
    }

    /** Term {@code i} of the left side. */
    Term left(int i) {
        return all[i];
    }

    /** Term {@code i} of the right side: {@code right(0)} is the total of a "total = sum of parts" relation. */
    Term right(int i) {
        return all[leftSize + i];
    }

    /** The outcomes of an evaluation. */
    enum Outcome {
        /** The sums are equal. */
        HOLDS,
        /** The sums differ and every cell is a number. */
        FAILS,
        /** The sums differ with blank cells counted as 0: blank may mean "not filled". */
        FAILS_WITH_BLANKS,
        /** The sums differ and a cell was placed by inference: the reading may be wrong, not the report. */
        FAILS_INFERRED,
        /** A cell holds text. */
        TEXT,
        /** A cell the format has was not found (absent, not 0). */
        MISSING
    }

    Outcome outcome() {
        if (exact == null) {
            exact = outcome(BigDecimal.ZERO);
        }
        return exact;
    }

    Outcome outcome(BigDecimal tolerance) {
        if (anyMissing) {
            return Outcome.MISSING;
        }
        if (anyText) {
            return Outcome.TEXT;
        }
        boolean holds = smallSums && tolerance.signum() == 0 ? smallLeft == smallRight
                : difference().abs().compareTo(tolerance) <= 0;
        if (holds) {
            return Outcome.HOLDS;
        }
        if (anyInferred) {
            return Outcome.FAILS_INFERRED;
        }
        return anyBlank ? Outcome.FAILS_WITH_BLANKS : Outcome.FAILS;
    }

    BigDecimal leftSum() {
        if (leftSum == null) {
            leftSum = smallSums ? BigDecimal.valueOf(smallLeft) : sum(all, 0, leftSize);
        }
        return leftSum;
    }

    BigDecimal rightSum() {
        if (rightSum == null) {
            rightSum = smallSums ? BigDecimal.valueOf(smallRight) : sum(all, leftSize, all.length);
        }
        return rightSum;
    }

    /** left − right. */
    BigDecimal difference() {
        return leftSum().subtract(rightSum());
    }

    boolean hasBlank() {
        return anyBlank;
    }

    /** The cells, left side first, each made when the list is first read (most findings are never shown). */
    List<CellRef> refs() {
        Term[] terms = all;
        return LazyList.of(terms.length, i -> terms[i].ref());
    }

    /** The cells with the right side (the total) first: where a reader looks first. */
    List<CellRef> refsTotalFirst() {
        Term[] terms = all;
        int rightSize = terms.length - leftSize;
        int l = leftSize;
        return LazyList.of(terms.length, i -> (i < rightSize ? terms[l + i] : terms[i - rightSize]).ref());
    }

    /** The blank cells' paths, for messages. */
    String blankPaths() {
        List<String> out = new ArrayList<>();
        for (Term t : all) {
            if (t.isBlank()) {
                out.add(t.ref().path());
            }
        }
        return String.join(", ", out);
    }

    /** The text cells' paths and texts, for messages. */
    String textCells() {
        List<String> out = new ArrayList<>();
        for (Term t : all) {
            if (t.isText()) {
                out.add(t.ref().path() + "=“" + t.cell().raw().trim() + "”");
            }
        }
        return String.join(", ", out);
    }

    /** The inferred cells' paths with how each was placed, for messages. */
    String inferredCells() {
        List<String> out = new ArrayList<>();
        for (Term t : all) {
            if (t.isInferred()) {
                out.add(t.ref().path() + " (" + t.placement().name() + ")");
            }
        }
        return String.join(", ", out);
    }

    /** The absent cells, for a finding's cells. */
    List<CellRef> missingRefs() {
        List<CellRef> out = new ArrayList<>();
        for (Term t : all) {
            if (t.isMissing()) {
                out.add(t.ref());
            }
        }
        return out;
    }

    /** The missing cells' paths, for messages. */
    String missingPaths() {
        List<String> out = new ArrayList<>();
        for (Term t : all) {
            if (t.isMissing()) {
                out.add(t.ref().path());
            }
        }
        return String.join(", ", out);
    }

    /** A side written out, e.g. {@code 60 + 0}. */
    static String terms(List<Term> side, boolean chinese) {
        List<String> out = new ArrayList<>();
        for (Term t : side) {
            out.add(t.shown(chinese));
        }
        return String.join(" + ", out);
    }

    private static BigDecimal sum(Term[] terms, int from, int to) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            BigDecimal v = terms[i].value();
            if (v != null) {
                s = s.add(v);
            }
        }
        return s;
    }
}
