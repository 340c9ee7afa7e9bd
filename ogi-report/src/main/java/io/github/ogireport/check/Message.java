package io.github.ogireport.check;

import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.internal.LazyList;
import io.github.ogireport.internal.text.Messages;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.TableId;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A finding's message as data: a key of the message bundles and its arguments, turned into text only when
 * shown, in the language asked ({@link #text}). Arguments are kept as given: numbers, the ID enums of the
 * model (shown by their Chinese labels or English names), {@link Findings.Localized} pairs, nested
 * {@code Message}s (shown in the same language), and anything else by its {@code toString}.
 *
 * <p>A message given as finished text (a rule of your own, {@link Findings#add}) has the empty key and one
 * argument, the {@link Findings.Localized} text.
 *
 * @param key       the bundle key, e.g. {@code T2-E1.fail}; empty for a message given as text
 * @param arguments the arguments of the pattern ({@code {0}}, {@code {1}}…); may hold nulls
 */
public record Message(String key, List<Object> arguments) {
    /**
     * Checks that the key is not null, and copies the arguments into an unmodifiable list (nulls kept).
     *
     * @param key       the bundle key; empty for a message given as text
     * @param arguments the arguments of the pattern
     */
    public Message {
        Objects.requireNonNull(key, "key");
        // a read-only list over its own copy, unless it is one of the library's read-only lists already
        arguments = arguments instanceof ArrayView || arguments instanceof LazyList ? arguments
                : ArrayView.of(arguments.toArray());
    }

    /**
     * The message {@code key} of the bundles with {@code arguments}.
     *
     * @param key       the bundle key
     * @param arguments the arguments of the pattern
     * @return the message
     */
    public static Message of(String key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /**
     * A message given as finished text in both languages.
     *
     * @param zh the Chinese text
     * @param en the English text
     * @return a message with the empty key and the texts as its one argument
     */
    public static Message text(String zh, String en) {
        return new Message("", List.of(new Findings.Localized(zh, en)));
    }

    /**
     * The message in Chinese for a {@code zh} locale, in English otherwise.
     *
     * @param locale the language to show
     * @return the formatted text
     */
    public String text(Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        if (key.isEmpty()) {
            return String.valueOf(shown(arguments.get(0), chinese));
        }
        Object[] out = new Object[arguments.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = shown(arguments.get(i), chinese);
        }
        return Messages.format(chinese ? Locale.CHINESE : Locale.ROOT, key, out);
    }

    /**
     * An argument ready for MessageFormat in one language: numbers as plain strings (MessageFormat would group
     * digits and round decimals); column, row and section IDs by their Chinese labels or English names.
     */
    private static Object shown(Object a, boolean chinese) {
        Locale locale = chinese ? Locale.CHINESE : Locale.ROOT;
        if (a instanceof BigDecimal) {
            return ((BigDecimal) a).toPlainString();
        } else if (a instanceof Number) {
            return a.toString();
        } else if (a instanceof ColumnId) {
            ColumnId c = (ColumnId) a;
            return chinese ? c.label() : Messages.format(locale, "column." + c.id());
        } else if (a instanceof RowId) {
            RowId r = (RowId) a;
            return chinese ? r.label() : r.id();
        } else if (a instanceof SectionId) {
            SectionId s = (SectionId) a;
            return chinese ? s.heading() : Messages.format(locale, "section." + s.name());
        } else if (a instanceof TableId) {
            TableId t = (TableId) a;
            return chinese ? t.title() : t.name();
        } else if (a instanceof Findings.Localized) {
            return chinese ? ((Findings.Localized) a).zh() : ((Findings.Localized) a).en();
        } else if (a instanceof Message) {
            return ((Message) a).text(locale);
        }
        return a;
    }
}
