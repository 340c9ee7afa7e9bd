package io.github.ogireport.check;

import io.github.ogireport.model.SourcePosition;
import java.util.Objects;

/**
 * A sentence of the narrative a finding relies on.
 *
 * @param text     the sentence as published
 * @param position where the sentence (or its paragraph) stood
 */
public record Quote(String text, SourcePosition position) {
    /**
     * Checks that no component is null.
     *
     * @param text the sentence as published
     * @param position where the sentence (or its paragraph) stood
     */
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(position, "position");
    }
}
