package io.github.ogireport.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
    private static final Map<String, Map<String, Entry>> TABLES = new ConcurrentHashMap<>();

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
        Entry pattern = table(baseName, language).get(key);
        if (pattern == null) {
            throw new MissingResourceException("Can't find resource for bundle " + baseName
                    + (language.isEmpty() ? "" : "_" + language) + ", key " + key, baseName, key);
        }
        return pattern.text();
    }

    /** The messages of {@code baseName} in {@code language} ("" for the root file), read once. */
    private static Map<String, Entry> table(String baseName, String language) {
        String name = baseName + '\u0000' + language;
        Map<String, Entry> table = TABLES.get(name);
        if (table == null) {
            // the root file first, outside the map's update (no nested computeIfAbsent)
            Map<String, Entry> all = new HashMap<>(language.isEmpty() ? Map.of() : table(baseName, ""));
            all.putAll(index(read(baseName.replace('.', '/') + (language.isEmpty() ? "" : "_" + language)
                    + ".properties")));
            TABLES.putIfAbsent(name, Map.copyOf(all));
            table = TABLES.get(name);
        }
        return table;
    }

    /** A properties file of the class path. */
    private static byte[] read(String resource) {
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new MissingResourceException("no message file " + resource, resource, "");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The entries of a properties file (UTF-8), as {@link Properties#load(java.io.Reader)} reads them, every
     * value decoded (tests).
     */
    static Map<String, String> entries(byte[] file) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Entry> e : index(file).entrySet()) {
            out.put(e.getKey(), e.getValue().text());
        }
        return out;
    }

    /**
     * The entries of a properties file (UTF-8), as {@link Properties#load(java.io.Reader)} reads them, each value
     * left in the file until it is asked for: a short run shows a few dozen of the several hundred messages. The
     * file is read as bytes (its line ends, separators and blanks are ASCII), not as text: a cold run interprets
     * this code, and {@link Properties} (a decoder, then a loop over each character, then another over each key
     * and value) made reading the bundles a tenth of a cold {@code ogi check} (docs/performance.md, start-up). A
     * line with a backslash (an escape, or a line continued on the next: a few in the bundles) is handed, with
     * its continuation lines, to {@link Properties} itself.
     */
    private static Map<String, Entry> index(byte[] bytes) {
        // "\r\n", '\r' and '\n' each end a line: one kind of line end from here on
        byte[] b = indexOf(bytes, (byte) '\r', 0, bytes.length) < bytes.length ? oneLineEnd(bytes) : bytes;
        Map<String, Entry> out = new HashMap<>();
        int n = b.length;
        int backslash = -1; // the next backslash at or after the line's start (n when none): found once
        int line = 0;
        while (line < n) {
            int end = indexOf(b, (byte) '\n', line, n);
            int start = line;
            while (start < end && blank(b[start])) {
                start++;
            }
            byte first = start < end ? b[start] : (byte) '#';
            if (first == '#' || first == '!') { // a comment or a blank line (a comment is never continued)
                line = end + 1;
                continue;
            }
            if (backslash < start) {
                backslash = indexOf(b, (byte) '\\', start, n);
            }
            if (backslash < end) {
                // this line and the lines it continues (each ending in an odd number of backslashes)
                int last = end;
                while (last < n && endsEscaped(b, line, last)) {
                    line = last + 1;
                    last = indexOf(b, (byte) '\n', line, n);
                }
                Properties p = new Properties();
                try {
                    // with its line end: at the end of the text a line that is empty once continued is kept
                    p.load(new StringReader(utf8(b, start, Math.min(last + 1, n))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // a StringReader does not fail
                }
                for (String key : p.stringPropertyNames()) {
                    out.put(key, new Entry(p.getProperty(key)));
                }
                line = last + 1;
                continue;
            }
            // the key ends at the first '=', ':' or blank; the value starts after the blanks, one '=' or ':'
            // (when a blank ended the key) and the blanks after it
            int keyEnd = start;
            byte c = 0;
            boolean ascii = true;
            while (keyEnd < end && (c = b[keyEnd]) != '=' && c != ':' && !blank(c)) {
                ascii &= c >= 0;
                keyEnd++;
            }
            int value = keyEnd;
            boolean separator = false;
            if (keyEnd < end) {
                separator = c == '=' || c == ':';
                value++;
            }
            while (value < end) {
                c = b[value];
                if (!blank(c) && (separator || c != '=' && c != ':')) {
                    break;
                }
                separator |= !blank(c);
                value++;
            }
            String key = ascii ? new String(b, start, keyEnd - start, StandardCharsets.ISO_8859_1)
                    : utf8(b, start, keyEnd);
            out.put(key, new Entry(b, value, end));
            line = end + 1;
        }
        return out;
    }

    /** The first {@code c} in {@code b[from, to)}, or {@code to}. */
    private static int indexOf(byte[] b, byte c, int from, int to) {
        int i = from;
        while (i < to && b[i] != c) {
            i++;
        }
        return i;
    }

    /** The file with each "\r\n" and lone '\r' made a '\n'. */
    private static byte[] oneLineEnd(byte[] b) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        for (int i = 0; i < b.length; i++) {
            if (b[i] != '\r') {
                out.write(b[i]);
            } else if (i + 1 == b.length || b[i + 1] != '\n') {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    /** True when the line {@code [from, end)} ends in an odd number of backslashes: it goes on on the next. */
    private static boolean endsEscaped(byte[] b, int from, int end) {
        int i = end;
        while (i > from && b[i - 1] == '\\') {
            i--;
        }
        return (end - i) % 2 == 1;
    }

    /** The blanks of a properties file: space, tab and form feed. */
    private static boolean blank(byte c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** {@code b[from, to)} as strict UTF-8 (as a resource bundle reads its file). */
    private static String utf8(byte[] b, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UncheckedIOException("a message file is not UTF-8", e);
        }
    }

    /** A message's pattern: decoded from its file when first asked for. */
    private static final class Entry {
        private final byte[] file;
        private final int from;
        private final int to;
        private volatile String text;

        Entry(byte[] file, int from, int to) {
            this.file = file;
            this.from = from;
            this.to = to;
        }

        Entry(String text) {
            this(null, 0, 0);
            this.text = text;
        }

        String text() {
            String t = text;
            if (t == null) {
                t = utf8(file, from, to);
                text = t;
            }
            return t;
        }
    }
}
