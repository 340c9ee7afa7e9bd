package io.github.ogireport.output;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Severity;
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
        out.append(verdict(result, zh)).append("  ").append(report.source()).append('\n');
        if (!report.isReadable()) {
            out.append("  ").append(zh ? "无法读取：" : "unreadable: ").append(report.error().orElse("")).append('\n');
            return out.toString();
        }
        out.append("  ").append(zh ? "机关 " : "organ ").append(report.agency().orElse("?"))
                .append(zh ? "  年度 " : "  year ")
                .append(report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : "?")
                .append(zh ? "  格式 " : "  format ").append(report.format())
                .append("  ").append(counts(result, zh)).append('\n');
        for (Finding f : result.shown()) {
            out.append("  ").append(pad(f.severity().name(), 7)).append(' ').append(pad(f.status().name(), 9))
                    .append(' ').append(pad(f.ruleId(), 10)).append(' ');
            String where = where(f, zh);
            if (!where.isEmpty()) {
                out.append(where).append("  ");
            }
            out.append(f.message(locale)).append('\n');
            for (Quote q : f.quotes()) {
                out.append("      ").append(zh ? "原文" : "text").append(" [").append(q.position().describe(zh))
                        .append("] ").append(q.text()).append('\n');
            }
        }
        return out.toString();
    }

    static String verdict(CheckResult result, boolean zh) {
        switch (result.verdict()) {
            case FAILED:
                return zh ? "✗ 不通过" : "✗ FAILED";
            case ATTENTION:
                return zh ? "? 需关注" : "? ATTENTION";
            case UNREADABLE:
                return zh ? "! 无法读取" : "! UNREADABLE";
            default:
                return zh ? "✓ 通过" : "✓ PASSED";
        }
    }

    static String counts(CheckResult result, boolean zh) {
        return (zh ? "错误 " : "errors ") + result.count(Severity.ERROR)
                + (zh ? "  警告 " : "  warnings ") + result.count(Severity.WARNING)
                + (zh ? "  提示 " : "  info ") + result.count(Severity.INFO);
    }

    /** The first cell with its position, e.g. {@code t2.NEW.NP@第31行第3列}, or the first quote's position. */
    private static String where(Finding f, boolean zh) {
        if (!f.cells().isEmpty()) {
            CellRef c = f.cells().get(0);
            String more = f.cells().size() > 1 ? (zh ? " 等" + f.cells().size() + "格" : " +" + (f.cells().size() - 1)) : "";
            return c.path() + (c.position() instanceof SourcePosition.Unknown ? "" : "@" + c.position().describe(zh))
                    + more;
        }
        return "";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
