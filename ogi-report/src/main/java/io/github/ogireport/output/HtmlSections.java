package io.github.ogireport.output;

import static io.github.ogireport.output.HtmlEscape.esc;

import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.text.Messages;
import io.github.ogireport.model.Heading;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The page's checklist of the six sections of one report, with the structure findings tied to them, and its outline. */
final class HtmlSections extends HtmlPart {
    HtmlSections(HtmlPart page) {
        super(page);
    }

    void sections(String prefix, Report report, HtmlMarks marks) {
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
     * or, for a finding that quotes nothing (S-SECTIONS), by the sections it names ({@link Finding#sections}).
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
            if (ids.isEmpty() && f.quotes().isEmpty()) {
                ids.addAll(f.sections()); // S-SECTIONS quotes nothing: the section its message names
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
}
