package io.github.ogireport.check;

import io.github.ogireport.check.rules.BuiltInRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The rules a check runs: the built-in ones (an explicit list) and, optionally, rules found with
 * {@link ServiceLoader}. Rule IDs are unique; a later rule with a taken ID is rejected.
 */
public final class RuleRegistry {
    private final Map<String, Rule> rules;

    private RuleRegistry(List<Rule> rules) {
        Map<String, Rule> map = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (map.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("two rules with the ID " + r.id());
            }
        }
        this.rules = map;
    }

    /**
     * The built-in rules only.
     *
     * @return the built-in rules
     */
    public static RuleRegistry builtIn() {
        return new RuleRegistry(BuiltInRules.all());
    }

    /**
     * The built-in rules and those found by {@link ServiceLoader} on the class path.
     *
     * @return the built-in rules and those found by {@link java.util.ServiceLoader}
     */
    public static RuleRegistry withServiceLoader() {
        List<Rule> all = new ArrayList<>(BuiltInRules.all());
        for (Rule r : ServiceLoader.load(Rule.class)) {
            all.add(r);
        }
        return new RuleRegistry(all);
    }

    /**
     * The given rules (tests, or a hand-picked set).
     *
     * @param rules the rules, in report order
     * @return a registry of exactly these rules
     */
    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    /**
     * All rules, in order.
     *
     * @return the rules, in report order
     */
    public List<Rule> rules() {
        return List.copyOf(rules.values());
    }

    /**
     * The rule with this ID.
     *
     * @param id a rule ID
     * @return the rule with that ID, if registered
     */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }
}
