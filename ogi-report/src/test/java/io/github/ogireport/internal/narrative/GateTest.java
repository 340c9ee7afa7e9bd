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

    /**
     * The words a gate searches for ({@link Gate.Prefixes}) let it find every match of the pattern: on texts
     * made of the expressions' own literal pieces (so that their leading words, and near misses of them, stand
     * in the texts), and for random expressions of literals, groups, classes, quantifiers and look-arounds, the
     * gated search finds the plain pattern's matches, starts, ends and groups.
     */
    @Test
    void theLeadingWordsMissNoMatch() throws IllegalAccessException {
        Random random = new Random(41);
        List<Gate> gates = gates();
        List<String> all = new ArrayList<>(List.of(",", "。", "、", "2", "0", "x"));
        for (Gate g : gates) {
            all.addAll(pieces(g.pattern.pattern()));
        }
        int compared = 0;
        for (Gate g : gates) {
            List<String> own = pieces(g.pattern.pattern());
            for (int round = 0; round < 400; round++) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(10); k > 0; k--) {
                    List<String> from0 = random.nextInt(4) == 0 || own.isEmpty() ? all : own;
                    String piece = from0.get(random.nextInt(from0.size()));
                    // a piece whole, or cut at either end: the near misses of a leading word
                    int from = random.nextInt(3) == 0 ? random.nextInt(piece.length()) : 0;
                    int to = random.nextInt(3) == 0 ? from + random.nextInt(piece.length() - from + 1) : piece.length();
                    b.append(piece, from, to);
                }
                compared += sameMatches(g, b.toString());
            }
        }
        assertTrue(compared > 5_000, "matches compared: " + compared);
        String[] tokens = {"未", "没有", "收到", "年", "a", "b", "ab", "(", "(?:", "(?=", "(?!", "(?<=", "(?<!", ")", "|", "?",
            "*", "+", "{0,3}", "{2}", "{1,}", "{0,1}", "??", "+?", "[ab]", "[^,]", "[0-9]", "\\s", "\\(", ".", "^", "$"};
        String alphabet = "未没有收到年ab(,0 ";
        int gated = 0;
        int matches = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(7); k > 0; k--) {
                b.append(tokens[random.nextInt(tokens.length)]);
            }
            Gate g;
            try {
                g = Gate.of(b.toString());
            } catch (java.util.regex.PatternSyntaxException e) {
                continue;
            }
            gated += Gate.Prefixes.of(b.toString()) != null ? 1 : 0;
            for (int round = 0; round < 10; round++) {
                matches += sameMatches(g, WordsTest.text(random, alphabet, random.nextInt(16)));
            }
        }
        assertTrue(gated > 2_000, "random expressions with leading words: " + gated);
        assertTrue(matches > 10_000, "matches compared: " + matches);
    }

    /** The literal pieces of an expression: its runs of characters that are not syntax. */
    private static List<String> pieces(String re) {
        List<String> out = new ArrayList<>();
        for (String p : re.split("[\\\\()\\[\\]?*+{}|^$!<=:,;。0-9-]+")) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Asserts that the gated search finds the plain pattern's matches in {@code text}; returns how many. */
    private static int sameMatches(Gate g, String text) {
        Matcher plain = g.pattern.matcher(text);
        Gate.Search gated = g.matcher(text);
        int n = 0;
        while (plain.find()) {
            assertTrue(gated.find(), g.pattern.pattern() + " in " + text);
            assertEquals(plain.start(), gated.start(), g.pattern.pattern() + " in " + text);
            assertEquals(plain.end(), gated.end(), g.pattern.pattern() + " in " + text);
            for (int k = 1; k <= plain.groupCount(); k++) {
                assertEquals(plain.group(k), gated.group(k));
            }
            n++;
        }
        assertFalse(gated.find(), g.pattern.pattern() + " in " + text);
        assertEquals(g.pattern.matcher(text).find(), g.in(text), g.pattern.pattern() + " in " + text);
        // a sentence of the text: the search in it finds the same, and is never ruled out where a match stands
        Scan scan = new Scan(new Sentence(java.util.Optional.empty(), text, text,
                io.github.ogireport.model.SourcePosition.UNKNOWN, 0, 0));
        if (n > 0) {
            assertTrue(g.possible(scan), g.pattern.pattern() + " in " + text);
        }
        Gate.Search inScan = g.matcher(scan);
        for (int k = 0; k < n; k++) {
            assertTrue(inScan.find());
        }
        assertFalse(inScan.find());
        return n;
    }
}
