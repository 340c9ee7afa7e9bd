package io.github.ogireport.output;

import static io.github.ogireport.output.HtmlEscape.esc;

import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Severity;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Completeness;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The auditor's page ({@code ogi check --format html}): one self-contained HTML document for all the reports
 * checked. A summary first; then per report the three tables in the official layout of its format (merged
 * headers included, every cell showing its text as published: {@link HtmlCells}), the findings and the
 * narrative the rules quoted with its figures marked ({@link HtmlFindings}), and the checklist of the six
 * sections ({@link HtmlSections}). This class writes the page around them: head, summary, legend, each
 * report's header and parse problems.
 *
 * <p>The page loads nothing and runs nothing: no script, the style sheet inline, and a Content-Security-Policy
 * that forbids every request. Everything taken from a report (file name, title, organ, headings, labels,
 * cells, sentences, messages) passes through {@link HtmlEscape#esc}, in text and attribute values alike.
 *
 * <p>Cell marks. Every value cell carries {@code data-cell} with its path ({@code t2.NEW.NP}). A cell of a
 * FAIL finding at ERROR or WARNING is highlighted ({@code class="… fail error"} / {@code "… fail warning"});
 * a cell involved only in INFO findings (UNCERTAIN, NOT_ASSESSABLE, or an INFO rule such as T2-CELL naming
 * the most likely wrong cell) gets a dashed outline ({@code class="… note"}) instead. Both show the numbers
 * of their findings and the relations in their {@code title}. Blank, not-applicable, text and missing cells
 * have classes of their own ({@code blank}, {@code na}, {@code text}, {@code absent}) drawn differently
 * from a published 0.
 */
public final class HtmlReport extends HtmlPart {
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
            + "form-action 'none'; base-uri 'none'";
    private static final String STYLE = loadStyle();

    private final Map<String, Rule> rules = new HashMap<>();
    private final String generator;

    private HtmlReport(List<Rule> rules, String generator, Locale locale) {
        super(new StringBuilder(64 * 1024), locale);
        this.generator = generator;
        for (Rule r : rules) {
            this.rules.put(r.id(), r);
        }
    }

    /**
     * The page for {@code results}, with the built-in rules' summaries.
     *
     * @param results the checked reports, in the order to show
     * @param locale  {@code zh} for Chinese labels, anything else for English
     * @return the HTML document
     */
    public static String render(List<CheckResult> results, Locale locale) {
        return render(results, RuleRegistry.builtIn().rules(), "ogi-report", locale);
    }

    /**
     * The page for {@code results}.
     *
     * @param results   the checked reports, in the order to show
     * @param rules     the rules run (their summaries show on hover)
     * @param generator the name and version of the program, shown in the page's header
     * @param locale    {@code zh} for Chinese labels, anything else for English
     * @return the HTML document
     */
    public static String render(List<CheckResult> results, List<Rule> rules, String generator, Locale locale) {
        return new HtmlReport(rules, generator, locale).page(results);
    }

    // ---------------------------------------------------------------------------------------------- page

    private String page(List<CheckResult> results) {
        b.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n");
        b.append("<meta charset=\"utf-8\">\n");
        b.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(esc(CSP)).append("\">\n");
        b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        b.append("<meta name=\"generator\" content=\"").append(esc(generator)).append("\">\n");
        b.append("<title>").append(esc(t("page.title"))).append("</title>\n");
        b.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        b.append("<header id=\"top\">\n<h1>").append(esc(t("page.title"))).append("</h1>\n");
        b.append("<p class=\"sub\">").append(esc(t("page.reports", results.size()))).append(" · ")
                .append(esc(t("page.generated", generator))).append("</p>\n</header>\n");
        summary(results);
        legend();
        for (int i = 0; i < results.size(); i++) {
            report(i + 1, results.get(i));
        }
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private void summary(List<CheckResult> results) {
        b.append("<section id=\"summary\">\n<h2>").append(esc(t("summary.heading"))).append("</h2>\n");
        b.append("<table class=\"grid summary\">\n<thead><tr>");
        for (String key : List.of("no", "file", "verdict", "format", "year", "organ", "reading", "errors", "warnings",
                "info")) {
            b.append("<th>").append(esc(t("summary." + key))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < results.size(); i++) {
            CheckResult result = results.get(i);
            Report report = result.report();
            boolean readable = report.isReadable();
            b.append("<tr><td class=\"n\">").append(i + 1).append("</td>");
            b.append("<td><a href=\"#r").append(i + 1).append("\">").append(esc(report.source())).append("</a></td>");
            b.append("<td>").append(verdict(result)).append("</td>");
            b.append("<td>").append(readable ? esc(report.format().name()) : "—").append("</td>");
            b.append("<td>").append(readable ? esc(year(report)) : "—").append("</td>");
            b.append("<td>").append(readable ? esc(report.agency().orElse(t("report.unknown"))) : "—").append("</td>");
            b.append("<td class=\"n\">").append(readable ? esc(report.completeness().percent() + "%") : "—")
                    .append("</td>");
            for (Severity s : Severity.values()) {
                long n = result.count(s);
                b.append("<td class=\"n").append(n > 0 ? " sev-" + s.name() : "").append("\">")
                        .append(readable ? String.valueOf(n) : "—").append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</section>\n");
    }

    private void legend() {
        b.append("<section class=\"legend\">\n<h2>").append(esc(t("legend.heading"))).append("</h2>\n<ul>\n");
        legendItem("v num fail error", "12", "legend.error");
        legendItem("v num fail warning", "12", "legend.warning");
        legendItem("v num note", "12", "legend.note");
        legendItem("v num", "0", "legend.zero");
        legendItem("v blank", "<span class=\"ph\">" + esc(t("cell.blank")) + "</span>", "legend.blank");
        legendItem("v na", "/", "legend.na");
        legendItem("v text", esc("—"), "legend.text");
        legendItem("v absent", "<span class=\"ph\">" + esc(t("cell.absent")) + "</span>", "legend.absent");
        legendItem("v num inferred", "3", "legend.inferred");
        b.append("<li class=\"refs-note\">").append(esc(t("legend.refs"))).append("</li>\n</ul>\n</section>\n");
    }

    private void legendItem(String cls, String sampleHtml, String key) {
        b.append("<li><span class=\"sample ").append(cls).append("\">").append(sampleHtml).append("</span> ")
                .append(esc(t(key))).append("</li>\n");
    }

    // ------------------------------------------------------------------------------------------ a report

    private void report(int index, CheckResult result) {
        Report report = result.report();
        String prefix = "r" + index;
        b.append("<section class=\"report\" id=\"").append(prefix).append("\" data-verdict=\"")
                .append(result.verdict().name()).append("\">\n");
        b.append("<h2><span class=\"no\">").append(index).append("</span> ")
                .append(esc(report.title().orElse(report.source()))).append("</h2>\n");
        b.append("<ul class=\"meta\">\n");
        meta("report.file", esc(report.source()));
        if (report.isReadable()) {
            meta("report.organ", esc(report.agency().orElse(t("report.unknown"))));
            meta("report.year", esc(year(report)));
            meta("report.format", esc(report.format().name()));
            Completeness c = report.completeness();
            meta("summary.reading", esc(c.isComplete() ? t("report.readingComplete", c.percent())
                    : t("report.reading", c.percent(), String.join(", ", c.notRead()))));
        }
        meta("summary.verdict", verdict(result) + (report.isReadable() ? " " + esc(t("report.counts",
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO))) : ""));
        b.append("</ul>\n");
        if (!report.isReadable()) {
            b.append("<p class=\"error\">").append(esc(t("report.unreadable", report.error().orElse(""))))
                    .append("</p>\n");
        } else {
            HtmlMarks marks = new HtmlMarks(prefix, result.shown(), locale);
            new HtmlCells(this).tables(report, marks);
            HtmlFindings findings = new HtmlFindings(this, rules);
            findings.findings(prefix, result, marks);
            findings.quotes(prefix, marks);
            new HtmlSections(this).sections(prefix, report, marks);
            problems(report);
        }
        b.append("<p class=\"top noprint\"><a href=\"#top\">").append(esc(t("report.top"))).append("</a></p>\n");
        b.append("</section>\n");
    }

    private void meta(String key, String valueHtml) {
        b.append("<li><span class=\"k\">").append(esc(t(key))).append("</span> ").append(valueHtml).append("</li>\n");
    }

    // --------------------------------------------------------------------------------------- the findings

    private void problems(Report report) {
        if (report.problems().isEmpty()) {
            return;
        }
        b.append("<h3>").append(esc(t("problems.heading"))).append("</h3>\n<ul class=\"problems\">\n");
        for (ParseProblem p : report.problems()) {
            b.append("<li>").append(esc(p.message(locale)));
            position(p.position());
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private String verdict(CheckResult result) {
        return "<span class=\"badge v-" + result.verdict().name() + "\">" + esc(FindingsText.verdict(result, zh))
                + "</span>";
    }

    private String year(Report report) {
        return report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : t("report.unknown");
    }

    private static String loadStyle() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
