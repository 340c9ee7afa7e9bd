package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.TableId;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the text of a report ends, in the order of the format: sections 一 and 二, T1's rows, section 三, T2's
 * rows, section 四, T3's rows, sections 五 and 六. A text that stops before section 五 with nothing of the
 * format after its last part found was cut off (a page archive, a partial copy, a conversion that stopped):
 * what would follow is absent from the text, not missing from the report, and no rule says the report lacks
 * it. A part missing before the last part found is missing from what was read, and is reported as such.
 */
final class TextEnd {
    /** The parts of the format in order: a section ID or a table row ID. */
    private final List<Object> parts;
    /** The index of the last part found, or -1. */
    private final int last;
    /** True when the text ends before section 五. */
    private final boolean cut;

    private TextEnd(List<Object> parts, int last, boolean cut) {
        this.parts = parts;
        this.last = last;
        this.cut = cut;
    }

    /**
     * Where the text of the report {@code out} is checking ends, found by the first rule of the check that asks
     * (only a report missing a section, a table or a row needs it) and shared by the others.
     */
    static TextEnd of(Report report, Findings out) {
        Shared s = out.shared(Shared.class, Shared::new);
        if (s.report != report) {
            s.report = report;
            s.end = of(report);
        }
        return s.end;
    }

    /** The holder of {@link #of(Report, Findings)}'s answer in a check. */
    private static final class Shared {
        Report report;
        TextEnd end;
    }

    static TextEnd of(Report report) {
        List<Object> parts = new ArrayList<>();
        List<Boolean> found = new ArrayList<>();
        section(report, SectionId.OVERVIEW, parts, found);
        section(report, SectionId.PROACTIVE, parts, found);
        rows(report, TableId.T1, parts, found);
        section(report, SectionId.REQUESTS, parts, found);
        rows(report, TableId.T2, parts, found);
        section(report, SectionId.REVIEW_LITIGATION, parts, found);
        rows(report, TableId.T3, parts, found);
        int beforeProblems = parts.size();
        section(report, SectionId.PROBLEMS, parts, found);
        section(report, SectionId.OTHER, parts, found);
        int last = found.lastIndexOf(Boolean.TRUE);
        return new TextEnd(parts, last, last >= 0 && last < beforeProblems);
    }

    private static void section(Report report, SectionId id, List<Object> parts, List<Boolean> found) {
        parts.add(id);
        found.add(report.section(id).isPresent());
    }

    private static void rows(Report report, TableId id, List<Object> parts, List<Boolean> found) {
        for (RowId row : report.formatRows(id)) {
            parts.add(row);
            found.add(report.table(id).flatMap(t -> t.row(row)).isPresent());
        }
    }

    /** True when the text was cut off and {@code part} (a section ID or row ID) comes after where it ends. */
    boolean cutBefore(Object part) {
        return cut && parts.indexOf(part) > last;
    }

    /** True when the text was cut off and every row of {@code table} comes after where it ends. */
    boolean cutBefore(TableId table) {
        for (int i = 0; i <= last; i++) {
            Object p = parts.get(i);
            if (p instanceof RowId && ((RowId) p).table() == table) {
                return false;
            }
        }
        return cut;
    }

    /** The last part found, for messages: a section's heading or a row's path ({@code t2.R3.1}). */
    String lastFound(boolean chinese) {
        if (last < 0) {
            return "";
        }
        Object p = parts.get(last);
        if (p instanceof SectionId) {
            SectionId s = (SectionId) p;
            return chinese ? s.heading() : s.name();
        }
        RowId r = (RowId) p;
        return r.table().key() + "." + r.id();
    }
}
