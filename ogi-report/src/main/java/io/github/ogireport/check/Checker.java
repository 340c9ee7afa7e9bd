package io.github.ogireport.check;

import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.model.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Runs the rules of a registry over reports. Thread-safe; rules are stateless. */
public final class Checker {
    private final RuleRegistry registry;
    private final CheckConfig config;

    /**
     * A checker with the rules of {@code registry} under {@code config}.
     *
     * @param registry the rules to run
     * @param config which of them run, and their settings
     */
    public Checker(RuleRegistry registry, CheckConfig config) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.config = Objects.requireNonNull(config, "config");
    }

    /**
     * Checks one report. An unreadable report gets no findings (its error says why).
     *
     * @param report the parsed report
     * @return its findings
     */
    public CheckResult check(Report report) {
        List<Finding> all = new ArrayList<>(128); // every rule adds to it: a checked report has about a hundred
        if (report.isReadable()) {
            Map<Class<?>, Object> shared = new HashMap<>(); // views of this report the rules share, this check only
            for (Rule rule : registry.rules()) {
                if (!config.runs(rule.id())) {
                    continue;
                }
                Findings out = new Findings(rule, config, shared, all);
                try {
                    rule.check(report, out);
                } catch (RuntimeException e) {
                    // a broken rule must not lose the report: say so as a finding
                    out.add(Status.NOT_ASSESSABLE, "规则执行出错：" + e, "rule failed: " + e, List.of(), List.of());
                }
            }
        }
        return new CheckResult(report, ArrayView.of(all.toArray(new Finding[0])), config); // kept, not copied again
    }
}
