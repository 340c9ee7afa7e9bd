package io.github.ogireport.batch;

/**
 * Makes text from reports safe for a CSV cell that a spreadsheet opens (CSV formula injection, OWASP): a value
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, so Excel, WPS and LibreOffice show it as text instead of running it as a formula. Line breaks
 * become spaces, so that every CSV record is one line. Numbers written by the batch itself (counts, cell
 * values such as {@code -3}) do not go through here and stay numbers.
 */
public final class CsvText {
    private CsvText() {
    }

    /** {@code s} made safe (null gives ""). */
    public static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        char c = s.charAt(0);
        String out = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
        return oneLine(out);
    }

    /** {@code s} with line breaks as spaces (null gives ""). */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
    }

    /** The text a {@link #safe} value stood for (undoes the apostrophe). */
    public static String unsafe(String s) {
        if (s != null && s.length() >= 2 && s.charAt(0) == '\'') {
            char c = s.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == ' ') {
                return s.substring(1);
            }
        }
        return s;
    }
}
