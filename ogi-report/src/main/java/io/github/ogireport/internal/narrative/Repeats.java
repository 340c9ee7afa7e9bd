package io.github.ogireport.internal.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Immediately repeated words of two to six Chinese characters ("资金资金"), a typing slip. Legitimate
 * reduplication is left alone: one character doubled (常常, 谢谢, 哈哈哈哈), measure words counted one by one
 * (一步一步, 一件一件, 每年每年), and the ABAB form of verbs asking for a try (研究研究, 商量商量), which
 * reports rarely use but correct Chinese allows. Not API.
 */
public final class Repeats {
    private static final int MIN = 2;
    private static final int MAX = 6;
    private static final Set<String> VERBS = Set.of("研究", "讨论", "学习", "商量", "考虑", "了解", "检查", "看看",
            "休息", "打扫", "整理", "交流", "沟通", "锻炼", "活动", "比较", "琢磨", "介绍", "说明", "试试", "想想",
            "走走", "聊聊", "雪白", "通红", "冰凉", "笔直");

    private Repeats() {
    }

    /**
     * A repeated word.
     *
     * @param word  the word written twice
     * @param start where the first of the two starts in the text
     */
    public record Repeat(String word, int start) {
    }

    /**
     * The repeated words of a text, in order, the longest at each place: what {@link #places} finds, with the
     * search by place run only near the pairs that {@link #pair} finds. A word of {@code len} characters written
     * twice from {@code k} makes a pair ending at {@code k + len + 1}, so no word starts more than 7 places before
     * the first pair, nor (when the search has passed a pair without finding one) between the last place it
     * tried and the next pair; the search by place runs, as it is, over the places in between only.
     */
    public static List<Repeat> find(String text) {
        List<Repeat> out = null; // made at the first: most sentences have none
        int n = text.length();
        int i = 0;
        while (i < n) {
            int j = pair(text, i);
            if (j < 0) {
                break;
            }
            // the words that can start at or after i and make this pair start from j - 7 to j - 3
            for (i = Math.max(i, j - 1 - MAX); i <= j - 1 - MIN; ) {
                int found = longest(text, i);
                if (found > 0) {
                    out = add(out, text, i, found);
                    i += 2 * found;
                    break; // the next pair from past the word
                }
                i++;
            }
        }
        return out == null ? List.of() : out;
    }

    /**
     * The first place {@code j} where the two characters ending at {@code j} equal the two ending {@code d}
     * before them, for a {@code d} of 2 to 6, all four at or above U+2E80 (nothing below is Han), reading the
     * characters from {@code from} on only; -1 when there is none. Each pair of characters is kept as one
     * {@code int} and compared with the five before it: most sentences have no pair, and no repeated word then.
     */
    static int pair(String text, int from) {
        int n = text.length();
        if (n - from < 2 * MIN) {
            return -1;
        }
        int h1 = text.charAt(from);
        // before the first: 0, and the first character alone; neither equals a pair of characters at or above 2E80
        int h2 = 0;
        int h3 = 0;
        int h4 = 0;
        int h5 = 0;
        int h6 = 0;
        for (int j = from + 1; j < n; j++) {
            int h = h1 << 16 | text.charAt(j); // the characters at j - 1 and j
            if (h == h2 | h == h3 | h == h4 | h == h5 | h == h6) {
                if (h >>> 16 >= 0x2E80 && (h & 0xFFFF) >= 0x2E80) {
                    return j;
                }
            }
            h6 = h5;
            h5 = h4;
            h4 = h3;
            h3 = h2;
            h2 = h1;
            h1 = h;
        }
        return -1;
    }

    /** False when no repeated word can stand in {@code text}: there is no {@link #pair}. */
    static boolean possible(String text) {
        return pair(text, 0) >= 0;
    }

    /** The length of the longest word written twice from {@code i} (6 down to 2 characters), or 0. */
    private static int longest(String text, int i) {
        int n = text.length();
        char first = text.charAt(i);
        // nothing below 2E80 is Han: no repeated word starts there (most places of a sentence of figures)
        for (int len = first < 0x2E80 ? 0 : Math.min(MAX, (n - i) / 2); len >= MIN; len--) {
            // the first characters of the two halves decide most places before any comparison
            if (first == text.charAt(i + len) && halvesEqual(text, i, len) && allHan(text, i, i + 2 * len)) {
                return len;
            }
        }
        return 0;
    }

    private static List<Repeat> add(List<Repeat> out, String text, int i, int len) {
        String word = text.substring(i, i + len);
        if (legitimate(word)) {
            return out;
        }
        List<Repeat> list = out == null ? new ArrayList<>() : out;
        list.add(new Repeat(word, i));
        return list;
    }

    /** The repeated words of a text by place: at each, the longest of 6 down to 2 characters. */
    static List<Repeat> places(String text) {
        List<Repeat> out = null;
        int i = 0;
        while (i < text.length()) {
            int found = longest(text, i);
            if (found > 0) {
                out = add(out, text, i, found);
                i += 2 * found;
            } else {
                i++;
            }
        }
        return out == null ? List.of() : out;
    }

    /** True when the {@code len} characters from {@code i} are the next {@code len} again. */
    private static boolean halvesEqual(String t, int i, int len) {
        for (int k = 1; k < len; k++) {
            if (t.charAt(i + k) != t.charAt(i + len + k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean legitimate(String word) {
        boolean same = true;
        for (int k = 1; k < word.length(); k++) {
            same &= word.charAt(k) == word.charAt(0);
        }
        return same || word.charAt(0) == '一' || word.charAt(0) == '每' || VERBS.contains(word);
    }

    private static boolean allHan(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            // nothing below 2E80 is Han; the ideographs of Unicode 1.1 (4E00–9FA5) are Han in every JDK
            char c = text.charAt(k);
            if (c < 0x2E80 || (c < 0x4E00 || c > 0x9FA5) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
