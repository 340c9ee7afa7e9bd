package io.github.ogireport.internal.layout;

import io.github.ogireport.model.SourcePosition;
import java.util.List;

/** One logical line of a document: a paragraph of text or a table row. Not API. */
public sealed interface Line {

    /** Where the line started. */
    SourcePosition position();

    /**
     * A paragraph (or a heading) of narrative text.
     *
     * @param text     the text, white space collapsed
     * @param position where it started
     */
    record Paragraph(String text, SourcePosition position) implements Line {
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
            cells = List.copyOf(cells);
        }
    }
}
