package io.github.ogireport.check;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * How a check runs: which rules, what fails a report, tolerances.
 *
 * @param disabled        rule IDs not to run
 * @param only            when not empty, the only rule IDs to run
 * @param failOn          findings that FAIL at or above this severity make a report fail (default ERROR)
 * @param amountTolerance the largest difference still accepted for 万元 amounts (default 0: compare at the
 *                        published precision)
 * @param includePass     whether results list PASS findings too
 */
public record CheckConfig(Set<String> disabled, Set<String> only, Severity failOn, BigDecimal amountTolerance,
        boolean includePass) {

    /** Property keys of a configuration file, the same as the command-line options. */
    public static final String DISABLE = "disable";
    /** Property key: run only these rule IDs (comma-separated). */
    public static final String ONLY = "only";
    /** Property key: the severity at or above which a failure fails the run. */
    public static final String FAIL_ON = "fail-on";
    /** Property key: the tolerance of amounts (fees) in sums. */
    public static final String AMOUNT_TOLERANCE = "amount-tolerance";
    /** Property key: show passing evaluations too. */
    public static final String ALL = "all";

    /**
     * Copies the rule sets and checks the tolerance (not negative).
     *
     * @param disabled rule IDs not to run
     * @param only when not empty, the only rule IDs to run
     * @param failOn findings that FAIL at or above this severity make a report fail (default ERROR)
     * @param amountTolerance the largest difference still accepted for 万元 amounts (default 0: compare at the published
     *     precision)
     * @param includePass whether results list PASS findings too
     */
    public CheckConfig {
        disabled = Set.copyOf(disabled);
        only = Set.copyOf(only);
        Objects.requireNonNull(failOn, "failOn");
        Objects.requireNonNull(amountTolerance, "amountTolerance");
        if (amountTolerance.signum() < 0) {
            throw new IllegalArgumentException("amount tolerance must not be negative: " + amountTolerance);
        }
    }

    /**
     * All rules, failing on ERROR, no tolerance.
     *
     * @return every rule, failing on ERROR, no amount tolerance, passes hidden
     */
    public static CheckConfig defaults() {
        return new CheckConfig(Set.of(), Set.of(), Severity.ERROR, BigDecimal.ZERO, false);
    }

    /**
     * Whether the rule with this ID runs.
     *
     * @param ruleId a rule ID
     * @return true when that rule runs under this configuration
     */
    public boolean runs(String ruleId) {
        return !disabled.contains(ruleId) && (only.isEmpty() || only.contains(ruleId));
    }

    /**
     * A configuration read from properties ({@code disable}, {@code only}: comma-separated IDs;
     * {@code fail-on}: error|warning|info; {@code amount-tolerance}: a decimal; {@code all}: true|false),
     * over {@code base}.
     *
     * @param p the properties read from the file
     * @param base the configuration the file changes
     * @return {@code base} with the properties set in {@code p}
     * @throws IllegalArgumentException for a value that cannot be read
     */
    public static CheckConfig fromProperties(Properties p, CheckConfig base) {
        Set<String> disabled = new LinkedHashSet<>(base.disabled());
        disabled.addAll(ids(p.getProperty(DISABLE)));
        Set<String> only = new LinkedHashSet<>(base.only());
        only.addAll(ids(p.getProperty(ONLY)));
        Severity failOn = base.failOn();
        if (p.getProperty(FAIL_ON) != null) {
            failOn = severity(p.getProperty(FAIL_ON));
        }
        BigDecimal tolerance = base.amountTolerance();
        if (p.getProperty(AMOUNT_TOLERANCE) != null) {
            try {
                tolerance = new BigDecimal(p.getProperty(AMOUNT_TOLERANCE).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("amount-tolerance is not a number: " + p.getProperty(AMOUNT_TOLERANCE));
            }
        }
        boolean all = base.includePass() || Boolean.parseBoolean(p.getProperty(ALL, "false").trim());
        return new CheckConfig(disabled, only, failOn, tolerance, all);
    }

    /**
     * Reads error|warning|info.
     *
     * @param s a severity name, in any case
     * @return the severity
     */
    public static Severity severity(String s) {
        try {
            return Severity.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a severity (error, warning, info): " + s);
        }
    }

    private static Set<String> ids(String list) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null) {
            Arrays.stream(list.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    /**
     * A copy with other rule selections.
     *
     * @param disabled rule IDs not to run
     * @param only when not empty, the only rule IDs to run
     * @return this configuration with those rules
     */
    public CheckConfig withRules(Set<String> disabled, Set<String> only) {
        return new CheckConfig(disabled, only, failOn, amountTolerance, includePass);
    }
}
