package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.model.SourcePosition;
import java.util.List;
import java.util.Objects;

/** One logical line of a document: a paragraph of text or a table row. Not API. */
public sealed interface Line {

    /** Where the line started. */
    SourcePosition position();

    /**
     * A paragraph (or a heading) of narrative text. A value like a record of its text and position; its
     * {@link #key} is worked out once, on first asking, and kept (every recognizer that reads headings, titles
     * or captions asks for it).
     */
    final class Paragraph implements Line {
        private final String text;
        private final SourcePosition position;
        /** Past the longest key a reader asks about (60): a paragraph of narrative is told by its first characters. */
        private static final int KEPT_COUNTED = 64;
        private String key;
        /** How many characters of the text are sure to be kept in its key, counted up to {@link #KEPT_COUNTED}. */
        private int kept = -1;

        /**
         * A paragraph.
         *
         * @param text     the text, white space collapsed
         * @param position where it started
         */
        public Paragraph(String text, SourcePosition position) {
            this.text = text;
            this.position = position;
        }

        /** The text, white space collapsed. */
        public String text() {
            return text;
        }

        @Override
        public SourcePosition position() {
            return position;
        }

        /** The text in matching form, {@link Text#key}, worked out once. */
        public String key() {
            String k = key;
            if (k == null) {
                k = Text.key(text);
                key = k; // the same string whoever works it out: a race only works it out twice
            }
            return k;
        }

        /**
         * True when the {@link #key} is longer than {@code max}, told without working it out when the text alone
         * says so (a paragraph of narrative): the characters sure to be kept in it are counted once, up to
         * {@value #KEPT_COUNTED}, for every reader that asks.
         */
        public boolean keyLongerThan(int max) {
            String k = key;
            if (k != null) {
                return k.length() > max;
            }
            if (max < KEPT_COUNTED) {
                int n = kept;
                if (n < 0) {
                    n = Text.keptInKey(text, KEPT_COUNTED);
                    kept = n;
                }
                if (n > max) {
                    return true;
                }
            }
            return key().length() > max;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Paragraph && Objects.equals(text, ((Paragraph) o).text)
                    && Objects.equals(position, ((Paragraph) o).position);
        }

        @Override
        public int hashCode() {
            return Objects.hash(text, position);
        }

        @Override
        public String toString() {
            return "Paragraph[text=" + text + ", position=" + position + "]";
        }
    }

    /**
     * A row of a table.
     *
     * @param cells    the cells, in logical column order
     * @param grid     the index of the grid (table) the row belongs to, 1-based; rows of text share grid
     *                 numbers by contiguous block
     * @param position where the row started
     */
    record Row(List<GridCell> cells, int grid, SourcePosition position) implements Line {
        public Row {
            cells = cells instanceof ArrayView ? cells : List.copyOf(cells); // the layout's own: read-only already
        }
    }
}
