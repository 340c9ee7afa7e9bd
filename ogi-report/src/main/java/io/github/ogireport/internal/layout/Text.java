package io.github.ogireport.internal.layout;

import java.text.Normalizer;

/** Small text helpers shared by the layout and recognition layers. Not API. */
public final class Text {
    private Text() {
    }

    /** True for white space of any width, including U+3000 and no-break spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u2007' || c == '\u202F'
                || c == '\uFEFF' || c == '\u200B';
    }

    /** Trims white space of any width from both ends. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** True when nothing but white space. */
    public static boolean isBlank(String s) {
        return trim(s).isEmpty();
    }

    /** Collapses runs of white space to one ASCII space and trims. */
    public static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The form used for matching labels: NFKC (full-width to half-width), white space removed,
     * curly quotes straightened, 钩稽 read as 勾稽.
     */
    public static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            switch (c) {
                case '“': case '”': case '„': case '「': case '」':
                    b.append('"');
                    break;
                case '‘': case '’':
                    b.append('\'');
                    break;
                case '钩':
                    b.append('勾');
                    break;
                case '．':
                    b.append('.');
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }
}
