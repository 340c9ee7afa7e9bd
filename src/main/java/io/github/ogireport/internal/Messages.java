package io.github.ogireport.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Looks up messages in {@code messages.properties} / {@code messages_zh.properties}. Not API. */
public final class Messages {
    private static final String BUNDLE = "io.github.ogireport.messages";

    private Messages() {
    }

    /** The bundle for a locale; only Chinese and English exist, English is the root. */
    public static ResourceBundle bundle(Locale locale) {
        Locale lookup = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, lookup, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Formats the message {@code key} with {@code args} ({@link MessageFormat} syntax). */
    public static String format(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
