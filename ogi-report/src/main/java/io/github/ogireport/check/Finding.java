package io.github.ogireport.check;

import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.internal.LazyList;
import io.github.ogireport.model.SectionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What one rule found about one relation, cell or sentence of a report.
 *
 * <p>The severity is the rule's for a {@link Status#FAIL}; findings that are {@link Status#UNCERTAIN} or
 * {@link Status#NOT_ASSESSABLE} carry {@link Severity#INFO} (they ask a person to look, they do not say the
 * report is wrong), and {@link Status#PASS} findings carry the rule's severity for reference.
 *
 * <p>The message is data (its bundle key and arguments); its text is made only when asked for, in the
 * language asked ({@link #message(Locale)}).
 *
 * @param ruleId         the rule's ID, e.g. {@code T2-E1}
 * @param status         the outcome
 * @param severity       how serious
 * @param message        the message: key and arguments
 * @param cells          the cells involved
 * @param quotes         the sentences involved (narrative rules)
 * @param responsibility where the evidence points: the printed report or our reading of it
 *                       ({@link Responsibility#NONE} for a pass)
 */
public record Finding(String ruleId, Status status, Severity severity, Message message, List<CellRef> cells,
        List<Quote> quotes, Responsibility responsibility) {
    /**
     * Checks that no component is null, and copies {@code cells} and {@code quotes} into unmodifiable
     * lists.
     *
     * @param ruleId         the rule's ID
     * @param status         the outcome
     * @param severity       how serious
     * @param message        the message: key and arguments
     * @param cells          the cells involved
     * @param quotes         the sentences involved
     * @param responsibility where the evidence points
     */
    public Finding {
        Objects.requireNonNull(responsibility, "responsibility");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        cells = readOnly(cells);
        quotes = readOnly(quotes);
    }

    /**
     * {@code list} unmodifiable: as it is when it is one of the library's read-only lists (no one changes them:
     * a check's findings are most of its lists, and most of them are never shown), else copied.
     */
    private static <T> List<T> readOnly(List<T> list) {
        return list instanceof LazyList || list instanceof ArrayView ? list : List.copyOf(list);
    }

    /**
     * A finding whose responsibility follows from its status and cells ({@link Responsibility#of}).
     *
     * @param ruleId   the rule's ID
     * @param status   the outcome
     * @param severity how serious
     * @param message  the message: key and arguments
     * @param cells    the cells involved
     * @param quotes   the sentences involved
     */
    public Finding(String ruleId, Status status, Severity severity, Message message, List<CellRef> cells,
            List<Quote> quotes) {
        this(ruleId, status, severity, message, cells, quotes, Responsibility.of(status, cells));
    }

    /**
     * A finding whose message is given as finished text in both languages; its responsibility follows from
     * its status and cells.
     *
     * @param ruleId    the rule's ID
     * @param status    the outcome
     * @param severity  how serious
     * @param messageZh the message in Chinese
     * @param messageEn the message in English
     * @param cells     the cells involved
     * @param quotes    the sentences involved
     */
    public Finding(String ruleId, Status status, Severity severity, String messageZh, String messageEn,
            List<CellRef> cells, List<Quote> quotes) {
        this(ruleId, status, severity, Message.text(Objects.requireNonNull(messageZh, "messageZh"),
                Objects.requireNonNull(messageEn, "messageEn")), cells, quotes);
    }

    /**
     * The message in Chinese for a {@code zh} locale, in English otherwise.
     *
     * @param locale the language to show
     * @return the message's text
     */
    public String message(Locale locale) {
        return message.text(locale);
    }

    /**
     * The message in Chinese.
     *
     * @return the message's Chinese text
     */
    public String messageZh() {
        return message.text(Locale.CHINESE);
    }

    /**
     * The message in English.
     *
     * @return the message's English text
     */
    public String messageEn() {
        return message.text(Locale.ROOT);
    }

    /**
     * The sections this finding is about as its message names them (the {@link SectionId} arguments, in order):
     * what S-SECTIONS says is missing, for instance. Empty when the message names no section.
     *
     * @return the sections named, each once, in the order of the arguments
     */
    public List<SectionId> sections() {
        List<SectionId> out = new ArrayList<>();
        for (Object a : message.arguments()) {
            if (a instanceof SectionId && !out.contains(a)) {
                out.add((SectionId) a);
            }
        }
        return out;
    }

    /**
     * True when this finding counts against the report at {@code threshold}: a FAIL at or above it.
     *
     * @param threshold the lowest severity that counts
     * @return whether this is a FAIL whose severity is at least {@code threshold}
     */
    public boolean failsAt(Severity threshold) {
        return status == Status.FAIL && severity.atLeast(threshold);
    }
}
