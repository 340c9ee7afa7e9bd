package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule has its cases ({@code src/test/resources/rules/<ID>.cases}) and its page
 * ({@code docs/rules/<ID>.md}) whose header — the ID in the title, the severity and the summary in both
 * languages — is the rule's own, generated from the class and the bundles: {@code -Dogi.updateReadme=true}
 * rewrites the headers after a change.
 */
class RuleDocsTest {
    static final Path DOCS = Path.of("docs/rules");

    /** The header lines of a rule's page after its title. */
    static String header(Rule r) {
        return "**Severity:** " + r.defaultSeverity() + " · **Summary:** " + r.summary(Locale.ROOT) + " · **摘要：** "
                + r.summary(Locale.CHINESE);
    }

    @Test
    void everyRuleHasItsCases() {
        for (Rule r : RuleRegistry.builtIn().rules()) {
            Path cases = RuleCasesTest.CASES.resolve(r.id() + ".cases");
            assertTrue(Files.isRegularFile(cases), r.id() + ": no " + cases);
        }
    }

    @Test
    void everyRulePageStartsWithTheGeneratedHeader() throws IOException {
        List<String> stale = new ArrayList<>();
        for (Rule r : RuleRegistry.builtIn().rules()) {
            Path page = DOCS.resolve(r.id() + ".md");
            List<String> lines = new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8));
            assertTrue(lines.size() > 3 && lines.get(0).startsWith("# " + r.id() + " — "),
                    page + ": the title is not \"# " + r.id() + " — …\"");
            int end = 2;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            List<String> actual = lines.subList(2, end);
            if (!actual.equals(List.of(header(r)))) {
                if (Boolean.getBoolean("ogi.updateReadme")) {
                    actual.clear();
                    actual.add(header(r));
                    Files.write(page, lines, StandardCharsets.UTF_8);
                } else {
                    stale.add(page + ": " + actual);
                }
            }
        }
        assertEquals(List.of(), stale, "stale rule page headers: run mvn test -Dtest=RuleDocsTest "
                + "-Dogi.updateReadme=true");
    }
}
