package io.github.ogireport.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A relation's sums in longs (small whole numbers) and its outcome flags made once give what the sums in
 * BigDecimal over every term gave: the same values and scales, the same outcome, the same cells.
 */
class RelationTest {
    private static final String[] VALUES = {"0", "1", "7", "12", "999999999999999", "1000000000000000",
        "123456789012345678901234567890", "2.5", "0.0", "3.10", "-4", "1E+3", "1E-2"};

    /** A random term: a number (small, long, fractional, negative, exponent), blank, 无, text or absent. */
    private static Term term(Random random, int column) {
        T2Column c = T2Column.values()[column % T2Column.values().length];
        int k = random.nextInt(10);
        Placement p = random.nextInt(8) == 0 ? Placement.ROW_BY_ORDER : Placement.READ;
        if (k < 6) {
            BigDecimal v = new BigDecimal(VALUES[random.nextInt(VALUES.length)]);
            return new Term(T2Row.NEW, c, new Cell.Number(v, "", v.toString(), SourcePosition.UNKNOWN), p);
        }
        if (k == 6) {
            return new Term(T2Row.NEW, c, new Cell.Blank("", SourcePosition.UNKNOWN), p);
        }
        if (k == 7) {
            return new Term(T2Row.NEW, c, new Cell.NotApplicable("无", SourcePosition.UNKNOWN), p);
        }
        if (k == 8 && random.nextInt(4) == 0) {
            return new Term(T2Row.NEW, c, new Cell.Text("若干", SourcePosition.UNKNOWN), p);
        }
        return random.nextInt(6) == 0 ? new Term(T2Row.NEW, c, null, Placement.ABSENT)
                : new Term(T2Row.NEW, c, new Cell.Number(BigDecimal.ONE, "", "1", SourcePosition.UNKNOWN), p);
    }

    private static BigDecimal sum(List<Term> side) {
        BigDecimal s = BigDecimal.ZERO;
        for (Term t : side) {
            if (t.value() != null) {
                s = s.add(t.value());
            }
        }
        return s;
    }

    @Test
    void smallSumsAndFlagsAgreeWithBigDecimalSums() {
        Random random = new Random(5);
        int holds = 0;
        for (int n = 0; n < 5_000; n++) {
            List<Term> left = new ArrayList<>();
            List<Term> right = new ArrayList<>();
            int l = 1 + random.nextInt(6);
            for (int i = 0; i < l; i++) {
                left.add(term(random, i));
            }
            right.add(term(random, l));
            if (random.nextBoolean()) {
                right.add(term(random, l + 1));
            }
            if (random.nextInt(3) == 0) { // make some hold: the total is the sum of the parts
                BigDecimal s = sum(left);
                right.set(0, new Term(T2Row.R7, T2Column.TOT, new Cell.Number(s, "", s.toPlainString(),
                        SourcePosition.UNKNOWN), Placement.READ));
                right.subList(1, right.size()).clear();
            }
            Relation r = new Relation(left, right);
            BigDecimal ls = sum(left);
            BigDecimal rs = sum(right);
            assertEquals(ls, r.leftSum(), "left sum");
            assertEquals(ls.scale(), r.leftSum().scale(), "left sum's scale");
            assertEquals(rs, r.rightSum(), "right sum");
            assertEquals(ls.subtract(rs), r.difference(), "difference");
            assertEquals(expected(left, right, BigDecimal.ZERO), r.outcome(), "outcome");
            assertEquals(expected(left, right, new BigDecimal("0.5")), r.outcome(new BigDecimal("0.5")));
            holds += r.outcome() == Relation.Outcome.HOLDS ? 1 : 0;
            List<CellRef> totalFirst = new ArrayList<>();
            right.forEach(t -> totalFirst.add(t.ref()));
            left.forEach(t -> totalFirst.add(t.ref()));
            assertEquals(totalFirst, r.refsTotalFirst());
            List<CellRef> all = new ArrayList<>();
            left.forEach(t -> all.add(t.ref()));
            right.forEach(t -> all.add(t.ref()));
            assertEquals(all, r.refs());
            assertEquals(List.copyOf(all).hashCode(), r.refs().hashCode());
        }
        assertEquals(true, holds > 500, "relations that hold: " + holds);
    }

    /** The outcome as the rules define it, by the terms one by one. */
    private static Relation.Outcome expected(List<Term> left, List<Term> right, BigDecimal tolerance) {
        List<Term> all = new ArrayList<>(left);
        all.addAll(right);
        if (all.stream().anyMatch(Term::isMissing)) {
            return Relation.Outcome.MISSING;
        }
        if (all.stream().anyMatch(Term::isText)) {
            return Relation.Outcome.TEXT;
        }
        if (sum(left).subtract(sum(right)).abs().compareTo(tolerance) <= 0) {
            return Relation.Outcome.HOLDS;
        }
        if (all.stream().anyMatch(Term::isInferred)) {
            return Relation.Outcome.FAILS_INFERRED;
        }
        return all.stream().anyMatch(Term::isBlank) ? Relation.Outcome.FAILS_WITH_BLANKS : Relation.Outcome.FAILS;
    }
}
