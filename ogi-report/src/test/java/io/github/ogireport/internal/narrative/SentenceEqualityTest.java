package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sentence writes out equals and hashCode (the generated ones are slow to link at start-up): they must give what
 * the generated methods give, hash values included. A record with the same components is the reference.
 */
class SentenceEqualityTest {
    private record Same(Optional<SectionId> section, String text, String norm, SourcePosition position, int block,
            int indexInSection) {
    }

    @Test
    void hashesAreThoseOfGeneratedRecordMethods() {
        for (Optional<SectionId> section : List.of(Optional.<SectionId>empty(), Optional.of(SectionId.values()[0]))) {
            for (String text : List.of("", "本机关收到申请12件。")) {
                for (int block : new int[] {0, 3, -1}) {
                    SourcePosition p = new SourcePosition.InTable(1, block, 2);
                    assertEquals(new Same(section, text, text + "n", p, block, 7).hashCode(),
                            new Sentence(section, text, text + "n", p, block, 7).hashCode());
                }
            }
        }
    }

    @Test
    void equalWhenEveryComponentIs() {
        Optional<SectionId> s = Optional.of(SectionId.values()[0]);
        SourcePosition p = new SourcePosition.InText(2, 3);
        Sentence a = new Sentence(s, "t", "n", p, 1, 2);
        assertEquals(a, new Sentence(s, "t", "n", new SourcePosition.InText(2, 3), 1, 2));
        assertNotEquals(a, new Sentence(Optional.empty(), "t", "n", p, 1, 2));
        assertNotEquals(a, new Sentence(s, "u", "n", p, 1, 2));
        assertNotEquals(a, new Sentence(s, "t", "m", p, 1, 2));
        assertNotEquals(a, new Sentence(s, "t", "n", new SourcePosition.InText(2, 4), 1, 2));
        assertNotEquals(a, new Sentence(s, "t", "n", p, 0, 2));
        assertNotEquals(a, new Sentence(s, "t", "n", p, 1, 3));
        assertNotEquals(a, "t");
    }
}
