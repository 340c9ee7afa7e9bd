package io.github.ogireport.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up messages in {@code messages.properties} / {@code messages_zh.properties} (and, for the HTML page,
 * {@code html.properties} / {@code html_zh.properties}). Each pattern is parsed once per bundle, language and
 * key, and kept. A key that is not defined is an error ({@link MissingResourceException}), never the key
 * printed in place of a message. Not API.
 *
 * <p>The files are read as {@link java.util.ResourceBundle} would read them (UTF-8 properties; a Chinese key
 * missing from {@code _zh} falls back to the root file), but directly, each once: the bundle machinery (its
 * controls, caches and locale lookups) and {@link java.text.NumberFormat}'s locale data were a measurable part of
 * a short run's start-up (docs/performance.md).
 */
public final class Messages {
    /** The rule and parse messages. */
    public static final String MESSAGES = "io.github.ogireport.messages";
    /** The labels of the HTML report page. */
    public static final String HTML = "io.github.ogireport.html";

    /** bundle + language + key → the parsed pattern; MessageFormat is not thread-safe, so uses lock on it. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    /** bundle + language → its messages (the language's file over the root file), read once. */
    private static final Map<String, Map<String, String>> TABLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** True when the message bundles define {@code key} (in the root bundle, which every key must be in). */
    public static boolean has(String key) {
        return table(MESSAGES, "").containsKey(key);
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
        String language = "zh".equals(locale.getLanguage()) ? "zh" : "";
        MessageFormat f = FORMATS.computeIfAbsent(baseName + '\u0000' + language + '\u0000' + key,
                k -> new MessageFormat(pattern(baseName, language, key), Locale.ROOT));
        Object[] shown = integersShown(args);
        synchronized (f) {
            return f.format(shown);
        }
    }

    /**
     * {@code args} with each integer as the text {@link MessageFormat} makes of it in {@link Locale#ROOT} (digits
     * grouped by three with commas), so that formatting does not load the locale data of
     * {@link java.text.NumberFormat} (no pattern here gives a number a format of its own).
     */
    static Object[] integersShown(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Integer || a instanceof Long || a instanceof Short || a instanceof Byte) {
                if (out == args) {
                    out = args.clone();
                }
                out[i] = grouped(((Number) a).longValue());
            }
        }
        return out;
    }

    /** {@code n} with its digits grouped by three: 1,234,567 and -1,234. */
    static String grouped(long n) {
        String digits = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int len = digits.length() - start;
        if (len <= 3) {
            return digits;
        }
        StringBuilder b = new StringBuilder(digits.length() + len / 3);
        b.append(digits, 0, start);
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(start + i));
        }
        return b.toString();
    }

    private static String pattern(String baseName, String language, String key) {
        String pattern = table(baseName, language).get(key);
        if (pattern == null) {
            throw new MissingResourceException("Can't find resource for bundle " + baseName
                    + (language.isEmpty() ? "" : "_" + language) + ", key " + key, baseName, key);
        }
        return pattern;
    }

    /** The messages of {@code baseName} in {@code language} ("" for the root file), read once. */
    private static Map<String, String> table(String baseName, String language) {
        String name = baseName + '\u0000' + language;
        Map<String, String> table = TABLES.get(name);
        if (table == null) {
            // the root file first, outside the map's update (no nested computeIfAbsent)
            Map<String, String> all = new HashMap<>(language.isEmpty() ? Map.of() : table(baseName, ""));
            Properties p = read(baseName.replace('.', '/') + (language.isEmpty() ? "" : "_" + language)
                    + ".properties");
            for (String key : p.stringPropertyNames()) {
                all.put(key, p.getProperty(key));
            }
            TABLES.putIfAbsent(name, Map.copyOf(all));
            table = TABLES.get(name);
        }
        return table;
    }

    /** A properties file of the class path, read as strict UTF-8 (as a resource bundle reads it). */
    private static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new MissingResourceException("no message file " + resource, resource, "");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return p;
    }
}
