package io.github.ogireport.check;

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
 * @param ruleId    the rule's ID, e.g. {@code T2-E1}
 * @param status    the outcome
 * @param severity  how serious
 * @param messageZh the message in Chinese, with the numbers
 * @param messageEn the message in English, with the numbers
 * @param cells     the cells involved
 * @param quotes    the sentences involved (narrative rules)
 */
public record Finding(String ruleId, Status status, Severity severity, String messageZh, String messageEn,
        List<CellRef> cells, List<Quote> quotes) {
    /**
     * Checks that no component is null; the lists are copied (unmodifiable).
     *
     * @param ruleId the rule's ID, e.g. {@code T2-E1}
     * @param status the outcome
     * @param severity how serious
     * @param messageZh the message in Chinese, with the numbers
     * @param messageEn the message in English, with the numbers
     * @param cells the cells involved
     * @param quotes the sentences involved (narrative rules)
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
        cells = List.copyOf(cells);
        quotes = List.copyOf(quotes);
    }

    /**
     * The message in Chinese for a {@code zh} locale, in English otherwise.
     *
     * @param locale {@code zh} for the Chinese message, anything else for English
     * @return the message
     */
    public String message(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? messageZh : messageEn;
    }

    /**
     * True when this finding counts against the report at {@code threshold}: a FAIL at or above it.
     *
     * @param threshold the severity that fails a run
     * @return true when this is a failure of that severity or above
     */
    public boolean failsAt(Severity threshold) {
        return status == Status.FAIL && severity.atLeast(threshold);
    }
}
