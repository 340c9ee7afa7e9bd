package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Turns a {@link Layout} into a {@link Report}: tables first, then sections anchored on them. Not API. */
public final class ReportRecognizer {
    private ReportRecognizer() {
    }

    /** Recognises the report in {@code layout}. */
    public static Report recognize(String source, String contentType, Layout layout) {
        List<Line> lines = layout.lines();
        List<RowView> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof Line.Row) {
                rows.add(RowView.of(i, (Line.Row) lines.get(i)));
            }
        }
        Problems problems = new Problems();
        T2Recognizer.Found t2 = T2Recognizer.recognize(rows, problems);
        T1Recognizer.Found t1 = T1Recognizer.recognize(lines, rows, t2 == null ? lines.size() : t2.first(), problems);
        int t3From = t2 != null ? t2.last() + 1 : t1 != null ? t1.last() + 1 : 0;
        T3Recognizer.Found t3 = T3Recognizer.recognize(lines, rows, t3From, problems);

        Map<SectionId, Integer> anchors = new EnumMap<>(SectionId.class);
        Map<SectionId, Integer> ends = new EnumMap<>(SectionId.class);
        if (t1 != null) {
            anchors.put(SectionId.PROACTIVE, t1.first());
            ends.put(SectionId.REQUESTS, t1.last());
        }
        if (t2 != null) {
            anchors.put(SectionId.REQUESTS, t2.first());
            ends.put(SectionId.REVIEW_LITIGATION, t2.last());
        }
        if (t3 != null) {
            anchors.put(SectionId.REVIEW_LITIGATION, t3.first());
            ends.put(SectionId.PROBLEMS, t3.first());
            ends.put(SectionId.OTHER, t3.first());
        }
        SectionRecognizer.Result found = SectionRecognizer.recognize(lines, anchors, ends, problems);
        List<Section> sections = found.sections();

        Optional<String> title = MetaRecognizer.title(lines, layout.title());
        Optional<StatTable> table1 = Optional.ofNullable(t1).map(T1Recognizer.Found::table);
        Optional<StatTable> table2 = Optional.ofNullable(t2).map(T2Recognizer.Found::table);
        Optional<StatTable> table3 = Optional.ofNullable(t3).map(T3Recognizer.Found::table);
        OptionalInt year = MetaRecognizer.year(title, lines);
        boolean legacy = t1 == null && t2 == null && t3 == null && isLegacy(lines, year);
        for (TableId id : TableId.values()) {
            if (legacy) {
                break; // the pre-2019 structure has none of the three tables: none is claimed or missed
            }
            boolean missing = id == TableId.T1 ? table1.isEmpty() : id == TableId.T2 ? table2.isEmpty() : table3.isEmpty();
            if (missing) {
                problems.add(ParseProblem.Kind.TABLE_MISSING, id.key(), id.title(), SourcePosition.UNKNOWN);
            }
        }
        if (sections.isEmpty() && !legacy && table1.isEmpty() && table2.isEmpty() && table3.isEmpty()) {
            return new Report(source, contentType, ReportFormat.UNKNOWN, OptionalInt.empty(), Optional.empty(),
                    title, found.preamble(), List.of(), found.outline(), Optional.empty(), Optional.empty(),
                    Optional.empty(),
                    List.of(new ParseProblem(ParseProblem.Kind.NOT_A_REPORT, source, "", SourcePosition.UNKNOWN)),
                    Optional.of("not an annual report: none of the six sections and none of the three tables found"));
        }
        ReportFormat format = legacy ? ReportFormat.LEGACY : t1 == null ? ReportFormat.UNKNOWN : t1.format();
        return new Report(source, contentType, format, year, MetaRecognizer.agency(title),
                title, found.preamble(), sections, found.outline(), table1, table2, table3, problems.list(),
                Optional.empty());
    }

    /** Headings of the pre-2019 structure (条例 2008 era: 概述, 依申请公开政府信息情况, 咨询处理, 收费及减免…). */
    private static final List<Pattern> LEGACY_MARKS = List.of(
            Pattern.compile("概述"),
            Pattern.compile("依申请公开政府信息(?:的|和不予公开政府信息的)?情况"),
            Pattern.compile("不予公开政府信息"),
            Pattern.compile("咨询(?:处理)?(?:的)?情况"),
            Pattern.compile("收费(?:及|和|与)减免"),
            Pattern.compile("因政府信息公开(?:申请)?(?:而)?(?:申请|提起)?行政复议"));
    private static final int LEGACY_HEADING = 40;

    /**
     * The pre-2019 structure (domain-spec §2): none of the standard tables, and headings of the old
     * structure: two different ones, or one in a report from before 2019.
     */
    static boolean isLegacy(List<Line> lines, OptionalInt year) {
        java.util.Set<Integer> marks = new java.util.HashSet<>();
        for (Line line : lines) {
            if (!(line instanceof Line.Paragraph)) {
                continue;
            }
            String key = Text.key(((Line.Paragraph) line).text());
            if (key.length() > LEGACY_HEADING) {
                continue;
            }
            for (int i = 0; i < LEGACY_MARKS.size(); i++) {
                if (LEGACY_MARKS.get(i).matcher(key).find()) {
                    marks.add(i);
                }
            }
        }
        return marks.size() >= 2 || marks.size() == 1 && year.isPresent() && year.getAsInt() < 2019;
    }
}
