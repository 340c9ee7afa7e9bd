package io.github.ogireport.internal.layout;

import java.util.List;

/**
 * A document as logical lines: paragraphs and table rows, in document order. Not API.
 *
 * @param lines the lines
 * @param title a title the container declares outside the body (HTML {@code <title>}), or ""
 */
public record Layout(List<Line> lines, String title) {
    public Layout {
        lines = List.copyOf(lines);
    }
}
