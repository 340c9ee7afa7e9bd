package io.github.ogireport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The positions write out equals and hashCode (the generated ones are slow to link at start-up): they must give
 * what a record's generated methods give, hash values included (hash-based collections of positions iterate in
 * their order). Records with the same components, with generated methods, are the reference.
 */
class SourcePositionEqualityTest {
    private record Two(int a, int b) {
    }

    private record Three(int a, int b, int c) {
    }

    private record None() {
    }

    @Test
    void hashesAreThoseOfGeneratedRecordMethods() {
        int[] values = {0, 1, -1, 7, 31, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : values) {
            for (int b : values) {
                assertEquals(new Two(a, b).hashCode(), new SourcePosition.InText(a, b).hashCode());
                for (int c : values) {
                    assertEquals(new Three(a, b, c).hashCode(), new SourcePosition.InTable(a, b, c).hashCode());
                    assertEquals(new Three(a, b, c).hashCode(), new SourcePosition.OnPage(a, b, c).hashCode());
                }
            }
        }
        assertEquals(new None().hashCode(), SourcePosition.UNKNOWN.hashCode());
    }

    @Test
    void equalWhenEveryComponentIsAndOfTheSameKind() {
        assertEquals(new SourcePosition.InText(3, 4), new SourcePosition.InText(3, 4));
        assertNotEquals(new SourcePosition.InText(3, 4), new SourcePosition.InText(4, 3));
        assertNotEquals(new SourcePosition.InText(3, 4), new SourcePosition.InText(3, 5));
        assertEquals(new SourcePosition.InTable(1, 2, 3), new SourcePosition.InTable(1, 2, 3));
        assertNotEquals(new SourcePosition.InTable(1, 2, 3), new SourcePosition.InTable(1, 2, 4));
        assertNotEquals(new SourcePosition.InTable(1, 2, 3), new SourcePosition.InTable(0, 2, 3));
        assertNotEquals(new SourcePosition.InTable(1, 2, 3), new SourcePosition.InTable(1, 0, 3));
        assertNotEquals(new SourcePosition.InTable(1, 2, 3), new SourcePosition.OnPage(1, 2, 3));
        assertEquals(new SourcePosition.OnPage(1, 2, 3), new SourcePosition.OnPage(1, 2, 3));
        assertNotEquals(new SourcePosition.OnPage(1, 2, 3), new SourcePosition.OnPage(2, 2, 3));
        assertNotEquals(new SourcePosition.OnPage(1, 2, 3), new SourcePosition.OnPage(1, 3, 3));
        assertNotEquals(new SourcePosition.OnPage(1, 2, 3), new SourcePosition.OnPage(1, 2, 2));
        assertEquals(SourcePosition.UNKNOWN, new SourcePosition.Unknown());
        assertNotEquals(SourcePosition.UNKNOWN, new SourcePosition.InText(1, 1));
        assertNotEquals(new SourcePosition.InText(1, 1), null);
    }
}
