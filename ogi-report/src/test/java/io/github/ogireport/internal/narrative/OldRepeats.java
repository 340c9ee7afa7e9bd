package io.github.ogireport.internal.narrative;

import java.util.ArrayList;
import java.util.List;

/** {@link Repeats}' filter and search as they were before the pair search, kept to compare the new one with. */
final class OldRepeats {
    private OldRepeats() {
    }

    static boolean possible(String text) {
        char p1 = 0;
        char p2 = 0;
        char p3 = 0;
        char p4 = 0;
        char p5 = 0;
        char p6 = 0;
        int before = 0;
        for (int j = 0, n = text.length(); j < n; j++) {
            char c = text.charAt(j);
            int same = 0;
            if (c >= 0x2E80) {
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

    static List<Repeats.Repeat> find(String text) {
        return possible(text) ? places(text) : List.of();
    }

    static List<Repeats.Repeat> places(String text) {
        List<Repeats.Repeat> out = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int found = 0;
            char first = text.charAt(i);
            for (int len = first < 0x2E80 ? 0 : Math.min(6, (n - i) / 2); len >= 2; len--) {
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
                    out.add(new Repeats.Repeat(word, i));
                }
                i += 2 * found;
            } else {
                i++;
            }
        }
        return out == null ? List.of() : out;
    }

    private static boolean halvesEqual(String t, int i, int len) {
        for (int k = 1; k < len; k++) {
            if (t.charAt(i + k) != t.charAt(i + len + k)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> VERBS = java.util.Set.of("研究", "讨论", "学习", "商量", "考虑", "了解",
            "检查", "看看", "休息", "打扫", "整理", "交流", "沟通", "锻炼", "活动", "比较", "琢磨", "介绍", "说明", "试试",
            "想想", "走走", "聊聊", "雪白", "通红", "冰凉", "笔直");

    private static boolean legitimate(String word) {
        boolean same = true;
        for (int k = 1; k < word.length(); k++) {
            same &= word.charAt(k) == word.charAt(0);
        }
        return same || word.charAt(0) == '一' || word.charAt(0) == '每' || VERBS.contains(word);
    }

    private static boolean allHan(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < 0x2E80 || (c < 0x4E00 || c > 0x9FA5) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
