package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import java.util.Objects;
import java.util.Optional;

/**
 * One sentence of the narrative. Not API.
 *
 * @param section         the standard section it stands in (empty for the preamble)
 * @param text            the sentence as published (white space collapsed)
 * @param norm            the matching form: NFKC, white space removed, curly quotes straightened
 * @param position        where the sentence starts: its own line and column in page text, else its paragraph's
 * @param block           the index of its block (paragraphs joined where the source wrapped a line) in the report
 * @param indexInSection  its index among the sentences of its section (or of the preamble), from 0
 */
public record Sentence(Optional<SectionId> section, String text, String norm, SourcePosition position, int block,
        int indexInSection) {
    public Sentence {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(position, "position");
    }

    // equals and hashCode written out, with the values the generated ones give (see SourcePosition.hash)
    @Override
    public final boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Sentence)) {
            return false;
        }
        Sentence s = (Sentence) o;
        return block == s.block && indexInSection == s.indexInSection && section.equals(s.section)
                && text.equals(s.text) && norm.equals(s.norm) && position.equals(s.position);
    }

    @Override
    public final int hashCode() {
        int h = section.hashCode();
        h = 31 * h + text.hashCode();
        h = 31 * h + norm.hashCode();
        h = 31 * h + position.hashCode();
        h = 31 * h + Integer.hashCode(block);
        return 31 * h + Integer.hashCode(indexInSection);
    }

    /** True when the sentence stands in this section. */
    public boolean in(SectionId id) {
        return section.isPresent() && section.get() == id;
    }
}
