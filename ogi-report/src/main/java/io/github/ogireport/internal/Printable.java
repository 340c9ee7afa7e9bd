package io.github.ogireport.internal;

/**
 * The one function that makes report text safe to print: control characters that a terminal, a spreadsheet
 * or a browser would act on are shown escaped as {@code \u001B}. Called at the output boundaries (the text
 * outputs, CSV cells, JSON strings, the HTML page); the model keeps the raw text. Not API.
 *
 * <p>Escaped: C0 controls (NUL, BEL, ESC, CR…), DEL and C1 (0x7F–0x9F, where 0x9B is a one-byte CSI), the
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C: they reorder
 * what a reader sees) and the line separators U+2028, U+2029.
 */
public final class Printable {
    private Printable() {
    }

    /** True for a character {@link #text} escapes, {@code keepLines} aside. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C'
                || c == '\u2028' || c == '\u2029';
    }

    /** {@code s} with every unsafe character escaped, line feeds and tabs included (a one-line value). */
    public static String value(String s) {
        return escape(s, false);
    }

    /** {@code s} with every unsafe character escaped but line feeds and tabs (a rendered text). */
    public static String text(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i), keepLines)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unsafe(c, keepLines)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean unsafe(char c, boolean keepLines) {
        return isUnsafe(c) && !(keepLines && (c == '\n' || c == '\t'));
    }
}
