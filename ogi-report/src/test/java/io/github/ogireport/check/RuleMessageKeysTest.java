package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.arch.ClassFiles;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T3Column;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message keys of the bundles and of the code agree: no key is used that is not defined (a missing key is an
 * error, never the key printed), and none is defined that nothing uses. A rule's keys ({@code <ID>.<key>}) are
 * the string constants of its class: each key defined for a rule must be one of them; each key a rule reports
 * over the rule cases must be defined (Findings throws, the Checker turns that into a "rule failed" finding, which
 * this test looks for).
 */
class RuleMessageKeysTest {
    /** Rules of {@code ogi batch}'s second pass: their keys are checked by {@code CrossYearMessagesTest}. */
    static final Set<String> CROSS_YEAR = Set.of("T2-Y1", "T1-Y1", "X-COPY");

    private static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleMessageKeysTest.class.getResourceAsStream("/io/github/ogireport/messages.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** The string constants of a class and of the classes nested in it. */
    private static Set<String> constants(Class<?> c) {
        Set<String> out = new HashSet<>();
        for (ClassFiles.ClassFile f : ClassFiles.of(c)) {
            if (f.name().equals(c.getName()) || f.name().startsWith(c.getName() + "$")) {
                out.addAll(f.strings());
            }
        }
        return out;
    }

    /** The string constants of the rules package's helpers (classes that are not rules), which rules share. */
    private static Set<String> helperConstants(List<Rule> rules) {
        Set<String> ruleClasses = new HashSet<>();
        for (Rule r : rules) {
            ruleClasses.add(r.getClass().getName());
        }
        Set<String> out = new HashSet<>();
        for (ClassFiles.ClassFile f : ClassFiles.of(rules.get(0).getClass())) {
            String top = f.name().replaceAll("\\$.*", "");
            if (f.packageName().equals(rules.get(0).getClass().getPackageName()) && !ruleClasses.contains(top)) {
                out.addAll(f.strings());
            }
        }
        return out;
    }

    @Test
    void everyDefinedKeyIsUsed() throws IOException {
        Set<String> used = new TreeSet<>();
        List<Rule> rules = RuleRegistry.builtIn().rules();
        Set<String> shared = helperConstants(rules);
        for (Rule r : rules) {
            used.add("rule." + r.id() + ".summary");
            for (String s : constants(r.getClass())) {
                used.add(r.id() + "." + s);
            }
            for (String s : shared) {
                used.add(r.id() + "." + s);
            }
        }
        for (ClassFiles.ClassFile f : ClassFiles.of(OgiReports.class)) {
            used.addAll(f.strings()); // keys named in full: position.*, value.*, verdict.*, text.*
        }
        for (ParseProblem.Kind k : ParseProblem.Kind.values()) {
            used.add("problem." + k.name());
        }
        for (SectionId s : SectionId.values()) {
            used.add("section." + s.name());
        }
        for (ColumnId c : Stream.of(T1Column.values(), T2Column.values(), T3Column.values()).flatMap(Stream::of)
                .toList()) {
            used.add("column." + c.id());
        }
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(bundle().stringPropertyNames())) {
            String rule = key.startsWith("rule.") ? key.substring(5, key.lastIndexOf('.')) : key.split("\\.")[0];
            if (!used.contains(key) && !CROSS_YEAR.contains(rule)) {
                unused.add(key);
            }
        }
        assertEquals(List.of(), unused, "keys defined in messages.properties that no code uses");
    }

    @Test
    void everyKeyTheRulesReportIsDefined() throws IOException {
        List<String> broken = new ArrayList<>();
        for (RuleCase c : RuleCasesTest.cases().toList()) {
            Report report = OgiReports.parse(RuleCasesTest.apply(c), c.base());
            for (Finding f : OgiReports.check(report, CheckConfig.defaults()).findings()) {
                if (f.message().key().isEmpty()) {
                    broken.add(c + ": " + f.ruleId() + " " + f.messageEn()); // the Checker's "rule failed"
                } else {
                    assertTrue(bundleHas(f.message().key()), f.message().key());
                }
            }
        }
        assertEquals(List.of(), broken, "built-in rules reported a message that is not a defined key");
    }

    private static boolean bundleHas(String key) throws IOException {
        return bundle().containsKey(key);
    }

    @Test
    void aKeyNotDefinedIsAnErrorNotTheKeyPrinted() {
        Rule rule = new Rule("ZZ-1", Severity.INFO) {
            @Override
            public void check(Report report, Findings out) {
                out.fail("noSuchKey", List.of());
            }
        };
        Findings out = new Findings(rule, CheckConfig.defaults());
        assertThrows(MissingResourceException.class, () -> rule.check(null, out));
        assertThrows(MissingResourceException.class, () -> Message.of("ZZ-1.noSuchKey").text(Locale.ROOT));
    }
}
