package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class GateTest {
    /**
     * The first characters read from an array of characters are those the reading by {@code String} found
     * ({@link OldGateFirsts}), for every gate's expression and for random expressions: unbalanced groups and
     * classes, quantifiers of every form, escapes and look-arounds, where the reading gives up too.
     */
    @Test
    void firstsAsTheReadingOfTheString() throws IllegalAccessException {
        int read = 0;
        for (Gate g : gates()) {
            String re = g.pattern.pattern();
            assertEquals(OldGateFirsts.OldFirsts.of(re), Gate.Firsts.of(re), re);
            read++;
        }
        assertTrue(read > 40, "gates: " + read);
        String[] tokens = {"未", "没有", "年", "a", "(", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?i)", ")", "|", "?", "*",
            "+", "{0,3}", "{2}", "{1,}", "{,2}", "{x}", "{", "}", "??", "+?", "*+", "[", "]", "[^,;]", "[0-9]", "[a-c]",
            "[\\s]", "[[a]]", "[a&&b]", "[]", "\\s", "\\d", "\\(", "\\", "\\Q", "\\b", ".", "^", "$", "-"};
        Random random = new Random(31);
        int gated = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                b.append(tokens[random.nextInt(tokens.length)]);
            }
            String re = b.toString();
            String want = OldGateFirsts.OldFirsts.of(re);
            gated += want == null || want.isEmpty() ? 0 : 1;
            assertEquals(want, Gate.Firsts.of(re), re);
        }
        assertTrue(gated > 5_000, "random expressions with first characters: " + gated);
    }

    /** Every gate of the narrative's classes, by reflection: a gate added later is tested too. */
    private static List<Gate> gates() throws IllegalAccessException {
        List<Gate> out = new ArrayList<>();
        for (Class<?> c : List.of(Statements.class, Context.class, Years.class, ApplicationClaims.class,
                ReviewClaims.class, ProactiveClaims.class, Claims.class, Scan.class)) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    Object v = f.get(null);
                    if (v instanceof Gate) {
                        out.add((Gate) v);
                    } else if (v instanceof List) {
                        for (Object o : (List<?>) v) {
                            if (o instanceof Keyed) {
                                out.add(((Keyed) o).gate());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void firstCharactersOfTheSyntaxRead() {
        assertEquals("未没", Gate.Firsts.of("(?:未|没有)发生过?[^,;。]{0,8}?依申请公开"));
        assertEquals("予同全准", Gate.Firsts.of("(?<!不)予以公开|同意公开|全部公开|准予公开"));
        assertEquals("行复", Gate.Firsts.of("(?:行政)?复议(?:、|和)诉讼"));
        assertEquals("12年", Gate.Firsts.of("(?:(?:19|20)[0-9]{2})?年"));
        assertEquals("0123456789", Gate.Firsts.of("[0-9]+件"));
        assertEquals("案", Gate.Firsts.of("案件?(?:共|合计)?$"));
        assertEquals("(其不未含包", Gate.Firsts.of("^\\(?(?:其中)?(不|未)?(?:含|包含|包括)"));
        // any character may start these: no gate
        assertNull(Gate.Firsts.of("^[^,;]{0,16}?下一?年"));
        assertEquals("0123456789", Gate.Firsts.of("(?:[0-9][0-9.]*\\s+){4,}[0-9]"));
        assertNull(Gate.Firsts.of("\\s+件"));
        assertNull(Gate.Firsts.of("a?"));
        assertNull(Gate.Firsts.of(".年"));
        assertNull(Gate.Firsts.of("(?i)abc"));
    }

    @Test
    void everyGateOfTheNarrativeHasItsCharacters() throws IllegalAccessException {
        List<Gate> gates = gates();
        assertTrue(gates.size() > 40, "gates found: " + gates.size());
        for (Gate g : gates) {
            assertTrue(g.gated(), g.pattern.pattern());
        }
    }

    /**
     * On random texts of the expressions' own characters (and others), a gated search finds exactly the
     * matches of the plain pattern, starts and ends, and their groups.
     */
    @Test
    void aGatedSearchFindsWhatThePatternFinds() throws IllegalAccessException {
        Random random = new Random(12);
        List<Gate> gates = gates();
        StringBuilder all = new StringBuilder(",;:。、0129 x");
        for (Gate g : gates) {
            all.append(g.pattern.pattern().replaceAll("[\\\\()\\[\\]?*+{}|^$!<=:]", ""));
        }
        String alphabet = all.toString();
        int compared = 0;
        for (Gate g : gates) {
            String own = g.pattern.pattern().replaceAll("[\\\\()\\[\\]?*+{}|^$!<=:]", "") + ",。2";
            for (int round = 0; round < 400; round++) {
                StringBuilder b = new StringBuilder();
                int len = random.nextInt(40);
                for (int k = 0; k < len; k++) {
                    String from = random.nextInt(4) == 0 ? alphabet : own;
                    b.append(from.charAt(random.nextInt(from.length())));
                }
                String text = b.toString();
                Matcher plain = g.pattern.matcher(text);
                Gate.Search gated = g.matcher(text);
                while (plain.find()) {
                    assertTrue(gated.find(), g.pattern.pattern() + " in " + text);
                    assertEquals(plain.start(), gated.start());
                    assertEquals(plain.end(), gated.end());
                    for (int k = 1; k <= plain.groupCount(); k++) {
                        assertEquals(plain.group(k), gated.group(k));
                    }
                    compared++;
                }
                assertFalse(gated.find(), g.pattern.pattern() + " in " + text);
                assertEquals(g.pattern.matcher(text).find(), g.in(text));
            }
        }
        assertTrue(compared > 1000, "matches compared: " + compared);
    }
}
