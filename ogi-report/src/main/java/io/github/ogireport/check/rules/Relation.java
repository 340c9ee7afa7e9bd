package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An equation between two sums of cells, e.g. 新收 + 结转 = 总计 + 结转下年度, evaluated with blank and
 * not-applicable cells counted as 0 (domain-spec §8.7).
 */
final class Relation {
    final List<Term> left;
    final List<Term> right;
    /** Both sides, left first; the terms are immutable, so the sums and the outcome are computed once. */
    private final List<Term> all;
    private BigDecimal leftSum;
    private BigDecimal rightSum;
    private Outcome exact;

    Relation(List<Term> left, List<Term> right) {
        this.left = List.copyOf(left);
        this.right = List.copyOf(right);
        Term[] both = new Term[this.left.size() + this.right.size()];
        for (int i = 0; i < this.left.size(); i++) {
            both[i] = this.left.get(i);
        }
        for (int i = 0; i < this.right.size(); i++) {
            both[this.left.size() + i] = this.right.get(i);
        }
        this.all = List.of(both);
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
        for (Term t : all()) {
            if (t.isMissing()) {
                return Outcome.MISSING;
            }
        }
        for (Term t : all()) {
            if (t.isText()) {
                return Outcome.TEXT;
            }
        }
        if (difference().abs().compareTo(tolerance) <= 0) {
            return Outcome.HOLDS;
        }
        for (Term t : all) {
            if (t.isInferred()) {
                return Outcome.FAILS_INFERRED;
            }
        }
        return hasBlank() ? Outcome.FAILS_WITH_BLANKS : Outcome.FAILS;
    }

    BigDecimal leftSum() {
        if (leftSum == null) {
            leftSum = sum(left);
        }
        return leftSum;
    }

    BigDecimal rightSum() {
        if (rightSum == null) {
            rightSum = sum(right);
        }
        return rightSum;
    }

    /** left − right. */
    BigDecimal difference() {
        return leftSum().subtract(rightSum());
    }

    boolean hasBlank() {
        for (Term t : all) {
            if (t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Both sides, left first (unmodifiable). */
    List<Term> all() {
        return all;
    }

    List<CellRef> refs() {
        List<CellRef> out = new ArrayList<>();
        for (Term t : all()) {
            out.add(t.ref());
        }
        return out;
    }

    /** The cells with the right side (the total) first: where a reader looks first. */
    List<CellRef> refsTotalFirst() {
        List<CellRef> out = new ArrayList<>();
        for (Term t : right) {
            out.add(t.ref());
        }
        for (Term t : left) {
            out.add(t.ref());
        }
        return out;
    }

    /** The blank cells' paths, for messages. */
    String blankPaths() {
        List<String> out = new ArrayList<>();
        for (Term t : all()) {
            if (t.isBlank()) {
                out.add(t.ref().path());
            }
        }
        return String.join(", ", out);
    }

    /** The text cells' paths and texts, for messages. */
    String textCells() {
        List<String> out = new ArrayList<>();
        for (Term t : all()) {
            if (t.isText()) {
                out.add(t.ref().path() + "=“" + t.cell().raw().trim() + "”");
            }
        }
        return String.join(", ", out);
    }

    /** The inferred cells' paths with how each was placed, for messages. */
    String inferredCells() {
        List<String> out = new ArrayList<>();
        for (Term t : all()) {
            if (t.isInferred()) {
                out.add(t.ref().path() + " (" + t.placement().name() + ")");
            }
        }
        return String.join(", ", out);
    }

    /** The absent cells, for a finding's cells. */
    List<CellRef> missingRefs() {
        List<CellRef> out = new ArrayList<>();
        for (Term t : all()) {
            if (t.isMissing()) {
                out.add(t.ref());
            }
        }
        return out;
    }

    /** The missing cells' paths, for messages. */
    String missingPaths() {
        List<String> out = new ArrayList<>();
        for (Term t : all()) {
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

    private static BigDecimal sum(List<Term> side) {
        BigDecimal s = BigDecimal.ZERO;
        for (Term t : side) {
            BigDecimal v = t.value();
            if (v != null) {
                s = s.add(v);
            }
        }
        return s;
    }
}
