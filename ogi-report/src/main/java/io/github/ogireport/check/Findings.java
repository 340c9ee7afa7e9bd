package io.github.ogireport.check;

import io.github.ogireport.internal.Messages;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.TableId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    /**
     * The configuration of this run (tolerances).
     *
     * @return the configuration of this run
     */
    public CheckConfig config() {
        return config;
    }

    /**
     * Reports an evaluation whose message is the bundle entry {@code <ruleId>.<key>} formatted with args.
     *
     * @param status the outcome
     * @param key the message key after the rule ID (the bundle entry {@code <ruleId>.<key>})
     * @param cells the cells the evaluation concerns
     * @param quotes the passages of the narrative it concerns
     * @param args the message arguments
     */
    public void report(Status status, String key, List<CellRef> cells, List<Quote> quotes, Object... args) {
        String messageKey = rule.id() + "." + key;
        add(status, Messages.format(Locale.CHINESE, messageKey, plain(args, true)),
                Messages.format(Locale.ROOT, messageKey, plain(args, false)), cells, quotes);
    }

    /**
     * Reports an evaluation with messages of the caller's own.
     *
     * @param status the outcome
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     * @param cells the cells the evaluation concerns
     * @param quotes the passages of the narrative it concerns
     */
    public void add(Status status, String messageZh, String messageEn, List<CellRef> cells, List<Quote> quotes) {
        Severity severity = status == Status.FAIL || status == Status.PASS ? rule.defaultSeverity() : Severity.INFO;
        list.add(new Finding(rule.id(), status, severity, messageZh, messageEn, cells, quotes));
    }

    /**
     * A passing evaluation.
     *
     * @param key the message key after the rule ID (the bundle entry {@code <ruleId>.<key>})
     * @param cells the cells the evaluation concerns
     * @param args the message arguments
     */
    public void pass(String key, List<CellRef> cells, Object... args) {
        report(Status.PASS, key, cells, List.of(), args);
    }

    /**
     * A failing evaluation.
     *
     * @param key the message key after the rule ID (the bundle entry {@code <ruleId>.<key>})
     * @param cells the cells the evaluation concerns
     * @param args the message arguments
     */
    public void fail(String key, List<CellRef> cells, Object... args) {
        report(Status.FAIL, key, cells, List.of(), args);
    }

    /**
     * An evaluation that cannot be decided.
     *
     * @param key the message key after the rule ID (the bundle entry {@code <ruleId>.<key>})
     * @param cells the cells the evaluation concerns
     * @param args the message arguments
     */
    public void uncertain(String key, List<CellRef> cells, Object... args) {
        report(Status.UNCERTAIN, key, cells, List.of(), args);
    }

    /**
     * An evaluation that needs a table or section the report lacks.
     *
     * @param key the message key after the rule ID (the bundle entry {@code <ruleId>.<key>})
     * @param args the message arguments
     */
    public void notAssessable(String key, Object... args) {
        report(Status.NOT_ASSESSABLE, key, List.of(), List.of(), args);
    }

    List<Finding> list() {
        return list;
    }

    /**
     * Arguments ready for MessageFormat in one language: numbers as plain strings (MessageFormat would group
     * digits and round decimals); column, row and section IDs by their Chinese labels or English names.
     */
    private static Object[] plain(Object[] args, boolean chinese) {
        Locale locale = chinese ? Locale.CHINESE : Locale.ROOT;
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof BigDecimal) {
                out[i] = ((BigDecimal) a).toPlainString();
            } else if (a instanceof Number) {
                out[i] = a.toString();
            } else if (a instanceof ColumnId) {
                ColumnId c = (ColumnId) a;
                out[i] = chinese ? c.label() : Messages.format(locale, "column." + c.id());
            } else if (a instanceof RowId) {
                RowId r = (RowId) a;
                out[i] = chinese ? r.label() : r.id();
            } else if (a instanceof SectionId) {
                SectionId s = (SectionId) a;
                out[i] = chinese ? s.heading() : Messages.format(locale, "section." + s.name());
            } else if (a instanceof TableId) {
                TableId t = (TableId) a;
                out[i] = chinese ? t.title() : t.name();
            } else if (a instanceof Localized) {
                out[i] = chinese ? ((Localized) a).zh() : ((Localized) a).en();
            } else {
                out[i] = a;
            }
        }
        return out;
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
