package io.github.ogireport.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An annual report as parsed: metadata, the sections found, the three standard tables and the problems met.
 *
 * <p>Parsing never throws for bad content: a file that could not be read at all has an {@link #error()} and
 * empty fields; one that was read has its {@link #problems()} listed.
 *
 * @param source      the file name or other label of the input
 * @param contentType what the input was read as, e.g. {@code text/html; charset=GB18030}
 * @param format      the format version
 * @param year        the report year (the year the statistics cover)
 * @param agency      the issuing organ as named in the title
 * @param title       the report's title
 * @param preamble    the paragraphs before the first section (title, statistics period…)
 * @param sections    the standard sections found, in document order
 * @param outline     the numbered headings of the whole report, in document order
 * @param t1          T1 (主动公开), if found
 * @param t2          T2 (申请), if found
 * @param t3          T3 (复议诉讼), if found
 * @param problems    what could not be read as the format says
 * @param error       why the input could not be read at all, if it could not
 */
public record Report(
        String source,
        String contentType,
        ReportFormat format,
        OptionalInt year,
        Optional<String> agency,
        Optional<String> title,
        List<Paragraph> preamble,
        List<Section> sections,
        List<Heading> outline,
        Optional<StatTable> t1,
        Optional<StatTable> t2,
        Optional<StatTable> t3,
        List<ParseProblem> problems,
        Optional<String> error) {

    /**
     * Checks that no component is null, and copies the lists into unmodifiable ones.
     *
     * @param source      the file name or other label of the input
     * @param contentType what the input was read as
     * @param format      the format version
     * @param year        the report year
     * @param agency      the issuing organ
     * @param title       the report's title
     * @param preamble    the paragraphs before the first section
     * @param sections    the standard sections found
     * @param outline     the numbered headings of the whole report
     * @param t1          T1, if found
     * @param t2          T2, if found
     * @param t3          T3, if found
     * @param problems    what could not be read as the format says
     * @param error       why the input could not be read at all, if it could not
     */
    public Report {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(t1, "t1");
        Objects.requireNonNull(t2, "t2");
        Objects.requireNonNull(t3, "t3");
        Objects.requireNonNull(error, "error");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
        outline = List.copyOf(outline);
        problems = List.copyOf(problems);
    }

    /**
     * A report that could not be read at all: format {@link ReportFormat#UNKNOWN}, every other field empty.
     *
     * @param source      the file name or other label of the input
     * @param contentType what the input was read as
     * @param error       why it could not be read
     * @return the unreadable report
     */
    public static Report unreadable(String source, String contentType, String error) {
        return new Report(source, contentType, ReportFormat.UNKNOWN, OptionalInt.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(error));
    }

    /**
     * True when the input was read (it may still have problems).
     *
     * @return whether the report has no {@link #error()}
     */
    public boolean isReadable() {
        return error.isEmpty();
    }

    /**
     * Every narrative paragraph: the preamble, then each section's, in document order.
     *
     * @return a new list of the paragraphs
     */
    public List<Paragraph> paragraphs() {
        List<Paragraph> all = new java.util.ArrayList<>(preamble);
        for (Section s : sections) {
            all.addAll(s.paragraphs());
        }
        return all;
    }

    /**
     * How completely the tables were read: the share of the format's cells read under their own label, and
     * which were absent or placed by inference.
     *
     * @return the completeness of this report's reading
     */
    public Completeness completeness() {
        return Completeness.of(this);
    }

    /**
     * The rows of table {@code id} this report's format has, in official order: what a relation may expect to
     * find (a row the format has and the reading did not find is absent, never 0). T2's （六）其他处理 is the
     * single F2019 row or the three F2021 sub-rows, whichever the table prints (its format's when neither).
     *
     * @param id the table
     * @return the rows, in official order
     */
    public List<RowId> formatRows(TableId id) {
        return FormatCells.rows(this, id);
    }

    /**
     * The columns {@code row} has in this report's format.
     *
     * @param row the row
     * @return the row's columns, in official order
     */
    public List<ColumnId> formatColumns(RowId row) {
        return FormatCells.columns(this, row);
    }

    /**
     * The section with this ID, if found.
     *
     * @param id the section
     * @return the first section found with this ID, or empty
     */
    public Optional<Section> section(SectionId id) {
        for (int i = 0, n = sections.size(); i < n; i++) { // no stream: rules ask this of every report
            if (sections.get(i).id() == id) {
                return Optional.of(sections.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The table with this ID, if found.
     *
     * @param id the table
     * @return {@link #t1()}, {@link #t2()} or {@link #t3()}
     */
    public Optional<StatTable> table(TableId id) {
        switch (id) {
            case T1:
                return t1;
            case T2:
                return t2;
            default:
                return t3;
        }
    }

    /**
     * The official layout a standard table of this report follows, {@link ReportFormat#F2019} or
     * {@link ReportFormat#F2021}: the report's format, except for a report of mixed format, whose T1 follows the
     * vocabulary most of its cells have, and a T2 that has the single row （六） of 2019 and not the three sub-rows
     * of 2021 (or the other way round). T3 is printed alike in both formats ({@link ReportFormat#F2021}).
     *
     * @param id the table
     * @return {@link ReportFormat#F2019} or {@link ReportFormat#F2021}
     */
    public ReportFormat tableLayout(TableId id) {
        StatTable table = table(id).orElse(null);
        boolean f2019 = id == TableId.T1 ? t1IsF2019(this, table) : id == TableId.T2 && t2IsF2019(this, table);
        return f2019 ? ReportFormat.F2019 : ReportFormat.F2021;
    }

    /** The T1 columns only the 2019 format has. */
    private static final Set<ColumnId> F2019_ONLY_T1 = Set.of(T1Column.NEW_MADE, T1Column.NEW_PUBLISHED,
            T1Column.TOTAL, T1Column.PREV_ITEMS, T1Column.CHANGE, T1Column.ITEMS);

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
                old += F2019_ONLY_T1.contains(c) ? 1 : 0;
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
}
