package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every registered rule has its summary in both languages and a page docs/rules/ID.md; the bundles agree. */
class RulesDocumentedTest {

    @Test
    void everyRuleHasSummariesInBothLanguagesAndADocPage() {
        for (Rule rule : RuleRegistry.builtIn().rules()) {
            String zh = rule.summary(Locale.CHINESE);
            String en = rule.summary(Locale.ROOT);
            assertNotEquals("rule." + rule.id() + ".summary", zh, rule.id() + ": no Chinese summary");
            assertNotEquals("rule." + rule.id() + ".summary", en, rule.id() + ": no English summary");
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    rule.id() + ": the Chinese summary has no Chinese: " + zh);
            assertTrue(Files.isRegularFile(Path.of("docs/rules", rule.id() + ".md")),
                    rule.id() + ": no docs/rules/" + rule.id() + ".md");
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("/io/github/ogireport/messages.properties");
        Properties zh = load("/io/github/ogireport/messages_zh.properties");
        TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
        onlyEn.removeAll(zh.stringPropertyNames());
        onlyEn.removeIf(k -> k.startsWith("column.") || k.startsWith("section.")); // English names of Chinese labels
        TreeSet<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
        onlyZh.removeAll(en.stringPropertyNames());
        assertEquals(new TreeSet<String>(), onlyEn, "keys only in messages.properties");
        assertEquals(new TreeSet<String>(), onlyZh, "keys only in messages_zh.properties");
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : java.util.List.of("messages.properties", "messages_zh.properties")) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String line : Files.readAllLines(Path.of("ogi-report/src/main/resources/io/github/ogireport", bundle))) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.indexOf('=') < 0) {
                    continue;
                }
                String key = t.substring(0, t.indexOf('=')).strip();
                assertTrue(seen.add(key), bundle + ": " + key + " is defined twice (the last one silently wins)");
            }
        }
    }

    @Test
    void ruleIdsAreUnique() {
        assertEquals(RuleRegistry.builtIn().rules().size(),
                RuleRegistry.builtIn().rules().stream().map(Rule::id).distinct().count());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RulesDocumentedTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
