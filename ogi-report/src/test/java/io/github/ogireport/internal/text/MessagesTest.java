package io.github.ogireport.internal.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Messages reads the bundles itself (not through {@link ResourceBundle}) and shows integers itself (not through
 * {@link NumberFormat}): every message of both bundles in both languages must come out as the bundle machinery
 * and {@link MessageFormat} made it.
 */
class MessagesTest {
    /** Integers of every size and sign, strings, a decimal: what the messages are given. */
    private static final Object[] ARGS = {1234, "甲", -56789012L, 0, "b''c", 999, 1000, new java.math.BigDecimal("1234.5"),
        (short) -1000, Long.MIN_VALUE, 7};

    @Test
    void everyMessageOfBothBundlesIsWhatResourceBundleAndMessageFormatGave() {
        int compared = 0;
        for (String base : List.of(Messages.MESSAGES, Messages.HTML)) {
            for (Locale locale : List.of(Locale.ROOT, Locale.CHINESE, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                ResourceBundle bundle = ResourceBundle.getBundle(base, "zh".equals(locale.getLanguage())
                        ? Locale.CHINESE : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : bundle.keySet()) {
                    String expected = new MessageFormat(bundle.getString(key), Locale.ROOT).format(ARGS);
                    assertEquals(expected, Messages.formatIn(base, locale, key, ARGS), base + " " + locale + " " + key);
                    compared++;
                }
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
    }

    @Test
    void hasAsksTheRootBundle() {
        ResourceBundle root = ResourceBundle.getBundle(Messages.MESSAGES, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (String key : root.keySet()) {
            assertTrue(Messages.has(key), key);
        }
        assertFalse(Messages.has("no.such.key"));
        assertFalse(Messages.has("page.title"), "has() is about the message bundle, not the HTML labels");
    }

    @Test
    void aKeyThatIsNotDefinedIsAnErrorInEitherLanguage() {
        for (Locale locale : List.of(Locale.ROOT, Locale.CHINESE)) {
            MissingResourceException e = assertThrows(MissingResourceException.class,
                    () -> Messages.format(locale, "no.such.key"));
            assertEquals("no.such.key", e.getKey());
        }
    }

    @Test
    void integersAreGroupedAsNumberFormatGroupsThemInTheRootLocale() {
        NumberFormat nf = NumberFormat.getInstance(Locale.ROOT);
        long[] values = {0, 1, -1, 9, 99, 999, -999, 1000, -1000, 9999, 12345, 123456, 1234567, -1234567,
            Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : values) {
            assertEquals(nf.format(v), Messages.grouped(v), String.valueOf(v));
        }
        for (long v = -20_000; v <= 20_000; v += 7) {
            assertEquals(nf.format(v), Messages.grouped(v));
        }
    }

    @Test
    void onlyIntegersAreReplacedAndTheCallersArrayIsLeftAlone() {
        Object[] args = {12345, "x", 1.5};
        Object[] shown = Messages.integersShown(args);
        assertEquals(List.of("12,345", "x", 1.5), List.of(shown));
        assertEquals(12345, args[0]);
        Object[] strings = {"a", "b"};
        assertTrue(strings == Messages.integersShown(strings), "nothing to replace: the same array");
    }

    @Test
    void theBundleFilesReadAsPropertiesReadsThem() throws java.io.IOException {
        for (String file : List.of("messages", "messages_zh", "html", "html_zh")) {
            byte[] bytes;
            try (java.io.InputStream in = Messages.class.getResourceAsStream("/io/github/ogireport/" + file
                    + ".properties")) {
                bytes = in.readAllBytes();
            }
            Map<String, String> entries = Messages.entries(bytes);
            assertEquals(properties(new String(bytes, UTF_8)), entries, file);
            assertTrue(entries.size() > 90, file + ": " + entries.size());
        }
    }

    @Test
    void anyTextReadsAsPropertiesReadsIt() {
        List<String> cases = List.of("", "a", "a=", "=b", "a=b", "a:b", "a b", "a\tb", " \t\fa = = b ",
                "a :\t: b", "a=b\\", "a=b\\\\", "a=b\\\n  c", "a=b\\\r\n  c\\\rd", "# x\\\na=b", "! x\na=1\r\nb=2\rc=3",
                "a=\\u4e2d\\t\\n", "a\\=b=c", "a\\ b=c", "a=1\na=2", "   \n\t\n", "a=b\\\n", "a=b\\\n   \nc=d",
                "a=b\\\n#c", "\\\na=b", "a=中文 {0}''", "a\fb", "a=b \t");
        for (String c : cases) {
            assertEquals(properties(c), Messages.entries(c.getBytes(UTF_8)), c);
        }
        // random texts of the characters that matter to the format
        char[] alphabet = {'a', 'b', '=', ':', ' ', '\t', '\f', '\\', '\n', '\r', '#', '!', 'u', '0', '中', 't'};
        java.util.Random random = new java.util.Random(12);
        int compared = 0;
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(40)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String c = new String(text);
            Map<String, String> expected;
            try {
                expected = properties(c);
            } catch (IllegalArgumentException e) { // a malformed \\uXXXX: an error both ways
                assertThrows(IllegalArgumentException.class, () -> Messages.entries(c.getBytes(UTF_8)), c);
                continue;
            }
            assertEquals(expected, Messages.entries(c.getBytes(UTF_8)), c);
            compared++;
        }
        assertTrue(compared > 10_000, "compared " + compared);
    }

    private static Map<String, String> properties(String text) {
        java.util.Properties p = new java.util.Properties();
        try {
            p.load(new java.io.StringReader(text));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> out = new java.util.HashMap<>();
        for (String key : p.stringPropertyNames()) {
            out.put(key, p.getProperty(key));
        }
        return out;
    }
}
