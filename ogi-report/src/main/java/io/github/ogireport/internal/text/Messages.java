package io.github.ogireport.internal.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up messages in {@code messages.properties} / {@code messages_zh.properties} (and, for the HTML page,
 * {@code html.properties} / {@code html_zh.properties}). Each pattern is parsed once per bundle, language and
 * key, and kept. A key that is not defined is an error ({@link MissingResourceException}), never the key
 * printed in place of a message. Not API.
 */
public final class Messages {
    /** The rule and parse messages. */
    public static final String MESSAGES = "io.github.ogireport.messages";
    /** The labels of the HTML report page. */
    public static final String HTML = "io.github.ogireport.html";

    /** bundle + language + key → the parsed pattern; MessageFormat is not thread-safe, so uses lock on it. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** The message bundle for a locale; only Chinese and English exist, English is the root. */
    public static ResourceBundle bundle(Locale locale) {
        return bundle(MESSAGES, locale);
    }

    /** The bundle {@code baseName} for a locale; only Chinese and English exist, English is the root. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, lookup(locale), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** True when the message bundles define {@code key} (in the root bundle, which every key must be in). */
    public static boolean has(String key) {
        return Keys.ROOT.contains(key);
    }

    /** The keys of the root message bundle, read once (has() is asked for every finding). */
    private static final class Keys {
        static final Set<String> ROOT = Set.copyOf(bundle(Locale.ROOT).keySet());
    }

    /** Formats the message {@code key} with {@code args} ({@link MessageFormat} syntax). */
    public static String format(Locale locale, String key, Object... args) {
        return formatIn(MESSAGES, locale, key, args);
    }

    /**
     * Formats {@code key} of the bundle {@code baseName} with {@code args} ({@link MessageFormat} syntax).
     *
     * @throws MissingResourceException when the bundle does not define {@code key}
     */
    public static String formatIn(String baseName, Locale locale, String key, Object... args) {
        Locale lookup = lookup(locale);
        MessageFormat f = FORMATS.computeIfAbsent(baseName + '\u0000' + lookup.getLanguage() + '\u0000' + key,
                k -> new MessageFormat(bundle(baseName, lookup).getString(key), Locale.ROOT));
        synchronized (f) {
            return f.format(args);
        }
    }

    private static Locale lookup(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    }
}
