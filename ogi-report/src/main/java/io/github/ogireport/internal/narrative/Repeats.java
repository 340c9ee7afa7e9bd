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

    /** The repeated words of a text, in order, the longest at each place. */
    public static List<Repeat> find(String text) {
        return possible(text) ? places(text) : List.of();
    }

    /**
     * False when no repeated word can stand in {@code text}, found in one pass that reads each character once:
     * a word of {@code len} (2 to 6) Han characters written twice makes two characters in a row each equal to
     * the one {@code len} before it, both at or above U+2E80 (nothing below is Han). The five characters before
     * the current one are kept in locals, and a bit per distance says which of them equal it; a bit set at two
     * places in a row is a pair of equal characters. Most sentences have none, and the search by place (five
     * comparisons at each) runs only where one is.
     */
    static boolean possible(String text) {
        char p1 = 0;
        char p2 = 0;
        char p3 = 0;
        char p4 = 0;
        char p5 = 0;
        char p6 = 0;
        int before = 0; // the distances at which the character before equals the one that far before it
        for (int j = 0, n = text.length(); j < n; j++) {
            char c = text.charAt(j);
            int same = 0;
            if (c >= 0x2E80) { // 0 (no character yet) is below: never equal
                same = (c == p2 ? 1 : 0) | (c == p3 ? 2 : 0) | (c == p4 ? 4 : 0) | (c == p5 ? 8 : 0)
                        | (c == p6 ? 16 : 0);
                if ((same & before) != 0) {
                    return true;
                }
            }
            before = same;
            p6 = p5;
            p5 = p4;
            p4 = p3;
            p3 = p2;
            p2 = p1;
            p1 = c;
        }
        return false;
    }

    /** The repeated words of a text by place: at each, the longest of 6 down to 2 characters. */
    static List<Repeat> places(String text) {
        List<Repeat> out = null; // made at the first: most sentences have none
        int i = 0;
        int n = text.length();
        while (i < n) {
            int found = 0;
            char first = text.charAt(i);
            // nothing below 2E80 is Han: no repeated word starts there (most places of a sentence of figures)
            for (int len = first < 0x2E80 ? 0 : Math.min(MAX, (n - i) / 2); len >= MIN; len--) {
                // the first characters of the two halves decide most places before any comparison
                if (first == text.charAt(i + len) && halvesEqual(text, i, len) && allHan(text, i, i + 2 * len)) {
                    found = len;
                    break;
                }
            }
            if (found > 0) {
                String word = text.substring(i, i + found);
                if (!legitimate(word)) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(new Repeat(word, i));
                }
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
