package io.github.ogireport.check;

import io.github.ogireport.internal.text.Messages;
import io.github.ogireport.model.Report;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One check over a parsed report: one class per rule, carrying its ID, default severity and summary
 * (in the style of Checkstyle and Error Prone). Built-in rules are listed in {@link RuleRegistry}; rules of
 * your own are found through {@link java.util.ServiceLoader} as implementations of this class
 * (declare them in {@code META-INF/services/io.github.ogireport.check.Rule}).
 *
 * <p>A rule reports every evaluation it makes, passing ones included, through {@link Findings}; it never
 * throws for odd content (a missing table is {@link Status#NOT_ASSESSABLE}, a blank cell usually
 * {@link Status#UNCERTAIN}).
 */
public abstract class Rule {
    private final String id;
    private final Severity defaultSeverity;
    /**
     * Message key → {@code <ruleId>.<key>}, each checked to be defined: made once per rule, not per finding or
     * check ({@link Findings}); only keys the bundles define are kept (a few per rule).
     */
    final Map<String, String> messageKeys = new ConcurrentHashMap<>();

    /**
     * @param id              the rule ID (domain-spec §8 IDs such as {@code T2-E1}, or an ID of your own)
     * @param defaultSeverity the severity of its failures
     */
    protected Rule(String id, Severity defaultSeverity) {
        this.id = Objects.requireNonNull(id, "id");
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }

    /**
     * The rule ID.
     *
     * @return the ID, e.g. {@code T2-E1}
     */
    public final String id() {
        return id;
    }

    /**
     * The severity of the rule's failures.
     *
     * @return the severity its FAIL findings carry
     */
    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * What the rule checks, in one line. Built-in rules read it from the message bundles
     * ({@code rule.ID.summary}); a rule of your own may override this (if it does not, its summary is its ID).
     *
     * @param locale the language of the summary
     * @return the summary, or the rule ID when the bundles have none
     */
    public String summary(Locale locale) {
        String key = "rule." + id + ".summary";
        return Messages.has(key) ? Messages.format(locale, key) : id;
    }

    /**
     * Checks {@code report} and reports each evaluation to {@code out}.
     *
     * @param report the parsed report
     * @param out    where the evaluations go
     */
    public abstract void check(Report report, Findings out);

    @Override
    public String toString() {
        return id;
    }
}
