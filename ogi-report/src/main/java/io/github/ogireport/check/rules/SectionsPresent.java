package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.Heading;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.TableId;
import java.util.List;
import java.util.Optional;

/**
 * S-SECTIONS: the six sections of the format are all present (domain-spec §3, X-9). A section is not called
 * missing when the text was cut off before it ({@link TextEnd}), when its table is there though no heading
 * for it was recognised, or when a top-level heading stands where its numeral puts it (一、概述 for
 * 一、总体情况): those are UNCERTAIN, for a person to look at.
 */
final class SectionsPresent extends Rule {
    SectionsPresent() {
        super("S-SECTIONS", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        boolean[] found = new boolean[SectionId.values().length]; // report.section(id) for each id, in one pass
        for (Section s : report.sections()) {
            found[s.id().ordinal()] = true;
        }
        for (SectionId id : SectionId.values()) {
            if (found[id.ordinal()]) {
                out.pass("pass", List.of(), id);
            } else if (TextEnd.of(report, out).cutBefore(id)) { // asked only of a report missing a section
                out.report(Status.UNCERTAIN, Responsibility.READING, "cut", List.of(), List.of(), id,
                        TextEnd.of(report, out).lastFound(true));
            } else if (tableOf(id).isPresent() && report.table(tableOf(id).get()).isPresent()) {
                out.uncertain("untitled", List.of(), id, tableOf(id).get());
            } else if (numberedAt(report, id) != null) {
                out.uncertain("otherTitle", List.of(), id, numberedAt(report, id));
            } else {
                out.fail("fail", List.of(), id);
            }
        }
    }

    private static Optional<TableId> tableOf(SectionId id) {
        for (TableId t : TableId.values()) {
            if (t.section() == id) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** A top-level heading with the section's numeral not taken for any standard section, or null. */
    private static String numberedAt(Report report, SectionId id) {
        for (Heading h : report.outline()) {
            if (h.level() == Heading.Level.TOP && h.numeral().equals(id.numeral()) && h.section().isEmpty()) {
                return h.text();
            }
        }
        return null;
    }
}
