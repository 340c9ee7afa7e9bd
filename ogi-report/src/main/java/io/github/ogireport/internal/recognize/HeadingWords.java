package io.github.ogireport.internal.recognize;

import io.github.ogireport.model.SectionId;

/**
 * What {@link SectionRecognizer} reads of a heading's key, read from its characters in one pass: the ordinal's
 * level and numeral, and the sections whose strong and weak names it holds. Each method says the expression it
 * reads exactly ({@code HeadingWordsTest} holds the expressions and checks every answer against them on the
 * corpus' headings and on generated strings). Not API.
 */
final class HeadingWords {
    private static final String NUMERALS = "一二三四五六七八九十";
    /** Marks after a top-level numeral: 一、 一. 一, 一: */
    private static final String TOP_MARKS = "、.,，:：";
    private static final String NUMBERED_MARKS = "、.．";

    // tags of the words in NAMES: the strong names by section ordinal, the weak ones by 8 + ordinal, anchors of
    // the names with a gap (复议…诉讼, 问题…改进, 其他需…) after them
    private static final int WEAK = 8;
    private static final int REVIEW_ANCHOR = 16;
    private static final int PROBLEMS_ANCHOR = 17;
    private static final int OTHER_ANCHOR = 18;

    /** The section names in one trie. */
    private static final Vocabulary NAMES = Vocabulary.builder()
            .add(SectionId.OVERVIEW.ordinal(), "总体情况", "概述", "总体概况")
            .add(SectionId.PROACTIVE.ordinal(), "主动公开政府信息")
            .add(SectionId.REQUESTS.ordinal(), "收到和处理", "收到及处理", "收到和受理")
            .add(SectionId.PROBLEMS.ordinal(), "主要问题")
            .add(REVIEW_ANCHOR, "复议")
            .add(PROBLEMS_ANCHOR, "问题")
            .add(OTHER_ANCHOR, "其他需", "其它需")
            .add(WEAK + SectionId.OVERVIEW.ordinal(), "基本情况", "工作概况")
            .add(WEAK + SectionId.PROACTIVE.ordinal(), "主动公开")
            .add(WEAK + SectionId.REQUESTS.ordinal(), "依申请公开", "政府信息公开申请")
            .add(WEAK + SectionId.REVIEW_LITIGATION.ordinal(), "行政复议", "行政诉讼")
            .add(WEAK + SectionId.PROBLEMS.ordinal(), "问题", "改进")
            .add(WEAK + SectionId.OTHER.ordinal(), "其他事项", "其它事项", "其他需要", "其它需要")
            .build();

    private HeadingWords() {
    }

    /** The sections of a key, one bit per section ordinal: strong names in the low int, weak ones in the high. */
    static long sections(String key) {
        long tags = NAMES.tags(key);
        int strong = (int) (tags & 0xFF);
        int weak = (int) (tags >>> WEAK & 0xFF);
        if ((tags & 1L << REVIEW_ANCHOR) != 0 && review(key)) {
            strong |= 1 << SectionId.REVIEW_LITIGATION.ordinal();
        }
        if ((tags & 1L << PROBLEMS_ANCHOR) != 0 && problemsAndImprovement(key)) {
            strong |= 1 << SectionId.PROBLEMS.ordinal();
        }
        if ((tags & 1L << OTHER_ANCHOR) != 0 && otherToReport(key)) {
            strong |= 1 << SectionId.OTHER.ordinal();
        }
        return (long) weak << 32 | strong & 0xFFFFFFFFL;
    }

    /** {@code 行政复议.{0,3}行政诉讼|复议.{0,2}诉讼} found in {@code key}. */
    private static boolean review(String key) {
        for (int p = key.indexOf("复议"); p >= 0; p = key.indexOf("复议", p + 1)) {
            if (gap(key, p + 2, "诉讼", 2) || p >= 2 && key.startsWith("行政", p - 2) && gap(key, p + 2, "行政诉讼", 3)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 问题.{0,2}改进} found in {@code key} ({@code 主要问题}, the other form, is a word of {@link #NAMES}). */
    private static boolean problemsAndImprovement(String key) {
        for (int p = key.indexOf("问题"); p >= 0; p = key.indexOf("问题", p + 1)) {
            if (gap(key, p + 2, "改进", 2)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 其[他它]需要?(?:报告|说明)} found in {@code key}. */
    private static boolean otherToReport(String key) {
        for (int p = key.indexOf('其'); p >= 0; p = key.indexOf('其', p + 1)) {
            if (p + 2 < key.length() && (key.charAt(p + 1) == '他' || key.charAt(p + 1) == '它') && key.charAt(p + 2) == '需') {
                int q = p + 3;
                if (q < key.length() && key.charAt(q) == '要') {
                    q++; // 要 optional: without it the next character would have to start 报告 or 说明, and it is 要
                }
                if (key.startsWith("报告", q) || key.startsWith("说明", q)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code word} starts within {@code most} characters of {@code from}, none of them a line end. */
    private static boolean gap(String key, int from, String word, int most) {
        for (int q = from; q <= from + most && q <= key.length(); q++) {
            if (key.startsWith(word, q)) {
                return true;
            }
            if (q < key.length() && isLineTerminator(key.charAt(q))) {
                return false; // '.' matches no line terminator
            }
        }
        return false;
    }

    /** What '.' does not match (java.util.regex without DOTALL). */
    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The level of a heading's ordinal, from the start of its key. */
    static SectionRecognizer.Level level(String key) {
        if (top(key)) {
            return SectionRecognizer.Level.TOP;
        }
        if (sub(key)) {
            return SectionRecognizer.Level.SUB;
        }
        if (numbered(key)) {
            return SectionRecognizer.Level.NUMBERED;
        }
        return SectionRecognizer.Level.PLAIN;
    }

    /** {@code ^(?:[一二三四五六七八九十]{1,3}\s*[、.,，:：]|第[一二三四五六七八九十]部分)}. */
    static boolean top(String key) {
        int n = numerals(key, 0, 3);
        if (n > 0) {
            // fewer numerals leave a numeral next, neither a space nor a mark: the greedy count is the only one
            int i = spaces(key, n);
            if (i < key.length() && TOP_MARKS.indexOf(key.charAt(i)) >= 0) {
                return true;
            }
        }
        return key.length() >= 4 && key.charAt(0) == '第' && isNumeral(key.charAt(1)) && key.startsWith("部分", 2);
    }

    /** {@code ^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[)）]|[)）])}. */
    static boolean sub(String key) {
        if (key.isEmpty()) {
            return false;
        }
        char c = key.charAt(0);
        int from = c == '(' || c == '（' ? 1 : 0;
        int n = numerals(key, from, 3);
        if (n > 0 && from + n < key.length() && isCloser(key.charAt(from + n))) {
            return true;
        }
        return isCloser(c);
    }

    /** {@code ^[0-9]{1,2}\s*[、.．]}. */
    static boolean numbered(String key) {
        int n = 0;
        while (n < 2 && n < key.length() && key.charAt(n) >= '0' && key.charAt(n) <= '9') {
            n++;
        }
        if (n == 0) {
            return false;
        }
        int i = spaces(key, n);
        return i < key.length() && NUMBERED_MARKS.indexOf(key.charAt(i)) >= 0;
    }

    /** The first match of {@code [一二三四五六七八九十]+|[0-9]+} in {@code key}, or "". */
    static String numeral(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean numeral = isNumeral(c);
            if (numeral || c >= '0' && c <= '9') {
                int j = i + 1;
                while (j < key.length() && (numeral ? isNumeral(key.charAt(j))
                        : key.charAt(j) >= '0' && key.charAt(j) <= '9')) {
                    j++;
                }
                return key.substring(i, j);
            }
        }
        return "";
    }

    /** The number of numerals (at most {@code most}) from {@code from}. */
    private static int numerals(String key, int from, int most) {
        int n = 0;
        while (n < most && from + n < key.length() && isNumeral(key.charAt(from + n))) {
            n++;
        }
        return n;
    }

    /** The index after the white space ({@code \s}: space, tab, line feed, vertical tab, form feed, return) at i. */
    private static int spaces(String key, int i) {
        while (i < key.length() && " \t\n\u000B\f\r".indexOf(key.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean isNumeral(char c) {
        return NUMERALS.indexOf(c) >= 0;
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == '）';
    }
}
