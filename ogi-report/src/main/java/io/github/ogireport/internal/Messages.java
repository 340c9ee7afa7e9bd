package io.github.ogireport.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up messages in {@code messages.properties} / {@code messages_zh.properties} (and, for the HTML page,
 * {@code html.properties} / {@code html_zh.properties}). Not API.
 */
public final class Messages {
    /** The rule and parse messages. */
    public static final String MESSAGES = "io.github.ogireport.messages";
    /** The labels of the HTML report page. */
    public static final String HTML = "io.github.ogireport.html";

    private Messages() {
    }

    /** The message bundle for a locale; only Chinese and English exist, English is the root. */
    public static ResourceBundle bundle(Locale locale) {
        return bundle(MESSAGES, locale);
    }

    /** The bundle {@code baseName} for a locale; only Chinese and English exist, English is the root. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        Locale lookup = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(baseName, lookup, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Formats the message {@code key} with {@code args} ({@link MessageFormat} syntax). */
    public static String format(Locale locale, String key, Object... args) {
        return formatIn(MESSAGES, locale, key, args);
    }

    /** Formats {@code key} of the bundle {@code baseName} with {@code args} ({@link MessageFormat} syntax). */
    public static String formatIn(String baseName, Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(baseName, locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
