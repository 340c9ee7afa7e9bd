package io.github.ogireport.model;

import io.github.ogireport.internal.text.Messages;
import java.util.Locale;

/**
 * Where a cell, a heading or a sentence stood in the source document.
 *
 * <p>Text containers (page text, Markdown) give a {@link InText line and column}; HTML and Word tables give a
 * {@link InTable table, row and column index} in the logical (span-expanded) grid; PDF gives the
 * {@link OnPage page, the line on that page and the cell in that line}. Positions are 1-based.
 */
public sealed interface SourcePosition {

    /** The position of something whose place in the source is not known. */
    SourcePosition UNKNOWN = new Unknown();

    /**
     * A human-readable form, e.g. {@code 第12行第5列} in Chinese or {@code line 12, column 5} (the bundles'
     * {@code position.*}).
     *
     * @param chinese true for Chinese, false for English
     * @return the position as text
     */
    String describe(boolean chinese);

    /**
     * The hash a record's generated {@code hashCode} gives for these int components ({@code h = 31 * h + c}, in
     * order): the records here write theirs out, because the generated ones are linked at first use through
     * {@code java.lang.runtime.ObjectMethods}, which cost 40-50 ms of a short run's start-up (docs/performance.md),
     * and give the same values, so that hash-based collections iterate as before.
     */
    private static int hash(int... components) {
        int h = 0;
        for (int c : components) {
            h = 31 * h + Integer.hashCode(c);
        }
        return h;
    }

    private static Locale lang(boolean chinese) {
        return chinese ? Locale.CHINESE : Locale.ROOT;
    }

    /**
     * A place in text: line and column, both 1-based.
     *
     * @param line   the line number in the decoded text
     * @param column the character column in that line
     */
    record InText(int line, int column) implements SourcePosition {
        @Override
        public String describe(boolean chinese) {
            return Messages.format(lang(chinese), "position.inText", String.valueOf(line), String.valueOf(column));
        }

        // equals and hashCode written out, with the values the generated ones give: see SourcePosition.hash
        @Override
        public final boolean equals(Object o) {
            return o instanceof InText && ((InText) o).line == line && ((InText) o).column == column;
        }

        @Override
        public final int hashCode() {
            return hash(line, column);
        }
    }

    /**
     * A cell in an HTML (or Word) table: table, row and column index in the span-expanded grid, all 1-based.
     *
     * @param table  the table's index among the tables of the document
     * @param row    the row index in that table
     * @param column the logical column index after rowspan/colspan expansion
     */
    record InTable(int table, int row, int column) implements SourcePosition {
        @Override
        public String describe(boolean chinese) {
            return Messages.format(lang(chinese), "position.inTable", String.valueOf(table), String.valueOf(row),
                    String.valueOf(column));
        }

        @Override
        public final boolean equals(Object o) {
            return o instanceof InTable && ((InTable) o).table == table && ((InTable) o).row == row
                    && ((InTable) o).column == column;
        }

        @Override
        public final int hashCode() {
            return hash(table, row, column);
        }
    }

    /**
     * A place in a PDF: the page, the line on that page as laid out (text lines and table rows, top to
     * bottom, page numbers not counted) and the cell in that line (1 for a paragraph).
     *
     * @param page   the page number
     * @param line   the line on that page
     * @param column the cell in that line
     */
    record OnPage(int page, int line, int column) implements SourcePosition {
        @Override
        public String describe(boolean chinese) {
            return Messages.format(lang(chinese), "position.onPage", String.valueOf(page), String.valueOf(line),
                    String.valueOf(column));
        }

        @Override
        public final boolean equals(Object o) {
            return o instanceof OnPage && ((OnPage) o).page == page && ((OnPage) o).line == line
                    && ((OnPage) o).column == column;
        }

        @Override
        public final int hashCode() {
            return hash(page, line, column);
        }
    }

    /** No position is known. */
    record Unknown() implements SourcePosition {
        @Override
        public String describe(boolean chinese) {
            return Messages.format(lang(chinese), "position.unknown");
        }

        @Override
        public final boolean equals(Object o) {
            return o instanceof Unknown;
        }

        @Override
        public final int hashCode() {
            return 0;
        }
    }
}
