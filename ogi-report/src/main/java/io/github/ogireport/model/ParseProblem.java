package io.github.ogireport.model;

import io.github.ogireport.internal.text.Messages;
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
        SECTION_MISSING,
        /**
         * A note, not a fault: the text is in traditional characters; labels, headings and phrases were matched
         * on its simplified folding, and the text is kept as printed.
         */
        TRADITIONAL_SCRIPT,
        /** A note, not a fault: pinyin glosses a site added after characters (規(guī)章) were left out of the text. */
        PINYIN_GLOSSES,
        /** The charset was decided on evidence: lines in different charsets, or a declaration overruled. */
        ENCODING,
        /** The document is damaged: its reader had to repair it or could read only part of it. */
        DAMAGED,
        /**
         * The text stops inside a table (a page cut off): every complete row before is kept, the row it stops in
         * is not; the subject is that row or table, the detail the last text, the position where the text stops.
         */
        TEXT_TRUNCATED,
        /** A row's values are printed with no separator ({@code 规章0123}) and its arity does not tell them apart. */
        CELLS_RUN_TOGETHER
    }

    /**
     * Checks that no component is null.
     *
     * @param kind     what went wrong
     * @param subject  what it concerns
     * @param detail   a short detail (may be empty)
     * @param position where it was found, or {@link SourcePosition#UNKNOWN}
     */
    public ParseProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(position, "position");
    }

    /**
     * The key of this problem's message in the message bundles: {@code problem.<KIND>}.
     *
     * @return the message key, e.g. {@code problem.ROW_MISSING}
     */
    public String messageKey() {
        return "problem." + kind.name();
    }

    /**
     * The message in the given language ({@code zh} or {@code en}), formatted when asked.
     *
     * @param locale the language: Chinese for {@code zh}, English otherwise
     * @return the message, with the subject and detail filled in
     */
    public String message(Locale locale) {
        return Messages.format(locale, messageKey(), subject, detail);
    }
}
