package io.github.ogireport.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void isSpaceIsJavaWhiteSpaceAndTheWideAndNoBreakSpaces() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean expected = Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2007'
                    || c == '\u202F' || c == '\uFEFF' || c == '\u200B';
            assertEquals(expected, Text.isSpace(c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void collapseAndKeyGiveTheSameTextWithAndWithoutTheirShortCuts() {
        assertEquals("a b", Text.collapse("a b"));
        assertEquals("a b", Text.collapse(" a  b "));
        assertEquals("a b", Text.collapse("a\tb"));
        assertEquals("a b", Text.collapse("a\u3000b"));
        assertEquals("规章", Text.collapse("规章"));
        assertEquals("", Text.collapse("  "));
        assertEquals("勾稽关系\"x\"", Text.key("钩稽 关系“x”"));
        assertEquals("(一)规章", Text.key("（一）规章"));
        assertEquals("规章", Text.key("规章"));
    }

    @Test
    void linesSplitLikeTheLineBreakPatternKeepingTheLastEmptyLine() {
        for (String text : new String[] {"", "a", "a\n", "a\r\nb", "a\rb\n\nc", "\r\n\r\n", "a\n\rb", "\r"}) {
            assertArrayEquals(text.split("\r\n|\r|\n", -1), TextLayout.lines(text), text.replace("\r", "\\r")
                    .replace("\n", "\\n"));
        }
    }
}
