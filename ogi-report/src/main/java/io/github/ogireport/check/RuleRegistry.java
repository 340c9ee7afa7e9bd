package io.github.ogireport.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rules a check runs: the built-in ones (an explicit list) and, optionally, rules found with
 * {@link ServiceLoader}. Rule IDs are unique; a later rule with a taken ID is rejected.
 *
 * <p>The built-in rules reach the registry through a {@link Provider}, {@code check.rules.BuiltInRules},
 * looked up by name (and declared in the library's
 * {@code META-INF/services/io.github.ogireport.check.RuleRegistry$Provider}, which is scanned only when that
 * class is not there), so that this package, the rule API, does not depend on the package of its
 * implementations.
 */
public final class RuleRegistry {
    private final Map<String, Rule> rules;
    /** The rules in order, made once: {@link #rules()} is asked at every check. */
    private final List<Rule> list;

    /**
     * Gives the registry its built-in rules: the library's own provider. Not for rules of your own, which are
     * found as {@code META-INF/services/io.github.ogireport.check.Rule}.
     */
    public interface Provider {
        /**
         * A new instance of every rule, in the order they run and are reported.
         *
         * @return the provider's rules
         */
        List<Rule> rules();
    }

    /** The providers of built-in rules, found once. */
    private static final class Providers {
        /**
         * The library's own provider, looked up by name: scanning the class path for providers with
         * {@link ServiceLoader} was a hundredth of a cold {@code ogi check} (docs/performance.md, start-up), and
         * the name keeps this package independent of the package of the rules.
         */
        static final String BUILT_IN = "io.github.ogireport.check.rules.BuiltInRules";
        static final List<Provider> ALL = load();

        private static List<Provider> load() {
            Class<?> builtIn;
            try {
                builtIn = Class.forName(BUILT_IN, true, RuleRegistry.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                return scan(); // a build that moved or renamed it: the providers it declares
            }
            try {
                return List.of((Provider) builtIn.getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make the built-in rules (" + BUILT_IN + ")", e);
            }
        }

        private static List<Provider> scan() {
            List<Provider> all = new ArrayList<>();
            for (Provider p : ServiceLoader.load(Provider.class, RuleRegistry.class.getClassLoader())) {
                all.add(p);
            }
            if (all.isEmpty()) {
                throw new IllegalStateException("the built-in rules are missing from the class path "
                        + "(" + BUILT_IN + ", or META-INF/services/" + Provider.class.getName() + ")");
            }
            return List.copyOf(all);
        }
    }

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (map.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two rules with the ID " + r.id());
            }
        }
        this.rules = map;
        this.list = List.copyOf(map.values());
    }

    /**
     * The built-in rules only.
     *
     * @return a registry of the built-in rules
     * @throws IllegalStateException when no provider of built-in rules is on the class path
     */
    public static RuleRegistry builtIn() {
        return new RuleRegistry(builtInRules());
    }

    /**
     * The built-in rules and those found by {@link ServiceLoader} on the class path.
     *
     * @return a registry of the built-in rules followed by those found
     * @throws IllegalArgumentException when two rules have the same ID
     */
    public static RuleRegistry withServiceLoader() {
        List<Rule> all = builtInRules();
        for (Rule r : ServiceLoader.load(Rule.class)) {
            all.add(r);
        }
        return new RuleRegistry(all);
    }

    /**
     * The given rules (tests, or a hand-picked set).
     *
     * @param rules the rules, in the order they run
     * @return a registry of these rules
     * @throws IllegalArgumentException when two rules have the same ID
     */
    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    private static List<Rule> builtInRules() {
        List<Rule> all = new ArrayList<>();
        for (Provider p : Providers.ALL) {
            all.addAll(p.rules());
        }
        return all;
    }

    /**
     * All rules, in order.
     *
     * @return an unmodifiable list of the rules
     */
    public List<Rule> rules() {
        return list;
    }

    /**
     * The rule with this ID.
     *
     * @param id the rule ID
     * @return the rule, or empty when the registry has none with this ID
     */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
