package io.github.ogireport.output;

import static io.github.ogireport.output.HtmlEscape.esc;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Status;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page's findings of one report, numbered, and the sentences they quote with their figures marked. */
final class HtmlFindings extends HtmlPart {
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?[%％]?");

    private final Map<String, Rule> rules;

    HtmlFindings(HtmlPart page, Map<String, Rule> rules) {
        super(page);
        this.rules = rules;
    }

    void findings(String prefix, CheckResult result, HtmlMarks marks) {
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

    /** The sentences the rules quoted, once each, with their figures marked. */
    void quotes(String prefix, HtmlMarks marks) {
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
}
