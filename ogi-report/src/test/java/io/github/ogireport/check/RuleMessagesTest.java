package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every built-in rule has a summary, and its message keys are the same in both bundles (read separately). */
class RuleMessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream("/io/github/ogireport/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyRuleHasItsMessagesInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        for (Rule r : RuleRegistry.builtIn().rules()) {
            assertTrue(en.containsKey("rule." + r.id() + ".summary"), r.id() + " summary (en)");
            assertTrue(zh.containsKey("rule." + r.id() + ".summary"), r.id() + " summary (zh)");
            assertEquals(keys(en, r.id()), keys(zh, r.id()), r.id() + ": keys of the two bundles");
            assertTrue(keys(en, r.id()).size() > 0, r.id() + " has messages");
        }
    }

    private static Set<String> keys(Properties p, String id) {
        Set<String> out = new TreeSet<>();
        for (String k : p.stringPropertyNames()) {
            if (k.startsWith(id + ".")) {
                out.add(k);
            }
        }
        return out;
    }
}
