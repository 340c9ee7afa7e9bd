package io.github.ogireport.internal.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 */
public record Figure(BigDecimal value, String unit, int start, int end) {

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

    private static final Pattern NUMBER = Pattern.compile(
            "([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?|([零〇一二两三四五六七八九十百]{1,5})");
    private static final Pattern COUNT = Pattern.compile(
            "^(?:件(?!次)|起|宗|个(?!工作日|月|小时|百分点|自然日|季度|星期|工作)|例|份|条|项|部)");
    private static final Pattern MONEY = Pattern.compile("^(?:万元|元)");
    private static final Pattern OTHER = Pattern.compile(
            "^(?:件次|年|月|日|号|%|‰|次|人|家|篇|期|场|名|天|小时|岁|户|分|秒|万|亿|千|百|余|多|位|批|轮|项次|页|字|处|类|种|所|座|台|套|班|季|周|届|倍|元次|个)");
    private static final String CHINESE_DIGITS = "零〇一二两三四五六七八九";

    public Figure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** The kind of this figure's unit. */
    public UnitKind unitKind() {
        if (unit.isEmpty()) {
            return UnitKind.NONE;
        }
        if (COUNT.matcher(unit).find()) {
            return UnitKind.COUNT;
        }
        if (MONEY.matcher(unit).find()) {
            return UnitKind.MONEY;
        }
        return UnitKind.OTHER;
    }

    /** The value in 元 for a money figure (万元 converted), else the value. */
    public BigDecimal yuan() {
        return "万元".equals(unit) ? value.multiply(BigDecimal.valueOf(10_000)) : value;
    }

    /** The figures of a text in the matching form, in order. Chinese numerals count only before a count unit. */
    public static List<Figure> scan(String norm) {
        List<Figure> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(norm);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (start > 0 && isDigitLike(norm.charAt(start - 1))) {
                continue; // inside a longer token such as 3.5 or a code
            }
            String rest = norm.substring(end, Math.min(norm.length(), end + 3));
            String unit = unit(rest);
            BigDecimal value;
            if (m.group(3) != null) {
                if (unit.isEmpty() || !COUNT.matcher(unit).find()) {
                    continue;
                }
                char before = start > 0 ? norm.charAt(start - 1) : ' ';
                if ("第每逐单".indexOf(before) >= 0) {
                    continue;
                }
                Integer v = chinese(m.group(3));
                if (v == null) {
                    continue;
                }
                value = BigDecimal.valueOf(v);
            } else {
                if (end < norm.length() && norm.charAt(end) == '.' && end + 1 < norm.length()
                        && Character.isDigit(norm.charAt(end + 1))) {
                    continue; // a version or an outline number such as 1.2.3
                }
                value = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            }
            out.add(new Figure(value, unit, start, end + unit.length()));
        }
        return out;
    }

    private static boolean isDigitLike(char c) {
        return c >= '0' && c <= '9' || c == '.' || CHINESE_DIGITS.indexOf(c) >= 0 || c == '十' || c == '百';
    }

    private static String unit(String rest) {
        for (Pattern p : List.of(MONEY, COUNT, OTHER)) {
            Matcher u = p.matcher(rest);
            if (u.find()) {
                return u.group();
            }
        }
        return "";
    }

    /** A Chinese numeral up to 999 (十二, 二十, 一百零五, 两), or null. */
    static Integer chinese(String s) {
        int total = 0;
        int digit = -1;
        boolean lastDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (CHINESE_DIGITS.indexOf(c) >= 0) {
                if (lastDigit && digit != 0) {
                    return null; // two digits in a row: not a numeral (一二)
                }
                digit = value(c);
                lastDigit = true;
            } else {
                int place = c == '十' ? 10 : 100;
                if (!lastDigit && i > 0) {
                    return null; // 十十, 百十
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
