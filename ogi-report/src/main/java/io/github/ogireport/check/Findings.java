package io.github.ogireport.check;

import io.github.ogireport.internal.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;

/**
 * Where a {@link Rule} reports its evaluations. Built-in rules name a message key, looked up as
 * {@code <ruleId>.<key>} in both message bundles; rules of your own may {@link #add} findings with their
 * own messages.
 */
public final class Findings {
    private final Rule rule;
    private final CheckConfig config;
    private final List<Finding> list = new ArrayList<>();

    Findings(Rule rule, CheckConfig config) {
        this.rule = rule;
        this.config = config;
    }

    /** The configuration of this run (tolerances). */
    public CheckConfig config() {
        return config;
    }

    /**
     * Reports an evaluation whose message is the bundle entry {@code <ruleId>.<key>} with args, kept as data
     * and formatted only when shown.
     *
     * @throws java.util.MissingResourceException when the bundles do not define {@code <ruleId>.<key>}
     */
    public void report(Status status, String key, List<CellRef> cells, List<Quote> quotes, Object... args) {
        String messageKey = rule.id() + "." + key;
        if (!Messages.has(messageKey)) {
            throw new MissingResourceException("no message " + messageKey, Messages.MESSAGES, messageKey);
        }
        add(status, Message.of(messageKey, args), cells, quotes);
    }

    /** Reports an evaluation with messages of the caller's own. */
    public void add(Status status, String messageZh, String messageEn, List<CellRef> cells, List<Quote> quotes) {
        add(status, Message.text(messageZh, messageEn), cells, quotes);
    }

    private void add(Status status, Message message, List<CellRef> cells, List<Quote> quotes) {
        Severity severity = status == Status.FAIL || status == Status.PASS ? rule.defaultSeverity() : Severity.INFO;
        list.add(new Finding(rule.id(), status, severity, message, cells, quotes));
    }

    /** A passing evaluation. */
    public void pass(String key, List<CellRef> cells, Object... args) {
        report(Status.PASS, key, cells, List.of(), args);
    }

    /** A failing evaluation. */
    public void fail(String key, List<CellRef> cells, Object... args) {
        report(Status.FAIL, key, cells, List.of(), args);
    }

    /** An evaluation that cannot be decided. */
    public void uncertain(String key, List<CellRef> cells, Object... args) {
        report(Status.UNCERTAIN, key, cells, List.of(), args);
    }

    /** An evaluation that needs a table or section the report lacks. */
    public void notAssessable(String key, Object... args) {
        report(Status.NOT_ASSESSABLE, key, List.of(), List.of(), args);
    }

    List<Finding> list() {
        return list;
    }

    /**
     * A message argument with a text per language.
     *
     * @param zh the Chinese text
     * @param en the English text
     */
    public record Localized(String zh, String en) {
    }
}
