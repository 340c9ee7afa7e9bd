package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.GridCell;
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

    /**
     * Recognises the report in {@code layout}. A page in traditional script (or with pinyin glosses) is read
     * on its simplified folding, and the report keeps the printed text.
     */
    public static Report recognize(String source, String contentType, Layout layout) {
        return recognize(source, contentType, layout, false);
    }

    /**
     * {@link #recognize(String, String, Layout)}, told whether the page is already known to need no folding (the
     * decoder screened its characters: {@code Decoded.simplified}); its texts are then not screened again.
     */
    public static Report recognize(String source, String contentType, Layout layout, boolean simplified) {
        Optional<ScriptFolding> folding = simplified ? Optional.empty() : ScriptFolding.of(layout);
        if (folding.isPresent()) {
            return folding.get().restore(read(source, contentType, folding.get().match()));
        }
        return read(source, contentType, layout);
    }

    private static Report read(String source, String contentType, Layout layout) {
        List<Line> lines = layout.lines();
        List<RowView> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof Line.Row) {
                rows.add(RowView.of(i, (Line.Row) lines.get(i)));
            }
        }
        // the text may stop inside a table: its last line is then a row (never so for HTML, PDF or Word tables)
        boolean text = contentType.startsWith("text/plain") || contentType.startsWith("text/markdown");
        int lastRow = text && !lines.isEmpty() && lines.get(lines.size() - 1) instanceof Line.Row ? lines.size() - 1 : -1;
        Problems problems = new Problems(lastRow);
        T2Recognizer.Found t2 = T2Recognizer.recognize(rows, problems);
        T1Recognizer.Found t1 = T1Recognizer.recognize(lines, rows, t2 == null ? lines.size() : t2.first(), problems);
        int t3From = t2 != null ? t2.last() + 1 : t1 != null ? t1.last() + 1 : 0;
        T3Recognizer.Found t3 = T3Recognizer.recognize(lines, rows, t3From, problems);

        if (t3 == null && lastRow >= 0 && (t1 != null || t2 != null)) {
            Line.Row end = (Line.Row) lines.get(lastRow);
            int last = end.cells().size() - 1;
            while (last > 0 && end.cells().get(last).isBlank()) {
                last--; // the last text, not the empty cells after it
            }
            problems.stopsIn(t2 != null ? "t2" : "t1", end.cells().get(last).text(), end.cells().get(last).position());
        }
        if (problems.truncation() != null) {
            problems.add(problems.truncation().kind(), problems.truncation().subject(), problems.truncation().detail(),
                    problems.truncation().position());
        }
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
        // the old structure printed none of the 2019 tables: a T1 header vocabulary says the tables are there,
        // only unread (一、概述 over a table whose cells run together is a current report)
        boolean legacy = t1 == null && t2 == null && t3 == null && isLegacy(lines, year)
                && vocabulary(lines) == ReportFormat.UNKNOWN;
        for (TableId id : TableId.values()) {
            if (legacy) {
                break; // the pre-2019 structure has none of the three tables: none is claimed or missed
            }
            boolean missing = id == TableId.T1 ? table1.isEmpty() : id == TableId.T2 ? table2.isEmpty() : table3.isEmpty();
            if (missing) {
                problems.add(ParseProblem.Kind.TABLE_MISSING, id.key(), id.title(), SourcePosition.UNKNOWN);
            }
        }
        // a page whose tables could not be read but whose T1 vocabulary is there is a report, not something else
        if (sections.isEmpty() && !legacy && table1.isEmpty() && table2.isEmpty() && table3.isEmpty()
                && vocabulary(lines) == ReportFormat.UNKNOWN) {
            return new Report(source, contentType, ReportFormat.UNKNOWN, OptionalInt.empty(), Optional.empty(),
                    title, found.preamble(), List.of(), found.outline(), Optional.empty(), Optional.empty(),
                    Optional.empty(),
                    List.of(new ParseProblem(ParseProblem.Kind.NOT_A_REPORT, source, "", SourcePosition.UNKNOWN)),
                    Optional.of("not an annual report: none of the six sections and none of the three tables found"));
        }
        ReportFormat format = legacy ? ReportFormat.LEGACY
                : t1 == null || t1.format() == ReportFormat.UNKNOWN ? vocabulary(lines) : t1.format();
        return new Report(source, contentType, format, year, MetaRecognizer.agency(title, lines),
                title, found.preamble(), sections, found.outline(), table1, table2, table3, problems.list(),
                Optional.empty());
    }

    private static final int F2021 = 0;
    private static final int F2019 = 1;
    /**
     * Header words of T1 only F2021 prints (domain-spec §2.2), also when a header is split (本年制发 / 件数); header
     * and row words of T1 only F2019 prints. Tagged with their format.
     */
    private static final Vocabulary FORMAT_WORDS = Vocabulary.builder()
            .add(F2021, "制发件数", "废止件数", "现行有效件", "本年收费金额", "本年处理决定数量")
            .add(F2019, "制作数量", "新公开数量", "对外公开总数量", "上一年项目数量", "其他对外管理服务事项", "政府集中采购",
                    "采购总金额", "采购项目数量")
            .build();
    /** A cell or a line of one cell: longer is narrative, where 政府集中采购 may be a word of a sentence. */
    private static final int VOCABULARY_CELL = 24;
    /** A header whose cells run together (信息内容本年新制作数量本年新公开数量…): longer, but no sentence. */
    private static final int VOCABULARY_LINE = 60;
    /** Marks of a sentence: a line holding one is narrative. */
    private static final String SENTENCE_MARKS = "。,;:、";

    /**
     * The format from T1's vocabulary where T1 itself could not be read (every cell blank, rows that could
     * not be placed): header and row words of one format only, in table cells or lines as short as a cell.
     * Both vocabularies: unknown, not a guess.
     */
    static ReportFormat vocabulary(List<Line> lines) {
        boolean f2021 = false;
        boolean f2019 = false;
        for (int i = 0; i < lines.size() && !(f2021 && f2019); i++) {
            Line line = lines.get(i);
            long words = 0;
            if (line instanceof Line.Paragraph) {
                Line.Paragraph p = (Line.Paragraph) line;
                if (!p.keyLongerThan(VOCABULARY_LINE)) {
                    words = vocabularyWords(p.key());
                }
            } else {
                for (GridCell c : ((Line.Row) line).cells()) {
                    if (!Text.keyLongerThan(c.text(), 0, c.text().length(), VOCABULARY_LINE)) {
                        words |= vocabularyWords(c.key());
                    }
                }
            }
            f2021 |= (words & 1L << F2021) != 0;
            f2019 |= (words & 1L << F2019) != 0;
        }
        return f2021 == f2019 ? ReportFormat.UNKNOWN : f2021 ? ReportFormat.F2021 : ReportFormat.F2019;
    }

    /** The formats whose T1 words a cell or a short line holds (the bits {@link #F2021} and {@link #F2019}). */
    private static long vocabularyWords(String key) {
        if (key.length() <= VOCABULARY_CELL
                || key.length() <= VOCABULARY_LINE && !hasSentenceMark(key)) {
            return FORMAT_WORDS.tags(key);
        }
        return 0;
    }

    private static boolean hasSentenceMark(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (SENTENCE_MARKS.indexOf(key.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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
    /** A word each of {@link #LEGACY_MARKS} needs, tagged with its index: a pattern runs only where it is. */
    private static final Vocabulary LEGACY_WORDS = Vocabulary.builder()
            .add(0, "概述").add(1, "依申请公开政府信息").add(2, "不予公开政府信息").add(3, "咨询").add(4, "收费")
            .add(5, "因政府信息公开").build();

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
            Line.Paragraph p = (Line.Paragraph) line;
            if (p.keyLongerThan(LEGACY_HEADING)) {
                continue;
            }
            String key = p.key();
            long words = LEGACY_WORDS.tags(key);
            for (int i = 0; i < LEGACY_MARKS.size(); i++) {
                if ((words & 1L << i) != 0 && LEGACY_MARKS.get(i).matcher(key).find()) {
                    marks.add(i);
                }
            }
        }
        return marks.size() >= 2 || marks.size() == 1 && year.isPresent() && year.getAsInt() < 2019;
    }
}
