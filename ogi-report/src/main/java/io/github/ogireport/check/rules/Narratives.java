package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.LazyList;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.internal.narrative.Context;
import io.github.ogireport.internal.narrative.Narrative;
import io.github.ogireport.internal.narrative.Reading;
import io.github.ogireport.internal.narrative.Sentence;
import io.github.ogireport.internal.narrative.Statement;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.T2Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the narrative rules share: the narrative of a report with its claims and statements, quotes, and the
 * judgement of a figure against a table quantity.
 *
 * <p>A figure that differs from the table is a FAIL, except when the sentence speaks of a wider scope than the
 * organ (全县, 各部门…: UNCERTAIN, the figure may cover more than this table) or a cell the comparison reads is
 * blank (UNCERTAIN, blank may mean "not filled"). The message arguments are the same for every rule:
 * {0} the words of the figure, {1} the table quantity's name, {2} its value, {3} the figure, {4} the
 * difference, {5} the scope word.
 */
final class Narratives {
    /** Words of section 六 that report on 信息处理费 (an amount, or that none was charged). */
    static final Pattern FEE_MENTION = Pattern.compile(
            "处理费|收费通知|(?:信息公开|依申请|公开申请|申请)[^。]{0,12}?收费|收费[^。]{0,8}?(?:信息公开|依申请|申请)");

    final Report report;
    final Narrative narrative;
    final Context context;
    private final Reading reading;
    /** {@link #feeMentions} of every section, found at the first question. */
    private List<List<Sentence>> fees;
    /**
     * The T2 quantities made in this check by row and applicant, with the names and cells each was made with:
     * X-1 asks for 本年新收 and 上年结转 at every figure, X-4 for the same rows again.
     */
    private final Quantity[] t2Made = new Quantity[T2ROWS * APPLICANTS];
    private final String[] t2Zh = new String[t2Made.length];
    private final String[] t2En = new String[t2Made.length];
    private final Cells[] t2Of = new Cells[t2Made.length];
    private static final int T2ROWS = T2Row.values().length;
    private static final int APPLICANTS = Claim.Applicant.values().length;

    private Narratives(Report report) {
        this.report = report;
        this.reading = Reading.of(report);
        this.narrative = reading.narrative();
        this.context = reading.context();
    }

    /**
     * The narrative of the report {@code out} is checking, read once per check: the first narrative rule of a
     * check reads it, the others get the same reading (handed on by the check, dropped with it).
     */
    static Narratives of(Report report, Findings out) {
        Narratives n = out.shared(Narratives.class, () -> new Narratives(report));
        return n.report == report ? n : new Narratives(report);
    }

    List<Claim> claims() {
        return reading.claims();
    }

    List<Statement> statements() {
        return reading.statements();
    }

    /** The sentences that are prose (table text left among the paragraphs is not). */
    List<Sentence> prose() {
        return reading.prose();
    }

    /** True for a report in the 2021 format (or of 2021 on when T1 gave no format). */
    boolean isF2021() {
        ReportFormat f = report.format();
        return f == ReportFormat.F2021
                || (f == ReportFormat.UNKNOWN || f == ReportFormat.MIXED) && report.year().isPresent()
                && report.year().getAsInt() >= 2021;
    }

    /**
     * {@link Quantity#t2(Cells, T2Row, Claim.Applicant, String, String)}, the same object when this check asked
     * for it before (the same row, applicant, names and cells: a quantity is a value made of them alone).
     */
    Quantity t2(Cells t2, T2Row row, Claim.Applicant applicant, String zh, String en) {
        int i = row.ordinal() * APPLICANTS + applicant.ordinal();
        Quantity q = t2Made[i];
        if (q == null || t2Of[i] != t2 || !t2Zh[i].equals(zh) || !t2En[i].equals(en)) {
            q = Quantity.t2(t2, row, applicant, zh, en);
            t2Made[i] = q;
            t2Of[i] = t2;
            t2Zh[i] = zh;
            t2En[i] = en;
        }
        return q;
    }

    /** The sentences of a section that report on 信息处理费. */
    List<Sentence> feeMentions(SectionId section) {
        if (fees == null) {
            fees = fees(narrative);
        }
        return fees.get(section.ordinal());
    }

    /** The sentences of each section that report on 信息处理费 (by section ordinal), in one pass. */
    private static List<List<Sentence>> fees(Narrative narrative) {
        List<List<Sentence>> out = new ArrayList<>();
        for (int i = 0; i < SectionId.values().length; i++) {
            out.add(new ArrayList<>());
        }
        for (Sentence s : narrative.sentences()) {
            if (s.section().isPresent() && mentionsFee(s.norm())) {
                out.get(s.section().get().ordinal()).add(s);
            }
        }
        return out;
    }

    /** {@code FEE_MENTION.matcher(n).find()}, with the words that decide it alone asked first. */
    static boolean mentionsFee(String n) {
        if (n.indexOf('费') < 0) {
            return false; // each word names 费
        }
        if (n.contains("处理费") || n.contains("收费通知")) {
            return true; // two of the words: found wherever they stand
        }
        return n.contains("收费") && FEE_MENTION.matcher(n).find(); // the others name 收费
    }

    static Quote quote(Sentence s) {
        return new Quote(s.text(), s.position());
    }

    static List<Quote> quotes(List<Sentence> sentences) {
        List<Quote> out = new ArrayList<>();
        List<Sentence> seen = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!seen.contains(s)) {
                seen.add(s);
                out.add(quote(s));
            }
        }
        return out;
    }

    /** The number of {@link #argument}s of a figure against a quantity. */
    private static final int ARGS = 6;

    /** The message arguments of a figure against a quantity, then {@code extra}. */
    static Object[] args(Claim c, Quantity q, Object... extra) {
        Object[] out = new Object[ARGS + extra.length];
        for (int i = 0; i < ARGS; i++) {
            out[i] = argument(c, q, i);
        }
        System.arraycopy(extra, 0, out, ARGS, extra.length);
        return out;
    }

    /** {@link #args} of a figure against a quantity, each made when the message is shown. */
    private static Object lazyArgs(Claim c, Quantity q) {
        return LazyList.arguments(ARGS, i -> argument(c, q, i));
    }

    /**
     * Message argument {@code i} of a figure against a quantity: the figure's words, the quantity's name and
     * value, the figure, their difference, the scope word.
     */
    private static Object argument(Claim c, Quantity q, int i) {
        BigDecimal claimed = c.value().orElse(null);
        switch (i) {
            case 0:
                return c.phrase();
            case 1:
                return q.name();
            case 2:
                return q.shown();
            case 3:
                return claimed == null ? "" : claimed.stripTrailingZeros().toPlainString();
            case 4: {
                BigDecimal table = q.value();
                return claimed != null && table != null
                        ? claimed.subtract(table).abs().stripTrailingZeros().toPlainString() : "";
            }
            default:
                return c.scope();
        }
    }

    /**
     * Holds a figure against a quantity and reports PASS, FAIL or UNCERTAIN with the keys {@code pass},
     * {@code fail}, {@code scope}, {@code blank}, {@code unreadable}, {@code missing} and {@code lost}.
     */
    static void judge(Findings out, Claim c, Quantity q) {
        List<Quote> quotes = List.of(quote(c.sentence()));
        List<CellRef> refs = q.refs();
        Object args = lazyArgs(c, q);
        if (q.missing()) {
            out.report(Status.NOT_ASSESSABLE, Responsibility.READING, "missing", refs, quotes, args);
            return;
        }
        if (c.value().isEmpty()) {
            out.report(Status.UNCERTAIN, "lost", refs, quotes, args);
            return;
        }
        BigDecimal table = q.value();
        if (table == null) {
            out.report(Status.UNCERTAIN, "unreadable", refs, quotes, args);
            return;
        }
        if (table.compareTo(c.value().get()) == 0) {
            out.report(Status.PASS, "pass", refs, quotes, args);
        } else if (c.wider()) {
            out.report(Status.UNCERTAIN, "scope", refs, quotes, args);
        } else if (q.blank) {
            out.report(Status.UNCERTAIN, "blank", refs, quotes, args);
        } else if (q.inferred()) {
            out.report(Status.UNCERTAIN, Responsibility.READING, "inferred", refs, quotes, args(c, q,
                    q.inferredCells()));
        } else {
            out.report(Status.FAIL, "fail", refs, quotes, args);
        }
    }

    /** Reports that the table a figure needs is missing. */
    static void noTable(Findings out, Claim c) {
        out.report(Status.NOT_ASSESSABLE, "noTable", List.of(), List.of(quote(c.sentence())), c.phrase());
    }
}
