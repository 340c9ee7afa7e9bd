package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.text.Fold;

/** Small text helpers shared by the layout and recognition layers. Not API. */
public final class Text {
    private Text() {
    }

    /** True for white space of any width, including U+3000 and no-break spaces. */
    public static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F; // what Character.isWhitespace says
        }
        if (c > 0x3000) {
            return c == '\uFEFF'; // no other space above the ideographic one: ideographs, full-width forms
        }
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

    /** True when {@code s} holds nothing but white space from {@code from} to {@code to}. */
    public static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when nothing but white space. */
    public static boolean isBlank(String s) {
        return isBlank(s, 0, s.length());
    }

    /** Collapses runs of white space to one ASCII space and trims. */
    public static String collapse(String s) {
        if (isCollapsed(s)) {
            return s;
        }
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
        // one look at the characters decides whether there is anything to do: most labels need nothing
        int first = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c <= '~' || c >= '\u4E00' && c <= '\u9FFF' && c != '钩') {
                continue; // most characters: stable, and kept as they are
            }
            if (!Fold.isStable(c)) {
                first = -1;
                break;
            }
            if (first == s.length() && changesInKey(c)) {
                first = i;
            }
        }
        if (first == s.length()) {
            return s;
        }
        String n = first < 0 ? Fold.nfkc(s) : s;
        int i = Math.max(first, 0);
        StringBuilder b = new StringBuilder(n.length());
        b.append(n, 0, i);
        for (; i < n.length(); i++) {
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

    /**
     * True when {@link #key} leaves every character from {@code from} to {@code to} in {@code chars} as it is, so
     * that the key of that text is the text itself: no white space, nothing NFKC or the key's own replacements
     * change, whatever stands beside it.
     */
    static boolean keptAsIs(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c > ' ' && c <= '~' || c >= '\u4E00' && c <= '\u9FFF' && c != '钩') {
                continue; // what key's own first look passes
            }
            if (!Fold.isStable(c) || changesInKey(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the {@link #key} of {@code s.substring(from, to)} is sure to be longer than {@code max}, told
     * without working it out: more than {@code max} of its characters survive into it unchanged (not space, left
     * alone by NFKC, and not followed by a character that could combine with them). A paragraph of narrative is
     * told from a heading at a glance.
     */
    public static boolean keyLongerThan(String s, int from, int to, int max) {
        if (to - from <= max) {
            return false;
        }
        return kept(s, from, to, max + 1) > max;
    }

    /**
     * How many characters of {@code s} are sure to be kept in its {@link #key}, counted up to {@code most}: the key
     * is at least this long (see {@link #keyLongerThan}).
     */
    public static int keptInKey(String s, int most) {
        return kept(s, 0, s.length(), most);
    }

    private static int kept(String s, int from, int to, int most) {
        int kept = 0;
        // each character's stability asked once (it decides for the character before it too); of the stable
        // characters only the ASCII space is white space
        boolean stable = from < to && Fold.isStable(s.charAt(from));
        for (int i = from; i < to && kept < most; i++) {
            boolean next = i + 1 == to || Fold.isStable(s.charAt(i + 1));
            if (stable && next && s.charAt(i) != ' ') {
                kept++;
            }
            stable = next;
        }
        return kept;
    }

    /** True when {@link #collapse} would not change {@code s}: no space at its ends, none but single ASCII ones. */
    private static boolean isCollapsed(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || s.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** True for a character {@link #key} drops or replaces. */
    private static boolean changesInKey(char c) {
        switch (c) {
            case '“': case '”': case '„': case '「': case '」': case '‘': case '’': case '钩': case '．':
                return true;
            default:
                return isSpace(c);
        }
    }
}
