package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Message;
import io.github.ogireport.internal.LazyList;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sum of table cells a narrative figure is held against, with its name for messages, e.g. 本年新收申请总计
 * = t2.NEW.TOT. A blank 总计 whose applicant cells are filled is read as their sum (domain-spec §8.7: the
 * total was not filled), and the messages say so.
 */
final class Quantity {
    static final List<T2Column> APPLICANTS = List.of(T2Column.NP, T2Column.BIZ, T2Column.RES, T2Column.NGO,
            T2Column.LAW, T2Column.OTH);
    static final List<T2Column> ORGANISATIONS = List.of(T2Column.BIZ, T2Column.RES, T2Column.NGO, T2Column.LAW,
            T2Column.OTH);

    final String zh;
    final String en;
    final List<Term> terms;
    /** A blank 总计 was read as the sum of its applicant cells. */
    final boolean derived;
    /** A cell read directly is blank: it may mean 0 or "not filled". */
    final boolean blank;
    /** The unit shown after the value in Chinese messages (件, 万元). */
    final String unit;

    private Quantity(String zh, String en, List<Term> terms, boolean derived, boolean blank, String unit) {
        this.zh = zh;
        this.en = en;
        this.terms = List.copyOf(terms);
        this.derived = derived;
        this.blank = blank;
        this.unit = unit;
    }

    private Quantity(String zh, String en, List<Term> terms, boolean derived, boolean blank) {
        this(zh, en, terms, derived, blank, "件");
    }

    /** A copy whose value is shown with another unit. */
    Quantity in(String otherUnit) {
        return new Quantity(zh, en, terms, derived, blank, otherUnit);
    }

    /** The sum, or null when a cell is text or a row is missing. */
    BigDecimal value() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term t : terms) {
            if (t.isMissing() || t.isText()) {
                return null;
            }
            sum = sum.add(t.value());
        }
        return sum;
    }

    /** True when a cell the sum needs was not found by the reading (absent, not 0). */
    boolean missing() {
        for (Term t : terms) {
            if (t.isMissing()) {
                return true;
            }
        }
        return terms.isEmpty();
    }

    /** True when a cell of the sum was placed by inference: a disagreement may be the reading's. */
    boolean inferred() {
        for (Term t : terms) {
            if (t.isInferred()) {
                return true;
            }
        }
        return false;
    }

    /** The inferred cells with how each was placed, for messages. */
    String inferredCells() {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.isInferred()) {
                out.add(t.ref().path() + " (" + t.placement().name() + ")");
            }
        }
        return String.join(", ", out);
    }

    /** The absent cells' paths, for messages. */
    String missingCells() {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.isMissing()) {
                out.add(t.ref().path());
            }
        }
        return String.join(", ", out);
    }

    /** The cells of the quantities, in order, each made when the list is first read. */
    static List<CellRef> refs(Quantity[] qs) {
        if (qs.length == 1) {
            return qs[0].refs();
        }
        List<Term> all = new ArrayList<>();
        for (Quantity q : qs) {
            all.addAll(q.terms);
        }
        return LazyList.of(all.size(), i -> all.get(i).ref());
    }

    /** The cells, each made when the list is first read (most findings are never shown). */
    List<CellRef> refs() {
        List<Term> all = terms;
        return LazyList.of(all.size(), i -> all.get(i).ref());
    }

    /** The name, per language. */
    Findings.Localized name() {
        return new Findings.Localized(zh, en);
    }

    /** The value as shown in messages, with a note when a blank 总计 was read as the sum of its parts. */
    Message shown() {
        BigDecimal v = value();
        if (v == null) {
            StringBuilder zhText = new StringBuilder();
            for (Term t : terms) {
                if (t.isMissing() || t.isText()) {
                    zhText.append(zhText.length() == 0 ? "" : "、").append(t.ref().path()).append("=")
                            .append(t.shown(true));
                }
            }
            return Message.of("value.unreadable", zhText.toString());
        }
        String n = v.stripTrailingZeros().toPlainString();
        if (derived) {
            return Message.of("value.totalDerived", n, unit);
        }
        if (blank) {
            return Message.of("value.blankAsZero", n, unit);
        }
        return Message.of("value.number", n, unit);
    }

    /** The cells that are not 0, as {@code path=value}, for messages. */
    String nonZero() {
        List<String> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.value() != null && t.value().signum() != 0) {
                out.add(t.ref().path() + "=" + t.value().stripTrailingZeros().toPlainString());
            }
        }
        return String.join(", ", out);
    }

    // ---- T2

    /**
     * T2 rows summed in the column(s) of an applicant. A row the reading did not find is an absent term (the
     * sum is then unknown, never a sum with 0 in its place); of （六）其他处理's two variants only the one the
     * table prints counts (both are absent when it prints neither).
     */
    static Quantity t2(Cells t2, List<T2Row> rows, Claim.Applicant applicant, String zh, String en) {
        boolean single = t2.has(T2Row.R6);
        boolean sub = t2.has(T2Row.R6_1) || t2.has(T2Row.R6_2) || t2.has(T2Row.R6_3);
        List<T2Row> present = new ArrayList<>();
        for (T2Row r : rows) {
            boolean otherVariant = r == T2Row.R6 ? sub && !single
                    : (r == T2Row.R6_1 || r == T2Row.R6_2 || r == T2Row.R6_3) && single && !sub;
            if (!otherVariant) {
                present.add(r);
            }
        }
        List<Term> terms = new ArrayList<>();
        boolean derived = false;
        boolean blank = false;
        for (T2Row r : present) {
            switch (applicant) {
                case NATURAL: {
                    Term t = t2.term(r, T2Column.NP);
                    terms.add(t);
                    blank |= t.isBlank();
                    break;
                }
                case ORGANISATIONS:
                    for (T2Column c : ORGANISATIONS) {
                        terms.add(t2.term(r, c));
                    }
                    break;
                default: {
                    Term total = t2.term(r, T2Column.TOT);
                    List<Term> parts = new ArrayList<>();
                    boolean filled = false;
                    for (T2Column c : APPLICANTS) {
                        Term p = t2.term(r, c);
                        parts.add(p);
                        filled |= p.isNumber() && p.value().signum() != 0;
                    }
                    if (total.isBlank() && filled) {
                        terms.addAll(parts);
                        derived = true;
                    } else {
                        terms.add(total);
                        blank |= total.isBlank();
                    }
                }
            }
        }
        String suffix = applicantZh(applicant) + (present.size() > 1 && applicant == Claim.Applicant.ALL ? "之和" : "");
        return new Quantity(zh + suffix, en + applicantEn(applicant), terms, derived, blank);
    }

    static Quantity t2(Cells t2, T2Row row, Claim.Applicant applicant, String zh, String en) {
        return t2(t2, List.of(row), applicant, zh, en);
    }

    private static String applicantZh(Claim.Applicant a) {
        switch (a) {
            case NATURAL:
                return "（自然人）";
            case ORGANISATIONS:
                return "（法人或其他组织）";
            default:
                return "总计";
        }
    }

    private static String applicantEn(Claim.Applicant a) {
        switch (a) {
            case NATURAL:
                return " (natural persons)";
            case ORGANISATIONS:
                return " (legal persons and other organisations)";
            default:
                return " (total)";
        }
    }

    /** The sum of two quantities (e.g. 本年新收 + 上年结转). */
    static Quantity plus(Quantity a, Quantity b, String zh, String en) {
        List<Term> terms = new ArrayList<>(a.terms);
        terms.addAll(b.terms);
        return new Quantity(zh, en, terms, a.derived || b.derived, a.blank || b.blank, a.unit);
    }

    // ---- T3

    /** One column of T3 summed over groups. */
    static Quantity t3(Cells t3, List<T3Row> groups, T3Column column, String zh, String en) {
        List<Term> terms = new ArrayList<>();
        boolean blank = false;
        for (T3Row g : groups) {
            Term t = t3.term(g, column);
            terms.add(t);
            blank |= t.isBlank();
        }
        return new Quantity(zh, en, terms, false, blank);
    }

    // ---- T1

    /** One T1 cell; a row or column the report's format lacks is missing. */
    static Quantity t1(Cells t1, T1Row row, List<T1Column> columns, String zh, String en) {
        List<Term> terms = new ArrayList<>();
        boolean blank = false;
        for (T1Column c : columns) {
            Term t = t1.term(row, c);
            terms.add(t);
            blank |= t.isBlank();
        }
        return new Quantity(zh, en, terms, false, blank);
    }
}
