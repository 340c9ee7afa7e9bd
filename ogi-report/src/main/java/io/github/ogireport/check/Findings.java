package io.github.ogireport.check;

import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.internal.LazyList;
import io.github.ogireport.internal.text.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.Supplier;

/**
 * Where a {@link Rule} reports its evaluations. Built-in rules name a message key, looked up as
 * {@code <ruleId>.<key>} in both message bundles; rules of your own may {@link #add} findings with their
 * own messages.
 */
public final class Findings {
    private final Rule rule;
    private final String ruleId;
    private final Severity severityOfRule;
    private final CheckConfig config;
    /** Where the findings go: the check's list, shared by its rules in turn. */
    private final List<Finding> list;
    /** Views of the report derived once per check and shared by its rules (see {@link #shared}). */
    private final Map<Class<?>, Object> shared;
    /** The last key asked and its {@code <ruleId>.<key>}: a rule mostly reports one key many times. */
    private String lastKey;
    private String lastMessageKey;

    Findings(Rule rule, CheckConfig config) {
        this(rule, config, new HashMap<>(), new ArrayList<>());
    }

    Findings(Rule rule, CheckConfig config, Map<Class<?>, Object> shared, List<Finding> list) {
        this.rule = rule;
        this.ruleId = rule.id();
        this.severityOfRule = rule.defaultSeverity();
        this.config = config;
        this.shared = shared;
        this.list = list;
    }

    /**
     * A view of the report that several rules read (the narrative's sentences and figures, say), computed by
     * the first rule of a check that asks for it and handed to the others of the same check; it is dropped
     * with the check. Rules run one after the other on one thread, so {@code compute} runs at most once.
     *
     * @param <T>     the view's type
     * @param type    the view's class, its key
     * @param compute computes the view when this check has none yet
     * @return the view, computed now or by an earlier rule of this check
     */
    public <T> T shared(Class<T> type, Supplier<? extends T> compute) {
        Object v = shared.get(type);
        if (v == null) {
            v = compute.get();
            shared.put(type, v);
        }
        return type.cast(v);
    }

    /**
     * The configuration of this run (tolerances).
     *
     * @return the check's configuration
     */
    public CheckConfig config() {
        return config;
    }

    /**
     * Reports an evaluation whose message is the bundle entry {@code <ruleId>.<key>} with args, kept as data
     * and formatted only when shown.
     *
     * @param status the outcome
     * @param key    the message key, relative to the rule's ID
     * @param cells  the cells involved
     * @param quotes the sentences involved
     * @param args   the message's arguments
     * @throws java.util.MissingResourceException when the bundles do not define {@code <ruleId>.<key>}
     */
    public void report(Status status, String key, List<CellRef> cells, List<Quote> quotes, Object... args) {
        add(status, Responsibility.of(status, cells), message(key, args), cells, quotes);
    }

    /** The message {@code <ruleId>.<key>} with args, checked to be defined. */
    private Message message(String key, Object... args) {
        if (key == lastKey) { // the same string: a literal of the rule
            return messageOf(lastMessageKey, args);
        }
        Map<String, String> ofRule = rule.messageKeys;
        String messageKey = ofRule.get(key);
        if (messageKey == null) {
            messageKey = rule.id() + "." + key;
            if (!Messages.has(messageKey)) {
                throw new MissingResourceException("no message " + messageKey, Messages.MESSAGES, messageKey);
            }
            ofRule.put(key, messageKey); // only keys the bundles define are kept: a few hundred
        }
        lastKey = key;
        lastMessageKey = messageKey;
        return messageOf(messageKey, args);
    }

    /**
     * The message {@code messageKey} with args, or with the lazy arguments a built-in rule gives as its one. The
     * arguments are copied once (the caller may reuse its array), straight into the message's read-only list.
     */
    private static Message messageOf(String messageKey, Object[] args) {
        if (args.length == 0) {
            return new Message(messageKey, NO_ARGUMENTS);
        }
        if (args.length == 1 && args[0] instanceof LazyList && ((LazyList<?>) args[0]).isArguments()) {
            @SuppressWarnings("unchecked")
            List<Object> lazy = (List<Object>) args[0];
            return new Message(messageKey, lazy);
        }
        return new Message(messageKey, ArrayView.of(args.clone()));
    }

    private static final List<Object> NO_ARGUMENTS = ArrayView.of(new Object[0]);

    /**
     * Reports an evaluation whose message is the bundle entry {@code <ruleId>.<key>}, saying where its evidence
     * points when the cells alone do not tell (a narrative figure that cannot be tied to the table is the
     * reading's doubt, not the report's).
     *
     * @param status         the outcome
     * @param responsibility where the evidence points
     * @param key            the message key, relative to the rule's ID
     * @param cells          the cells involved
     * @param quotes         the sentences involved
     * @param args           the message's arguments
     * @throws java.util.MissingResourceException when the bundles do not define {@code <ruleId>.<key>}
     */
    public void report(Status status, Responsibility responsibility, String key, List<CellRef> cells,
            List<Quote> quotes, Object... args) {
        add(status, responsibility, message(key, args), cells, quotes);
    }

    /**
     * Reports an evaluation with messages of the caller's own; its responsibility follows from its cells.
     *
     * @param status    the outcome
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     * @param cells     the cells involved
     * @param quotes    the sentences involved
     */
    public void add(Status status, String messageZh, String messageEn, List<CellRef> cells, List<Quote> quotes) {
        add(status, Responsibility.of(status, cells), Message.text(messageZh, messageEn), cells, quotes);
    }

    /**
     * Reports an evaluation with messages of the caller's own, saying where its evidence points.
     *
     * @param status         the outcome
     * @param responsibility where the evidence points
     * @param messageZh      the message in Chinese
     * @param messageEn      the message in English
     * @param cells          the cells involved
     * @param quotes         the sentences involved
     */
    public void add(Status status, Responsibility responsibility, String messageZh, String messageEn,
            List<CellRef> cells, List<Quote> quotes) {
        add(status, responsibility, Message.text(messageZh, messageEn), cells, quotes);
    }

    private void add(Status status, Responsibility responsibility, Message message, List<CellRef> cells,
            List<Quote> quotes) {
        Severity severity = status == Status.FAIL || status == Status.PASS ? severityOfRule : Severity.INFO;
        list.add(new Finding(ruleId, status, severity, message, cells, quotes, responsibility));
    }

    /**
     * Reports a passing evaluation, with no quotes.
     *
     * @param key   the message key, relative to the rule's ID
     * @param cells the cells involved
     * @param args  the message's arguments
     */
    public void pass(String key, List<CellRef> cells, Object... args) {
        add(Status.PASS, Responsibility.NONE, message(key, args), cells, List.of()); // a pass blames no one
    }

    /**
     * Reports a failing evaluation, with no quotes.
     *
     * @param key   the message key, relative to the rule's ID
     * @param cells the cells involved
     * @param args  the message's arguments
     */
    public void fail(String key, List<CellRef> cells, Object... args) {
        report(Status.FAIL, key, cells, List.of(), args);
    }

    /**
     * Reports an evaluation that cannot be decided, with no quotes.
     *
     * @param key   the message key, relative to the rule's ID
     * @param cells the cells involved
     * @param args  the message's arguments
     */
    public void uncertain(String key, List<CellRef> cells, Object... args) {
        report(Status.UNCERTAIN, key, cells, List.of(), args);
    }

    /**
     * An evaluation that needs cells the reading did not find: not assessable, the absent cells named (never
     * summed as 0). Its responsibility is {@link Responsibility#READING}.
     *
     * @param key   the message key, relative to the rule's ID
     * @param cells the cells involved, the absent ones among them
     * @param args  the message's arguments
     */
    public void absent(String key, List<CellRef> cells, Object... args) {
        report(Status.NOT_ASSESSABLE, Responsibility.READING, key, cells, List.of(), args);
    }

    /**
     * Reports an evaluation that needs a table or section the report lacks: not assessable, with no cells.
     *
     * @param key  the message key, relative to the rule's ID
     * @param args the message's arguments
     */
    public void notAssessable(String key, Object... args) {
        report(Status.NOT_ASSESSABLE, key, List.of(), List.of(), args);
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
