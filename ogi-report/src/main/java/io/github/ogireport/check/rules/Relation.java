package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.internal.LazyList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * An equation between two sums of cells, e.g. 新收 + 结转 = 总计 + 结转下年度, evaluated with blank and
 * not-applicable cells counted as 0 (domain-spec §8.7).
 */
final class Relation {
    /**
     * Both sides, left first, when the relation was made of terms; else null, and the cells are {@code slots} of
     * {@code cells}, whose terms are made only when asked (most relations hold and are never shown).
     */
    private final Term[] all;
    private final Cells cells;
    private final int[] slots;
    private final int size;
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
        this(all, null, null, all.length, leftSize);
    }

    /**
     * The relation of the cells at {@code slots} of {@code cells} ({@link Cells#at}), left side first: read from
     * the cells' flat arrays, the terms made only when asked. The caller gives up the array.
     */
    Relation(Cells cells, int[] slots, int leftSize) {
        this(null, cells, slots, slots.length, leftSize);
    }

    private Relation(Term[] all, Cells cells, int[] slots, int size, int leftSize) {
        this.all = all;
        this.cells = cells;
        this.slots = slots;
        this.size = size;
        this.leftSize = leftSize;
        boolean small = size <= 9_000; // sums of small values within a long
        long l = 0;
        long r = 0;
        int or = 0; // every cell's flags or'ed: for the inferred flag
        boolean missing = false;
        boolean text = false;
        boolean blank = false;
        for (int i = 0; i < size; i++) {
            int f;
            long v;
            if (all != null) {
                Term t = all[i];
                f = t.flags;
                v = t.smallValue;
            } else {
                f = cells.flags(slots[i]);
                v = cells.smallValue(slots[i]);
            }
            int kind = f & Term.KIND;
            missing |= kind == Term.MISSING;
            text |= kind == Term.TEXT;
            blank |= kind == Term.BLANK;
            or |= f;
            if ((f & Term.SMALL) == 0) {
                small = false;
            } else if (i < leftSize) {
                l += v;
            } else {
                r += v;
            }
        }
        anyMissing = missing;
        anyText = text;
        anyInferred = (or & Term.INFERRED) != 0;
        anyBlank = blank;
        smallSums = small;
        smallLeft = l;
        smallRight = r;
    }

    /**
     * True when term {@code i} of the right side is a blank cell, without making the term: {@code rightBlank(0)}
     * is a blank total.
     */
    boolean rightBlank(int i) {
        int at = leftSize + i;
        int f = all != null ? all[at].flags : cells.flags(slots[at]);
        return (f & Term.KIND) == Term.BLANK;
    }

    /** Term {@code i} of both sides, left first. */
    private Term term(int i) {
        return all != null ? all[i] : cells.termAt(slots[i]);
    }

    /** The terms {@code from} to {@code to} (a new list). */
    private List<Term> terms(int from, int to) {
        Term[] out = new Term[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = term(i);
        }
        return ArrayView.of(out);
    }

    /** The left side's terms (a new list). */
    List<Term> left() {
        return terms(0, leftSize);
    }

    /** The right side's terms (a new list). */
    List<Term> right() {
        return terms(leftSize, size);
    }

    /** Term {@code i} of the left side. */
    Term left(int i) {
        return term(i);
    }

    /** Term {@code i} of the right side: {@code right(0)} is the total of a "total = sum of parts" relation. */
    Term right(int i) {
        return term(leftSize + i);
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
            leftSum = smallSums ? BigDecimal.valueOf(smallLeft) : sum(0, leftSize);
        }
        return leftSum;
    }

    BigDecimal rightSum() {
        if (rightSum == null) {
            rightSum = smallSums ? BigDecimal.valueOf(smallRight) : sum(leftSize, size);
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
        return LazyList.of(size, new Refs(this, 0));
    }

    /** The cells with the right side (the total) first: where a reader looks first. */
    List<CellRef> refsTotalFirst() {
        return LazyList.of(size, new Refs(this, size - leftSize));
    }

    /**
     * Cell {@code i} of a relation's refs, its right side's {@code rightFirst} terms first (0: in order). A class,
     * not a lambda: every check of a cold JVM links each lambda once, and most relations are made there.
     */
    private static final class Refs implements IntFunction<CellRef> {
        private final Relation r;
        private final int rightFirst;

        Refs(Relation r, int rightFirst) {
            this.r = r;
            this.rightFirst = rightFirst;
        }

        @Override
        public CellRef apply(int i) {
            return (i < rightFirst ? r.term(r.leftSize + i) : r.term(i - rightFirst)).ref();
        }
    }

    /** The blank cells' paths, for messages. */
    String blankPaths() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Term t = term(i);
            if (t.isBlank()) {
                out.add(t.ref().path());
            }
        }
        return String.join(", ", out);
    }

    /** The text cells' paths and texts, for messages. */
    String textCells() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Term t = term(i);
            if (t.isText()) {
                out.add(t.ref().path() + "=“" + t.cell().raw().trim() + "”");
            }
        }
        return String.join(", ", out);
    }

    /** The inferred cells' paths with how each was placed, for messages. */
    String inferredCells() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Term t = term(i);
            if (t.isInferred()) {
                out.add(t.ref().path() + " (" + t.placement().name() + ")");
            }
        }
        return String.join(", ", out);
    }

    /** The absent cells, for a finding's cells. */
    List<CellRef> missingRefs() {
        List<CellRef> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Term t = term(i);
            if (t.isMissing()) {
                out.add(t.ref());
            }
        }
        return out;
    }

    /** The missing cells' paths, for messages. */
    String missingPaths() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Term t = term(i);
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

    private BigDecimal sum(int from, int to) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = from; i < to; i++) {
            BigDecimal v = all != null ? all[i].value() : cells.value(slots[i]);
            if (v != null) {
                s = s.add(v);
            }
        }
        return s;
    }
}
