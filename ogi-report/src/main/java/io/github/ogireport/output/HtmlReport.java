package io.github.ogireport.output;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.Messages;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.Heading;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auditor's page ({@code ogi check --format html}): one self-contained HTML document for all the reports
 * checked. A summary first; then per report the three tables in the official layout of its format (merged
 * headers included, every cell showing its text as published), the findings, the narrative the rules quoted
 * with its figures marked, and the checklist of the six sections.
 *
 * <p>The page loads nothing and runs nothing: no script, the style sheet inline, and a Content-Security-Policy
 * that forbids every request. Everything taken from a report (file name, title, organ, headings, labels,
 * cells, sentences, messages) passes through {@link #esc}, in text and attribute values alike.
 *
 * <p>Cell marks. Every value cell carries {@code data-cell} with its path ({@code t2.NEW.NP}). A cell of a
 * FAIL finding at ERROR or WARNING is highlighted ({@code class="… fail error"} / {@code "… fail warning"});
 * a cell involved only in INFO findings (UNCERTAIN, NOT_ASSESSABLE, or an INFO rule such as T2-CELL naming
 * the most likely wrong cell) gets a dashed outline ({@code class="… note"}) instead. Both show the numbers
 * of their findings and the relations in their {@code title}. Blank, not-applicable, text and missing cells
 * have classes of their own ({@code blank}, {@code na}, {@code text}, {@code absent}) drawn differently
 * from a published 0.
 */
public final class HtmlReport {
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
            + "form-action 'none'; base-uri 'none'";
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?[%％]?");
    private static final String STYLE = loadStyle();

    private final Locale locale;
    private final boolean zh;
    private final Map<String, Rule> rules = new HashMap<>();
    private final String generator;
    private final StringBuilder b = new StringBuilder(64 * 1024);

    private HtmlReport(List<Rule> rules, String generator, Locale locale) {
        this.locale = locale;
        this.zh = "zh".equals(locale.getLanguage());
        this.generator = generator;
        for (Rule r : rules) {
            this.rules.put(r.id(), r);
        }
    }

    /**
     * The page for {@code results}, with the built-in rules' summaries.
     *
     * @param results the checked reports, in the order to show
     * @param locale {@code zh} for Chinese labels, anything else for English
     * @return the page, a complete HTML document
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
     * @return the page, a complete HTML document
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
        for (String key : List.of("no", "file", "verdict", "format", "year", "organ", "errors", "warnings", "info")) {
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
        }
        meta("summary.verdict", verdict(result) + (report.isReadable() ? " " + esc(t("report.counts",
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO))) : ""));
        b.append("</ul>\n");
        if (!report.isReadable()) {
            b.append("<p class=\"error\">").append(esc(t("report.unreadable", report.error().orElse(""))))
                    .append("</p>\n");
        } else {
            Marks marks = new Marks(prefix, result.shown(), locale);
            tables(report, marks);
            findings(prefix, result, marks);
            quotes(prefix, marks);
            sections(prefix, report, marks);
            problems(report);
        }
        b.append("<p class=\"top noprint\"><a href=\"#top\">").append(esc(t("report.top"))).append("</a></p>\n");
        b.append("</section>\n");
    }

    private void meta(String key, String valueHtml) {
        b.append("<li><span class=\"k\">").append(esc(t(key))).append("</span> ").append(valueHtml).append("</li>\n");
    }

    // ----------------------------------------------------------------------------------------- the tables

    private void tables(Report report, Marks marks) {
        b.append("<h3>").append(esc(t("tables.heading"))).append("</h3>\n");
        for (TableId id : TableId.values()) {
            StatTable table = report.table(id).orElse(null);
            boolean f2019 = id == TableId.T1 ? t1IsF2019(report, table) : id == TableId.T2 && t2IsF2019(report, table);
            b.append("<div class=\"table-block\">\n<h4>").append(esc(t("table." + id.name())));
            if (id != TableId.T3) {
                b.append(" <small>").append(esc(t("table.layout", f2019 ? "2019" : "2021"))).append("</small>");
            }
            b.append("</h4>\n");
            if (table == null) {
                b.append("<p class=\"missing\">").append(esc(t("tables.missing"))).append("</p>\n");
            }
            HtmlTables.Sink sink = new TableSink(table, marks);
            switch (id) {
                case T1:
                    HtmlTables.t1(b, f2019, sink);
                    break;
                case T2:
                    HtmlTables.t2(b, f2019, sink);
                    break;
                default:
                    HtmlTables.t3(b, sink);
            }
            b.append("</div>\n");
        }
        extraCells(report, marks);
    }

    /** T1 in the 2019 layout for an F2019 report, or for a mixed one whose T1 has more F2019 cells. */
    private static boolean t1IsF2019(Report report, StatTable table) {
        if (report.format() == ReportFormat.F2019 || report.format() == ReportFormat.F2021 || table == null) {
            return report.format() == ReportFormat.F2019;
        }
        int old = 0;
        int cells = 0;
        for (TableRow row : table.rows()) {
            for (ColumnId c : row.columns()) {
                cells++;
                old += HtmlTables.isF2019Column(c) ? 1 : 0;
            }
        }
        return old * 2 > cells;
    }

    /** T2 with the single row （六） of 2019 when the table has it and not the three sub-rows of 2021. */
    private static boolean t2IsF2019(Report report, StatTable table) {
        if (table == null) {
            return report.format() == ReportFormat.F2019;
        }
        boolean single = table.row(T2Row.R6).isPresent();
        boolean three = table.row(T2Row.R6_1).isPresent() || table.row(T2Row.R6_2).isPresent()
                || table.row(T2Row.R6_3).isPresent();
        return single == three ? report.format() == ReportFormat.F2019 : single;
    }

    /** Writes the report's cells into the official layout. */
    private final class TableSink implements HtmlTables.Sink {
        private final StatTable table;
        private final Marks marks;

        TableSink(StatTable table, Marks marks) {
            this.table = table;
            this.marks = marks;
        }

        @Override
        public void value(RowId row, ColumnId column, int colspan) {
            Cell cell = table == null ? null : table.cell(row, column).orElse(null);
            td(marks, path(row, column), cell, colspan);
        }

        @Override
        public void label(RowId row, String text, int colspan, int rowspan) {
            String published = table == null ? "" : table.row(row).map(TableRow::label).orElse("");
            b.append("<th scope=\"row\"").append(HtmlTables.span("colspan", colspan))
                    .append(HtmlTables.span("rowspan", rowspan));
            if (!published.isEmpty() && !normal(published).contains(normal(text))) {
                b.append(" class=\"relabelled\" title=\"").append(esc(t("cell.published", published))).append('"');
            }
            b.append('>').append(esc(text)).append("</th>");
        }
    }

    /** One value cell: the published text, its kind, its marks and the numbers of its findings. */
    private void td(Marks marks, String path, Cell cell, int colspan) {
        marks.rendered.add(path);
        String kind;
        String content;
        if (cell == null) {
            kind = "absent";
            content = "<span class=\"ph\">" + esc(t("cell.absent")) + "</span>";
        } else if (cell instanceof Cell.Blank) {
            kind = "blank";
            content = "<span class=\"ph\">" + esc(t("cell.blank")) + "</span>";
        } else {
            kind = cell instanceof Cell.NotApplicable ? "na" : cell instanceof Cell.Text ? "text" : "num";
            content = esc(cell.raw().strip());
        }
        StringBuilder title = new StringBuilder(path);
        if (cell != null && !(cell.position() instanceof SourcePosition.Unknown)) {
            title.append(" · ").append(cell.position().describe(zh));
        }
        for (String tip : marks.tips.getOrDefault(path, List.of())) {
            title.append('\n').append(tip);
        }
        b.append("<td id=\"").append(esc(marks.prefix + "-c-" + path)).append("\" data-cell=\"").append(esc(path))
                .append("\" class=\"v ").append(kind).append(marks.markClass(path)).append('"')
                .append(HtmlTables.span("colspan", colspan)).append(" title=\"").append(esc(title.toString()))
                .append("\">").append(content);
        List<Integer> refs = marks.refs.getOrDefault(path, List.of());
        if (!refs.isEmpty()) {
            b.append("<sup class=\"refs\">");
            for (int n : refs) {
                b.append("<a href=\"#").append(marks.prefix).append("-f").append(n).append("\">").append(marker(n))
                        .append("</a>");
            }
            b.append("</sup>");
        }
        b.append("</td>");
    }

    /** Cells the official layout has no place for (a mixed format, a finding on a row of the other format). */
    private void extraCells(Report report, Marks marks) {
        Map<String, Cell> extra = new LinkedHashMap<>();
        for (TableId id : TableId.values()) {
            for (TableRow row : report.table(id).map(StatTable::rows).orElse(List.of())) {
                for (int i = 0; i < row.cells().size(); i++) {
                    String path = path(row.id(), row.columns().get(i));
                    if (!marks.rendered.contains(path)) {
                        extra.put(path, row.cells().get(i));
                    }
                }
            }
        }
        for (String path : marks.refs.keySet()) {
            if (!marks.rendered.contains(path) && !extra.containsKey(path)) {
                extra.put(path, null);
            }
        }
        if (extra.isEmpty()) {
            return;
        }
        b.append("<div class=\"table-block\">\n<h4>").append(esc(t("tables.extra"))).append("</h4>\n");
        b.append("<table class=\"stat extra\">\n<thead><tr><th>").append(esc(t("tables.extraPath")))
                .append("</th><th>").append(esc(t("tables.extraRaw"))).append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Cell> e : extra.entrySet()) {
            b.append("<tr><th scope=\"row\"><code>").append(esc(e.getKey())).append("</code></th>");
            td(marks, e.getKey(), e.getValue(), 1);
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n");
    }

    // --------------------------------------------------------------------------------------- the findings

    private void findings(String prefix, CheckResult result, Marks marks) {
        b.append("<h3>").append(esc(t("findings.heading"))).append("</h3>\n");
        List<Finding> shown = result.shown();
        if (shown.isEmpty()) {
            b.append("<p class=\"none\">").append(esc(t("findings.none"))).append("</p>\n");
            return;
        }
        b.append("<table class=\"grid findings\">\n<thead><tr>");
        for (String key : List.of("no", "severity", "status", "rule", "message", "cells")) {
            b.append("<th>").append(esc(t("findings." + key))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < shown.size(); i++) {
            Finding f = shown.get(i);
            int n = i + 1;
            String severity = f.status() == Status.PASS ? "PASS" : f.severity().name();
            b.append("<tr id=\"").append(prefix).append("-f").append(n).append("\" class=\"sev-").append(severity)
                    .append(" st-").append(f.status().name()).append("\">");
            b.append("<td class=\"no\">").append(marker(n)).append("</td>");
            b.append("<td class=\"nowrap\"><span class=\"badge sev-").append(severity).append("\">")
                    .append(esc(t("severity." + f.severity().name()))).append("</span></td>");
            b.append("<td class=\"nowrap\">").append(esc(t("status." + f.status().name()))).append("</td>");
            Rule rule = rules.get(f.ruleId());
            b.append("<td class=\"nowrap\"><code").append(rule == null ? "" : " title=\"" + esc(rule.summary(locale)) + "\"")
                    .append('>').append(esc(f.ruleId())).append("</code></td>");
            b.append("<td>").append(esc(f.message(locale)));
            List<Integer> quoteNumbers = marks.quotesOf.getOrDefault(n, List.of());
            for (int q : quoteNumbers) {
                b.append("<div class=\"qref\"><a href=\"#").append(prefix).append("-q").append(q).append("\">")
                        .append(esc(t("findings.quote", "[" + q + "]"))).append("</a></div>");
            }
            b.append("</td>\n<td class=\"where\">");
            for (CellRef c : f.cells()) {
                b.append("<div><a href=\"#").append(esc(prefix + "-c-" + c.path())).append("\"><code>")
                        .append(esc(c.path())).append("</code></a>");
                if (!c.raw().isBlank()) {
                    b.append(" <span class=\"raw\">").append(esc(c.raw().strip())).append("</span>");
                }
                position(c.position());
                b.append("</div>");
            }
            if (f.cells().isEmpty()) {
                for (Quote q : f.quotes()) {
                    b.append("<div>");
                    position(q.position());
                    b.append("</div>");
                }
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private void position(SourcePosition p) {
        if (!(p instanceof SourcePosition.Unknown)) {
            b.append(" <span class=\"pos\">").append(esc(p.describe(zh))).append("</span>");
        }
    }

    /** The sentences the rules quoted, once each, with their figures marked. */
    private void quotes(String prefix, Marks marks) {
        b.append("<h3>").append(esc(t("quotes.heading"))).append("</h3>\n");
        if (marks.quotes.isEmpty()) {
            b.append("<p class=\"none\">").append(esc(t("quotes.none"))).append("</p>\n");
            return;
        }
        int q = 0;
        for (Map.Entry<Quote, List<Integer>> e : marks.quotes.entrySet()) {
            q++;
            b.append("<figure class=\"quote\" id=\"").append(prefix).append("-q").append(q).append("\">\n<blockquote>")
                    .append(markFigures(e.getKey().text())).append("</blockquote>\n<figcaption>[").append(q)
                    .append(']');
            position(e.getKey().position());
            b.append(" · ").append(esc(t("quotes.usedBy"))).append(findingLinks(prefix, e.getValue()))
                    .append("</figcaption>\n</figure>\n");
        }
    }

    /** The text, escaped, with every figure in a {@code <mark>}. */
    static String markFigures(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = FIGURE.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(esc(text.substring(at, m.start()))).append("<mark>").append(esc(m.group())).append("</mark>");
            at = m.end();
        }
        return out.append(esc(text.substring(at))).toString();
    }

    private String findingLinks(String prefix, List<Integer> numbers) {
        StringBuilder out = new StringBuilder();
        for (int n : numbers) {
            out.append("<a href=\"#").append(prefix).append("-f").append(n).append("\">").append(marker(n))
                    .append("</a>");
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------- the six sections

    private void sections(String prefix, Report report, Marks marks) {
        b.append("<h3>").append(esc(t("sections.heading"))).append("</h3>\n");
        Map<SectionId, Set<Integer>> attached = new LinkedHashMap<>();
        Set<Integer> unattached = new TreeSet<>();
        structureFindings(report, marks.shown, attached, unattached);
        List<Section> found = report.sections();
        b.append("<table class=\"grid sections\">\n<thead><tr>");
        for (String key : List.of("part", "status", "published", "position", "numeral", "order", "findings")) {
            b.append("<th>").append(esc(t("sections." + key))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (SectionId id : SectionId.values()) {
            Section s = report.section(id).orElse(null);
            Set<Integer> numbers = attached.getOrDefault(id, Set.of());
            b.append("<tr class=\"").append(s == null ? "missing" : "present")
                    .append(numbers.isEmpty() ? "" : " flagged").append("\"><td lang=\"zh-CN\">")
                    .append(esc(id.heading()));
            if (!zh) {
                b.append(" <small lang=\"en\">").append(esc(Messages.format(locale, "section." + id.name())))
                        .append("</small>");
            }
            b.append("</td>");
            if (s == null) {
                b.append("<td><span class=\"badge sev-ERROR\">✗ ").append(esc(t("sections.missing")))
                        .append("</span></td><td></td><td></td><td></td><td></td>");
            } else {
                b.append("<td><span class=\"badge ok\">✓ ").append(esc(t("sections.present"))).append("</span></td>");
                b.append("<td>").append(esc(s.heading())).append("</td><td>");
                position(s.position());
                b.append("</td><td>").append(esc(numeral(report, id))).append("</td>");
                boolean inOrder = found.indexOf(s) == rank(found, id)
                        && numbers.stream().noneMatch(n -> marks.shown.get(n - 1).ruleId().equals("S-ORDER"));
                b.append("<td class=\"").append(inOrder ? "ok" : "bad").append("\">")
                        .append(inOrder ? "✓ " : "✗ ").append(esc(t(inOrder ? "sections.inOrder" : "sections.outOfOrder")))
                        .append("</td>");
            }
            b.append("<td>").append(findingLinks(prefix, new ArrayList<>(numbers))).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        if (!unattached.isEmpty()) {
            b.append("<p>").append(esc(t("sections.other"))).append(findingLinks(prefix, new ArrayList<>(unattached)))
                    .append("</p>\n");
        }
        outline(report);
    }

    /**
     * Ties the structure findings (S-SECTIONS, S-HEADING, S-ORDER) to sections: by the headings they quote,
     * or for S-SECTIONS, which quotes nothing, by the section named in its Chinese message.
     */
    private static void structureFindings(Report report, List<Finding> shown, Map<SectionId, Set<Integer>> attached,
            Set<Integer> unattached) {
        for (int i = 0; i < shown.size(); i++) {
            Finding f = shown.get(i);
            if (!List.of("S-SECTIONS", "S-HEADING", "S-ORDER").contains(f.ruleId()) || f.status() == Status.PASS) {
                continue;
            }
            Set<SectionId> ids = new LinkedHashSet<>();
            for (Quote q : f.quotes()) {
                for (Heading h : report.outline()) {
                    if (h.section().isPresent() && h.position().equals(q.position()) && h.text().equals(q.text())) {
                        ids.add(h.section().get());
                    }
                }
            }
            if (ids.isEmpty() && f.ruleId().equals("S-SECTIONS")) {
                for (SectionId id : SectionId.values()) {
                    if (f.messageZh().contains("“" + id.heading() + "”")) {
                        ids.add(id);
                    }
                }
            }
            if (ids.isEmpty()) {
                unattached.add(i + 1);
            }
            for (SectionId id : ids) {
                attached.computeIfAbsent(id, k -> new TreeSet<>()).add(i + 1);
            }
        }
    }

    /** The ordinal the section's top-level heading carries as published, or a note when it has none. */
    private String numeral(Report report, SectionId id) {
        for (Heading h : report.outline()) {
            if (h.section().equals(Optional.of(id))) {
                if (h.level() == Heading.Level.SUB || h.level() == Heading.Level.NUMBERED) {
                    return t("sections.subHeading");
                }
                return h.numeral().isEmpty() ? "—" : h.numeral();
            }
        }
        return "—";
    }

    /** Where the section would stand among the sections found if they were in the format's order. */
    private static int rank(List<Section> found, SectionId id) {
        int rank = 0;
        for (Section s : found) {
            if (s.id().ordinal() < id.ordinal()) {
                rank++;
            }
        }
        return rank;
    }

    /** The top-level headings (and any heading taken for a section), in document order. */
    private void outline(Report report) {
        b.append("<h4>").append(esc(t("outline.heading"))).append("</h4>\n");
        List<Heading> shown = new ArrayList<>();
        for (Heading h : report.outline()) {
            if (h.level() == Heading.Level.TOP || h.section().isPresent()) {
                shown.add(h);
            }
        }
        if (shown.isEmpty()) {
            b.append("<p class=\"none\">").append(esc(t("outline.none"))).append("</p>\n");
            return;
        }
        b.append("<ol class=\"outline\">\n");
        for (Heading h : shown) {
            b.append("<li class=\"level-").append(h.level().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(esc(h.text()));
            position(h.position());
            if (h.section().isPresent()) {
                b.append(" <span class=\"maps\">→ ").append(esc(h.section().get().heading())).append("</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
    }

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

    // ------------------------------------------------------------------------------------------- helpers

    /** The marks of one report's cells: which findings involve each cell, and how strongly. */
    static final class Marks {
        final String prefix;
        final List<Finding> shown;
        /** Cell path → numbers of the non-PASS findings that involve it. */
        final Map<String, List<Integer>> refs = new LinkedHashMap<>();
        /** Cell path → 0 error, 1 warning, 2 info: the strongest mark. */
        final Map<String, Integer> level = new HashMap<>();
        /** Cell path → one line per finding, for the cell's title. */
        final Map<String, List<String>> tips = new HashMap<>();
        /** Quoted sentence → numbers of the findings quoting it, in order of first use. */
        final Map<Quote, List<Integer>> quotes = new LinkedHashMap<>();
        /** Quoted sentence → its number, from 1. */
        final Map<Quote, Integer> quoteNumbers = new HashMap<>();
        /** Finding number → numbers of its quotes. */
        final Map<Integer, List<Integer>> quotesOf = new HashMap<>();
        /** The paths written so far. */
        final Set<String> rendered = new LinkedHashSet<>();

        Marks(String prefix, List<Finding> shown, Locale locale) {
            this.prefix = prefix;
            this.shown = shown;
            for (int i = 0; i < shown.size(); i++) {
                Finding f = shown.get(i);
                int n = i + 1;
                for (Quote q : f.quotes()) {
                    if (!quotes.containsKey(q)) {
                        quotes.put(q, new ArrayList<>());
                        quoteNumbers.put(q, quotes.size());
                    }
                    quotes.get(q).add(n);
                    quotesOf.computeIfAbsent(n, k -> new ArrayList<>()).add(quoteNumbers.get(q));
                }
                if (f.status() == Status.PASS) {
                    continue;
                }
                int mark = f.status() != Status.FAIL || f.severity() == Severity.INFO ? 2
                        : f.severity() == Severity.ERROR ? 0 : 1;
                Set<String> paths = new LinkedHashSet<>();
                for (CellRef c : f.cells()) {
                    paths.add(c.path());
                }
                for (String path : paths) {
                    refs.computeIfAbsent(path, k -> new ArrayList<>()).add(n);
                    level.merge(path, mark, Math::min);
                    tips.computeIfAbsent(path, k -> new ArrayList<>())
                            .add(marker(n) + " " + f.ruleId() + " " + f.message(locale));
                }
            }
        }

        /** The class suffix of a cell: {@code " fail error"}, {@code " fail warning"}, {@code " note"} or "". */
        String markClass(String path) {
            Integer mark = level.get(path);
            if (mark == null) {
                return "";
            }
            return mark == 0 ? " fail error" : mark == 1 ? " fail warning" : " note";
        }
    }

    /** The finding number as shown on cells: ① to ⑳, then [21], [22]… */
    static String marker(int n) {
        return n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : "[" + n + "]";
    }

    private String verdict(CheckResult result) {
        return "<span class=\"badge v-" + result.verdict().name() + "\">" + esc(FindingsText.verdict(result, zh))
                + "</span>";
    }

    private String year(Report report) {
        return report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : t("report.unknown");
    }

    private static String path(RowId row, ColumnId column) {
        return row.table().key() + "." + row.id() + "." + column.id();
    }

    /** For comparing labels: NFKC (full-width brackets and colons to ASCII), no white space, no separators. */
    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s|]+", "");
    }

    private String t(String key, Object... args) {
        return Messages.formatIn(Messages.HTML, locale, key, args);
    }

    /**
     * Escapes text for HTML, in element content and in double- or single-quoted attribute values alike:
     * {@code & < > " '} become references; control characters (not allowed in HTML) become U+FFFD.
     *
     * @param s any text (null gives "")
     * @return the text with HTML's special characters escaped
     */
    public static String esc(String s) {
        Objects.requireNonNull(s, "s");
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F);
                    out.append(control ? '\uFFFD' : c);
            }
        }
        return out.toString();
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
