package io.github.ogireport.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

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
     * Checks that no component is null; the lists are copied (unmodifiable).
     *
     * @param agency the issuing organ as named in the title
     * @param contentType what the input was read as, e.g. {@code text/html; charset=GB18030}
     * @param error why the input could not be read at all, if it could not
     * @param format the format version
     * @param outline the numbered headings of the whole report, in document order
     * @param preamble the paragraphs before the first section (title, statistics period…)
     * @param problems what could not be read as the format says
     * @param sections the standard sections found, in document order
     * @param source the file name or other label of the input
     * @param t1 T1 (主动公开), if found
     * @param t2 T2 (申请), if found
     * @param t3 T3 (复议诉讼), if found
     * @param title the report's title
     * @param year the report year (the year the statistics cover)
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
     * A report that could not be read at all.
     *
     * @param source the file or name read
     * @param contentType its MIME type, or "" when unknown
     * @param error why it could not be read
     * @return a report with no content and that error
     */
    public static Report unreadable(String source, String contentType, String error) {
        return new Report(source, contentType, ReportFormat.UNKNOWN, OptionalInt.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                Optional.of(error));
    }

    /**
     * True when the input was read (it may still have problems).
     *
     * @return true unless the report could not be read at all
     */
    public boolean isReadable() {
        return error.isEmpty();
    }

    /**
     * Every narrative paragraph: the preamble, then each section's, in document order.
     *
     * @return every paragraph of the narrative, in order
     */
    public List<Paragraph> paragraphs() {
        List<Paragraph> all = new java.util.ArrayList<>(preamble);
        for (Section s : sections) {
            all.addAll(s.paragraphs());
        }
        return all;
    }

    /**
     * The section with this ID, if found.
     *
     * @param id a section
     * @return that section, if the report has it
     */
    public Optional<Section> section(SectionId id) {
        return sections.stream().filter(s -> s.id() == id).findFirst();
    }

    /**
     * The table with this ID, if found.
     *
     * @param id a table
     * @return that table, if the report has it
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
}
