package io.github.ogireport.internal.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void theCharactersSureToBeKeptAreNeverMoreThanTheKeyHolds() {
        String pieces = "规章（一）() \u3000\t“”‘’钩．.,，：:ａ１\u0301\u00A0\uFEFF㈠ｶ";
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(30); n >= 0; n--) {
                b.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String s = b.toString();
            int key = Text.key(s).length();
            int kept = Text.keptInKey(s, 200);
            assertTrue(kept <= key, s);
            for (int max = 0; max < 12; max++) {
                if (Text.keyLongerThan(s, 0, s.length(), max)) {
                    assertTrue(key > max, s);
                }
                // a paragraph answers exactly, whether it worked the key out or counted
                assertEquals(key > max, new Line.Paragraph(s, null).keyLongerThan(max), s);
            }
        }
    }
}
