package io.github.ogireport.model;

import java.util.Objects;

/**
 * A paragraph (or heading line) of narrative text.
 *
 * @param text     the text, white space collapsed
 * @param position where it started
 */
public record Paragraph(String text, SourcePosition position) {
    /**
     * Checks that no component is null.
     *
     * @param text the text, white space collapsed
     * @param position where it started
     */
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
    }
}
