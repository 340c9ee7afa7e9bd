package io.github.ogireport.output;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.internal.text.Messages;
import io.github.ogireport.model.Completeness;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Severity;
import io.github.ogireport.internal.text.Messages;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SourcePosition;
import java.util.Locale;

/**
 * The checker's text output for people: per report a verdict line first, then each finding with its
 * severity, rule, cell or sentence, where it stood, and the message.
 */
public final class FindingsText {
    private FindingsText() {
    }

    /**
     * One report's block, ending in a line break.
     *
     * @param result the checked report
     * @param locale {@code zh} for Chinese, anything else for English
     * @return the findings as text, one per line
     */
    public static String render(CheckResult result, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        Report report = result.report();
        StringBuilder out = new StringBuilder();
        out.append(verdict(result, zh)).append("  ").append(report.source());
        if (report.isReadable()) {
            out.append("  ").append(completeness(report.completeness(), locale));
        }
        out.append('\n');
        if (!report.isReadable()) {
            out.append("  ").append(Messages.format(locale, "text.unreadable", report.error().orElse(""))).append('\n');
            return io.github.ogireport.internal.Printable.text(out.toString());
        }
        out.append("  ").append(Messages.format(locale, "text.report", report.agency().orElse("?"),
                report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : "?", report.format().name()))
                .append("  ").append(counts(result, zh)).append('\n');
        fileProblems(report, locale, out);
        for (Finding f : result.shown()) {
            out.append("  ").append(pad(f.severity().name(), 7)).append(' ').append(pad(f.status().name(), 9))
                    .append(' ').append(pad(f.ruleId(), 10)).append(' ');
            if (f.responsibility() != Responsibility.NONE) {
                out.append('[').append(responsibility(f.responsibility(), locale)).append("] ");
            }
            String where = where(f, zh);
            if (!where.isEmpty()) {
                out.append(where).append("  ");
            }
            out.append(clip(f.message(locale))).append('\n');
            for (Quote q : f.quotes()) {
                out.append("      ").append(Messages.format(locale, "text.quote")).append(" [").append(q.position().describe(zh))
                        .append("] ").append(clip(q.text())).append('\n');
            }
        }
        return io.github.ogireport.internal.Printable.text(out.toString());
    }

    /**
     * The problems that concern the whole file (a damaged document, a charset decided on evidence): shown
     * here, since no rule reports them and every figure read from such a file deserves doubt.
     */
    static void fileProblems(Report report, Locale locale, StringBuilder out) {
        for (io.github.ogireport.model.ParseProblem p : report.problems()) {
            if (p.kind() == io.github.ogireport.model.ParseProblem.Kind.DAMAGED
                    || p.kind() == io.github.ogireport.model.ParseProblem.Kind.ENCODING) {
                out.append("  ! ").append(p.message(locale)).append('\n');
            }
        }
    }

    /** The longest message or quote printed whole: a cell of two million digits is not printed ten times. */
    static final int MAX_SHOWN = 1_000;

    /** {@code s}, cut at {@link #MAX_SHOWN} characters with a mark saying how long it was (JSON has it whole). */
    static String clip(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "… (" + s.length() + " characters)";
    }

    static String verdict(CheckResult result, boolean zh) {
        switch (result.verdict()) {
            case FAILED:
                return Messages.format(lang(zh), "verdict.FAILED");
            case ATTENTION:
                return Messages.format(lang(zh), "verdict.ATTENTION");
            case UNREADABLE:
                return Messages.format(lang(zh), "verdict.UNREADABLE");
            default:
                return Messages.format(lang(zh), "verdict.PASSED");
        }
    }

    /**
     * The reading's completeness in one phrase, e.g. {@code 读取完整度 98%（3 格未按标签读取）} or {@code read 100%}.
     *
     * @param c      the completeness
     * @param locale {@code zh} for Chinese, anything else for English
     * @return the phrase: the percentage, and for a partial reading the counts of cells not read, absent and
     *         inferred
     */
    public static String completeness(Completeness c, Locale locale) {
        int notRead = c.formatCells() - c.read();
        return notRead == 0 ? Messages.format(locale, "reading.complete", c.percent())
                : Messages.format(locale, "reading.partial", c.percent(), notRead, c.absent().size(),
                        c.inferred().size());
    }

    /**
     * The responsibility's short name: 报告 / 读取, source / reading.
     *
     * @param r      the responsibility
     * @param locale {@code zh} for Chinese, anything else for English
     * @return the name
     */
    public static String responsibility(Responsibility r, Locale locale) {
        return Messages.format(locale, "responsibility." + r.name());
    }

    static String counts(CheckResult result, boolean zh) {
        return Messages.format(lang(zh), "text.counts", String.valueOf(result.count(Severity.ERROR)),
                String.valueOf(result.count(Severity.WARNING)), String.valueOf(result.count(Severity.INFO)));
    }

    /** The first cell with its position, e.g. {@code t2.NEW.NP@第31行第3列}, or the first quote's position. */
    private static String where(Finding f, boolean zh) {
        if (!f.cells().isEmpty()) {
            CellRef c = f.cells().get(0);
            String more = f.cells().size() > 1 ? " " + Messages.format(lang(zh), "text.moreCells",
                    String.valueOf(f.cells().size()), String.valueOf(f.cells().size() - 1)) : "";
            return c.path() + (c.position() instanceof SourcePosition.Unknown ? "" : "@" + c.position().describe(zh))
                    + more;
        }
        return "";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static Locale lang(boolean zh) {
        return zh ? Locale.CHINESE : Locale.ROOT;
    }
}
