package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Report;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in rules are found by name, not by scanning the class path; rules of one's own still are found by
 * {@link ServiceLoader}, after the built-in ones.
 */
class RuleRegistryTest {
    /** A rule of one's own, as a third party declares it in {@code META-INF/services}. */
    public static final class OwnRule extends Rule {
        public OwnRule() {
            super("OWN-1", Severity.INFO);
        }

        @Override
        public void check(Report report, Findings out) {
        }
    }

    @Test
    void theBuiltInRulesAreTheProvidersDeclaredOnTheClassPath() {
        List<String> declared = ServiceLoader.load(RuleRegistry.Provider.class).stream()
                .flatMap(p -> p.get().rules().stream()).map(Rule::id).toList();
        List<String> builtIn = RuleRegistry.builtIn().rules().stream().map(Rule::id).toList();
        assertEquals(declared, builtIn);
        assertTrue(builtIn.size() >= 30, builtIn.toString());
        assertEquals(builtIn, RuleRegistry.withServiceLoader().rules().stream().map(Rule::id).toList(),
                "no rules of one's own on this class path");
    }

    @Test
    void rulesOfOnesOwnAreFoundAfterTheBuiltInOnes(@TempDir Path dir) throws IOException {
        List<String> builtIn = RuleRegistry.builtIn().rules().stream().map(Rule::id).toList();
        List<String> ids = withOwnRules(dir, OwnRule.class.getName(),
                () -> RuleRegistry.withServiceLoader().rules().stream().map(Rule::id).toList());
        assertEquals(builtIn.size() + 1, ids.size());
        assertEquals(builtIn, ids.subList(0, builtIn.size()));
        assertEquals("OWN-1", ids.get(ids.size() - 1));
        assertEquals(builtIn, RuleRegistry.builtIn().rules().stream().map(Rule::id).toList(),
                "builtIn() does not look for rules of one's own");
    }

    @Test
    void aRuleOfOnesOwnWithABuiltInIdIsRejected(@TempDir Path dir) throws IOException {
        String taken = RuleRegistry.builtIn().rules().get(0).id();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> withOwnRules(dir, Impostor.class.getName(), RuleRegistry::withServiceLoader));
        assertEquals("two rules with the ID " + taken, e.getMessage());
    }

    /** A rule of one's own that takes the first built-in rule's ID. */
    public static final class Impostor extends Rule {
        public Impostor() {
            super(RuleRegistry.builtIn().rules().get(0).id(), Severity.INFO);
        }

        @Override
        public void check(Report report, Findings out) {
        }
    }

    /** {@code work} run with a context class loader that declares {@code ruleClass} as a rule of one's own. */
    private static <T> T withOwnRules(Path dir, String ruleClass, java.util.function.Supplier<T> work)
            throws IOException {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve(Rule.class.getName()), ruleClass + "\n", StandardCharsets.UTF_8);
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                RuleRegistryTest.class.getClassLoader())) {
            t.setContextClassLoader(loader);
            return work.get();
        } finally {
            t.setContextClassLoader(before);
        }
    }
}
