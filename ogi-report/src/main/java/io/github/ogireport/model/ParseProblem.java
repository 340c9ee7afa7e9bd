package io.github.ogireport.model;

import io.github.ogireport.internal.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the parser could not read as the format says, collected on the {@link Report} rather than thrown.
 *
 * @param kind     what went wrong
 * @param subject  what it concerns: a table ({@code t2}), a row ({@code t2.R3.4}), a cell path or a section ID
 * @param detail   a short detail, e.g. the text found where a number was expected (may be empty)
 * @param position where it was found, or {@link SourcePosition#UNKNOWN}
 */
public record ParseProblem(Kind kind, String subject, String detail, SourcePosition position) {

    /** The kinds of parse problem. */
    public enum Kind {
        /** Neither the six sections nor the three tables were found. */
        NOT_A_REPORT,
        /** A standard table was not found. */
        TABLE_MISSING,
        /** A row of a standard table was not found (the table may be cut off). */
        ROW_MISSING,
        /** A row whose label was lost could not be placed with confidence. */
        ROW_UNPLACED,
        /** A row printed more or fewer values than its columns. */
        ROW_ARITY,
        /** A value cell holds text, not a number. */
        CELL_NOT_NUMBER,
        /** A row was printed twice; the first one is kept. */
        ROW_DUPLICATE,
        /** One of the six standard sections was not found. */
        SECTION_MISSING
    }

    /**
     * Checks that no component is null.
     *
     * @param kind what went wrong
     * @param subject what it concerns: a table ({@code t2}), a row ({@code t2.R3.4}), a cell path or a section ID
     * @param detail a short detail, e.g. the text found where a number was expected (may be empty)
     * @param position where it was found, or {@link SourcePosition#UNKNOWN}
     */
    public ParseProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(position, "position");
    }

    /**
     * The message in the given language ({@code zh} or {@code en}).
     *
     * @param locale {@code zh} for Chinese, anything else for English
     * @return the problem, for a person
     */
    public String message(Locale locale) {
        return Messages.format(locale, "problem." + kind.name(), subject, detail);
    }
}
