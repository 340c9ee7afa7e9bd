package io.github.ogireport.internal.narrative;

import io.github.ogireport.internal.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A number written in a sentence, with the unit after it, found in the matching form of the sentence
 * ({@link Sentence#norm()}). Not API.
 *
 * @param value  the number (Arabic digits with optional thousands commas and decimals, or a small Chinese
 *               numeral such as 十二 before a unit)
 * @param unit   the unit right after it ({@code 件}, {@code 元}, {@code 万元}, {@code %}…), or "" when the
 *               number is followed by something else (a number whose unit was lost: "申请3,截至")
 * @param start  where the number starts in the text
 * @param end    where the figure (number and unit) ends
 * @param unitKind the kind of its unit
 */
public record Figure(BigDecimal value, String unit, int start, int end, UnitKind unitKind) {

    /** The kinds of unit. */
    public enum UnitKind {
        /** 件, 起, 宗, 个, 例, 份, 条, 项, 部: a count. */
        COUNT,
        /** 元, 万元: money. */
        MONEY,
        /** Any other unit (年, 月, 日, %, 次, 人, 家…): not a figure the rules read. */
        OTHER,
        /** No unit: the number stands alone. */
        NONE
    }

    /** Count units (a 个 not followed by a word of time or of a percentage). */
    private static final String COUNT = "件起宗个例份条项部";
    private static final String[] NOT_COUNT_AFTER_GE = {"工作日", "月", "小时", "百分点", "自然日", "季度", "星期", "工作"};
    /** Other units of one character; 件次 and 项次 are not counts either, 小时 is time. */
    private static final String OTHER = "年月日号%‰次人家篇期场名天岁户分秒万亿千百余多位批轮页字处类种所座台套班季周届倍个";
    private static final Words COUNT_UNITS = Words.chars(COUNT);
    private static final Words OTHER_UNITS = Words.chars(OTHER);
    private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九";
    /**
     * The most characters of a number read as a figure: no count or amount of a report is longer, and
     * {@code new BigDecimal} of an unbounded digit string is quadratic (a hostile input).
     */
    static final int MAX_DIGITS = 24;

    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(unitKind, "unitKind");
    }

    /** The value in 元 for a money figure (万元 converted), else the value. */
    public BigDecimal yuan() {
        return "万元".equals(unit) ? value.multiply(BigDecimal.valueOf(10_000)) : value;
    }

    /** The figures of a text in the matching form, in order. Chinese numerals count only before a count unit. */
    public static List<Figure> scan(String norm) {
        return scan(norm, 0);
    }

    /**
     * {@link #scan(String)} of a text none of whose characters before {@code from} is a digit or a Chinese
     * numeral (the sentence's pass found the first one): the same figures, without reading those again.
     */
    static List<Figure> scan(String norm, int from) {
        List<Figure> out = new ArrayList<>();
        int n = norm.length();
        int i = from;
        // one pass by hand (this runs over every sentence): digits with thousands commas and decimals, or a
        // run of at most five Chinese numerals
        while ((i = nextNumber(norm, i, n)) < n) {
            boolean arabic = isAscii(norm.charAt(i));
            int start = i;
            int end;
            int digitsEnd;
            boolean grouped = false;
            if (arabic) {
                end = run(norm, start);
                if (end - start <= 3 && groupAt(norm, end)) {
                    grouped = true;
                    while (groupAt(norm, end)) {
                        end += 4; // ,ddd
                    }
                }
                digitsEnd = end;
                if (end + 1 < n && norm.charAt(end) == '.' && isAscii(norm.charAt(end + 1))) {
                    end = run(norm, end + 1);
                }
            } else {
                end = start + 1;
                while (end < n && end - start < 5 && NUMERAL.starts(norm.charAt(end))) {
                    end++;
                }
                digitsEnd = end;
            }
            i = end;
            if (start > 0 && isDigitLike(norm.charAt(start - 1))) {
                continue; // inside a longer token such as 3.5 or a code
            }
            if (end - start > MAX_DIGITS) {
                continue; // a code or a hostile run of digits, not a count
            }
            if (!arabic && (end >= n || !COUNT_UNITS.starts(norm.charAt(end)))) {
                continue; // a Chinese numeral counts only before a count unit (一步, 统一 are most of them)
            }
            UnitKind kind = kind(norm, end);
            BigDecimal value;
            if (!arabic) {
                if (kind != UnitKind.COUNT) {
                    continue;
                }
                char before = start > 0 ? norm.charAt(start - 1) : ' ';
                if ("第每逐单".indexOf(before) >= 0) {
                    continue;
                }
                int v = chinese(norm, start, end);
                if (v < 0) {
                    continue;
                }
                value = BigDecimal.valueOf(v);
            } else {
                if (end < n && norm.charAt(end) == '.' && end + 1 < n && Character.isDigit(norm.charAt(end + 1))) {
                    continue; // a version or an outline number such as 1.2.3
                }
                value = digitsEnd == end && !grouped && digitsEnd - start <= 18
                        ? BigDecimal.valueOf(digits(norm, start, digitsEnd)) // most figures: what number gives, read in place
                        : number(norm.substring(start, digitsEnd), digitsEnd < end ? norm.substring(digitsEnd, end) : null);
            }
            String unit = unit(norm, end, kind);
            out.add(new Figure(value, unit, start, end + unit.length(), kind));
        }
        return out;
    }

    /** The characters of a Chinese numeral, tested with one bit (this runs for every character of every sentence). */
    private static final Words NUMERAL = Words.chars("零〇一二两三四五六七八九十百");

    /**
     * Where the next digit or Chinese numeral stands from {@code i}, or {@code n}: a loop of its own, kept apart
     * from the reading of a number (most characters are neither).
     */
    private static int nextNumber(String s, int i, int n) {
        while (i < n) {
            char c = s.charAt(i);
            if (isAscii(c) || NUMERAL.starts(c)) {
                return i;
            }
            i++;
        }
        return n;
    }

    private static boolean isAscii(char c) {
        return c >= '0' && c <= '9';
    }

    /** The end of the run of ASCII digits from {@code i}. */
    private static int run(String s, int i) {
        while (i < s.length() && isAscii(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** True when a thousands group ",ddd" stands at {@code i}. */
    private static boolean groupAt(String s, int i) {
        return i + 3 < s.length() && s.charAt(i) == ',' && isAscii(s.charAt(i + 1)) && isAscii(s.charAt(i + 2))
                && isAscii(s.charAt(i + 3));
    }

    private static boolean isDigitLike(char c) {
        return c >= '0' && c <= '9' || c == '.' || CHINESE_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百';
    }

    /** The kind of the unit at {@code at}: read character by character (this runs for every number). */
    private static UnitKind kind(String n, int at) {
        if (at >= n.length()) {
            return UnitKind.NONE;
        }
        char c = n.charAt(at);
        if (c == '元' || n.startsWith("万元", at)) {
            return UnitKind.MONEY;
        }
        if (n.startsWith("件次", at) || n.startsWith("项次", at)) {
            return UnitKind.OTHER;
        }
        if (COUNT_UNITS.starts(c)) {
            if (c == '个') {
                for (String w : NOT_COUNT_AFTER_GE) {
                    if (n.startsWith(w, at + 1)) {
                        return UnitKind.OTHER;
                    }
                }
            }
            return UnitKind.COUNT;
        }
        return OTHER_UNITS.starts(c) || n.startsWith("小时", at) ? UnitKind.OTHER : UnitKind.NONE;
    }

    private static String unit(String n, int at, UnitKind kind) {
        switch (kind) {
            case NONE:
                return "";
            case MONEY:
                return n.charAt(at) == '元' ? "元" : "万元";
            case OTHER:
                return n.startsWith("件次", at) || n.startsWith("项次", at) || n.startsWith("小时", at)
                        ? n.substring(at, at + 2) : n.substring(at, at + 1);
            default:
                return n.substring(at, at + 1);
        }
    }

    /** The value of the ASCII digits [from, to) of {@code s}, at most 18 of them. */
    private static long digits(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** The value of digits (with thousands commas) and an optional decimal part. */
    private static BigDecimal number(String digits, String decimals) {
        if (decimals == null && digits.length() <= 18 && digits.indexOf(',') < 0) {
            return BigDecimal.valueOf(Long.parseLong(digits));
        }
        return new BigDecimal(digits.replace(",", "") + (decimals == null ? "" : decimals));
    }

    /** A Chinese numeral up to 999 (十二, 二十, 一百零五, 两), or null. */
    static Integer chinese(String s) {
        int v = chinese(s, 0, s.length());
        return v < 0 ? null : v;
    }

    /** The Chinese numeral [from, to) of {@code s} ({@link #chinese(String)}), or -1: read in place, no box. */
    private static int chinese(String s, int from, int to) {
        int total = 0;
        int digit = -1;
        boolean lastDigit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (CHINESE_DIGITS.indexOf(c) >= 0) {
                if (lastDigit && digit != 0) {
                    return -1; // two digits in a row: not a numeral (一二)
                }
                digit = value(c);
                lastDigit = true;
            } else {
                int place = c == '十' ? 10 : 100;
                if (!lastDigit && i > from) {
                    return -1; // 十十, 百十
                }
                total += (digit < 0 ? 1 : digit) * place;
                digit = -1;
                lastDigit = false;
            }
        }
        return total + Math.max(digit, 0);
    }

    private static int value(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            default: return 9;
        }
    }
}
