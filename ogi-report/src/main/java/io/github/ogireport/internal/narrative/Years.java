package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.SectionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The years a report states: the statistics period ("统计期限为2024年1月1日至2024年12月31日") and the
 * years that open statements about the report year ("2024年，本机关…"). Not API.
 */
public final class Years {
    /** The words of two characters of {@link #notCurrent}: 以来 计划 展望 明年 来年 相比 同比 对比 分别. */
    private static final String PAIR_FIRSTS = "以计展明来相同对分";
    private static final String PAIR_SECONDS = "来划望年年比比比别";
    /** How far after the period words the dates are looked for. */
    private static final int REACH = 40;

    private Years() {
    }

    /**
     * The statistics period as stated.
     *
     * @param start    the year of 1月1日, if read
     * @param end      the year of 12月31日, if written (often only 至12月31日)
     * @param lost     true when the period words are there but the year was lost ("自20251月1日起")
     * @param sentence the sentence
     * @param phrase   the words of the period (matching form)
     */
    public record Period(OptionalInt start, OptionalInt end, boolean lost, Sentence sentence, String phrase) {
        public Period {
            phrase = Context.display(phrase);
        }
    }

    /** A year that opens a statement about the report year. */
    public record Statement(int year, Sentence sentence, String phrase) {
        public Statement {
            phrase = Context.display(phrase);
        }
    }

    /**
     * The first statistics period stated (the preamble first, then the sections): after the first words of a
     * period ({@link #periodWords}) whose next {@link #REACH} characters hold 1月1日 with a year ({@link #start})
     * or a year that lost its digits' end ({@link #lost}), the dates read by hand as the patterns
     * {@code ((?:19|20)[0-9]{2})年0?1月0?1日}, {@code (?:((?:19|20)[0-9]{2})年)?0?12月31日} and
     * {@code (?:19|20)[0-9]{3,4}月} find them (leftmost; {@code YearsTest} compares them with the patterns).
     */
    public static Optional<Period> period(Narrative narrative) {
        for (Sentence s : narrative.sentences()) {
            String n = s.norm();
            int w = periodWords(n, 0);
            while (w >= 0) {
                int wordEnd = w + (n.charAt(w + 2) == '自' || n.charAt(w + 2) == '从' ? 3 : 4);
                String reach = n.substring(w, Math.min(n.length(), wordEnd + REACH));
                int start = start(reach);
                if (start >= 0) {
                    int startEnd = unit(reach, unit(reach, start + 5, '1', '月'), '1', '日');
                    OptionalInt end = OptionalInt.empty();
                    int to = startEnd;
                    long e = end(reach, startEnd);
                    if (e >= 0) {
                        to = (int) (e >>> 32);
                        int year = (int) e;
                        if (year > 0) {
                            end = OptionalInt.of(year);
                        }
                    }
                    return Optional.of(new Period(OptionalInt.of(year(reach, start)), end, false, s,
                            reach.substring(0, to)));
                }
                int lost = lost(reach);
                if (lost >= 0) {
                    return Optional.of(new Period(OptionalInt.empty(), OptionalInt.empty(), true, s,
                            reach.substring(0, Math.min(reach.length(), lost + 6))));
                }
                w = periodWords(n, wordEnd);
            }
        }
        return Optional.empty();
    }

    /**
     * Where the first words of a period stand in {@code n} from {@code from}, or -1: the pattern
     * {@code 统计期限|统计周期|统计时限|统计时间|统计区间|统计范围|所列数据|数据统计|统计数据|数据期限|数据时间|数据截止|统计截止|数据自|数据从}
     * read by hand. No two of its words match at one place, so the first place decides; each is four
     * characters long but 数据自 and 数据从.
     */
    static int periodWords(String n, int from) {
        for (int p = from, last = n.length() - 3; p <= last; p++) {
            char c = n.charAt(p);
            char c1 = n.charAt(p + 1);
            char c2 = n.charAt(p + 2);
            if (c == '数' && c1 == '据' && (c2 == '自' || c2 == '从')) {
                return p;
            }
            if (p == last) {
                break; // the rest are four characters long
            }
            char c3 = n.charAt(p + 3);
            if (c == '统' && c1 == '计') {
                if (c2 == '期' && c3 == '限' || c2 == '周' && c3 == '期' || c2 == '时' && (c3 == '限' || c3 == '间')
                        || c2 == '区' && c3 == '间' || c2 == '范' && c3 == '围' || c2 == '数' && c3 == '据'
                        || c2 == '截' && c3 == '止') {
                    return p;
                }
            } else if (c == '所') {
                if (c1 == '列' && c2 == '数' && c3 == '据') {
                    return p;
                }
            } else if (c == '数' && c1 == '据') {
                if (c2 == '统' && c3 == '计' || c2 == '期' && c3 == '限' || c2 == '时' && c3 == '间'
                        || c2 == '截' && c3 == '止') {
                    return p;
                }
            }
        }
        return -1;
    }

    /** True when a year of the pattern {@code (?:19|20)[0-9]{2}} starts at {@code p}. */
    private static boolean isYear(String t, int p) {
        if (p + 4 > t.length()) {
            return false;
        }
        char a = t.charAt(p);
        char b = t.charAt(p + 1);
        return (a == '1' && b == '9' || a == '2' && b == '0') && isDigit(t.charAt(p + 2)) && isDigit(t.charAt(p + 3));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The year that starts at {@code p} (see {@link #isYear}). */
    private static int year(String t, int p) {
        return (t.charAt(p) - '0') * 1000 + (t.charAt(p + 1) - '0') * 100 + (t.charAt(p + 2) - '0') * 10
                + t.charAt(p + 3) - '0';
    }

    /** The end of {@code 0?} then {@code digit} then {@code unit} at {@code p} in {@code t}, or -1. */
    private static int unit(String t, int p, char digit, char unit) {
        if (p < 0) {
            return -1;
        }
        int q = p < t.length() && t.charAt(p) == '0' ? p + 1 : p;
        if (q + 1 < t.length() && t.charAt(q) == digit && t.charAt(q + 1) == unit) {
            return q + 2;
        }
        return -1; // 0 then no digit: the pattern's 0? without the 0 asks the digit where the 0 is, and fails
    }

    /** Where the first {@code YYYY年0?1月0?1日} starts in {@code t}, or -1. */
    static int start(String t) {
        int first = t.indexOf('年');
        if (first < 0) {
            return -1;
        }
        for (int p = Math.max(0, first - 4); p + 4 < t.length(); p++) {
            if (t.charAt(p + 4) == '年' && isYear(t, p)) {
                int m = unit(t, p + 5, '1', '月');
                if (m >= 0 && unit(t, m, '1', '日') >= 0) {
                    return p;
                }
            }
        }
        return -1;
    }

    /**
     * The first {@code (?:(YYYY)年)?0?12月31日} in {@code t} from {@code from}: its end in the high half and its
     * year (0 without) in the low, or -1.
     */
    static long end(String t, int from) {
        for (int p = from; p < t.length(); p++) {
            if (isYear(t, p) && p + 4 < t.length() && t.charAt(p + 4) == '年') {
                int e = endDate(t, p + 5);
                if (e >= 0) {
                    return (long) e << 32 | year(t, p);
                }
            }
            int e = endDate(t, p);
            if (e >= 0) {
                return (long) e << 32;
            }
        }
        return -1;
    }

    /** The end of {@code 0?12月31日} at {@code p}, or -1. */
    private static int endDate(String t, int p) {
        int q = p < t.length() && t.charAt(p) == '0' ? p + 1 : p;
        return t.startsWith("12月31日", q) ? q + 6 : -1;
    }

    /** The end of the first {@code (?:19|20)[0-9]{3,4}月} in {@code t} (a year run into its month), or -1. */
    static int lost(String t) {
        for (int p = 0; p + 5 < t.length(); p++) {
            if (isYear(t, p) && isDigit(t.charAt(p + 4))) {
                if (p + 6 < t.length() && isDigit(t.charAt(p + 5)) && t.charAt(p + 6) == '月') {
                    return p + 7;
                }
                if (t.charAt(p + 5) == '月') {
                    return p + 6;
                }
            }
        }
        return -1;
    }

    /**
     * The years that open statements about the report year: the first sentence of 一、总体情况 that opens with
     * a year, and any sentence of sections 一 to 四 that opens with a year and gives this year's figures
     * (全年, 共…件). Plans (将, 计划), comparisons (同比, 较) and spans (以来) are left out.
     */
    public static List<Statement> statements(Narrative narrative) {
        List<Statement> out = new ArrayList<>();
        boolean openerSeen = false;
        for (Sentence s : narrative.sentences()) {
            if (s.section().isEmpty() || s.section().get().ordinal() > SectionId.REVIEW_LITIGATION.ordinal()) {
                continue;
            }
            String n = s.norm();
            int lead = leading(n);
            if (lead < 0) {
                continue;
            }
            boolean opener = s.in(SectionId.OVERVIEW) && !openerSeen;
            if (s.in(SectionId.OVERVIEW)) {
                openerSeen = true;
            }
            if (notCurrent(n) || manyYears(n)) {
                continue; // a plan, a comparison, a span of years
            }
            // the opener needs no figures: they are looked for in the other sentences only
            if (opener || figureWords(n) && hasCount(n)) {
                out.add(new Statement(year(n, 0), s, n.substring(0, Math.min(n.length(), lead + 12))));
            }
        }
        return out;
    }

    /**
     * The end of the year that opens {@code n} ({@code ^((?:19|20)[0-9]{2})年度?+(?!以来|起|至|初|底|末|[0-9])}
     * read by hand), or -1.
     */
    static int leading(String n) {
        if (n.length() < 5 || n.charAt(4) != '年' || !isYear(n, 0)) {
            return -1;
        }
        int q = n.length() > 5 && n.charAt(5) == '度' ? 6 : 5; // 度 taken for good: the look ahead is after it
        if (q < n.length()) {
            char c = n.charAt(q);
            if (c == '起' || c == '至' || c == '初' || c == '底' || c == '末' || isDigit(c)
                    || c == '以' && q + 1 < n.length() && n.charAt(q + 1) == '来') {
                return -1;
            }
        }
        return q;
    }

    /**
     * True when {@code n} speaks of another time or compares: one of
     * {@code 以来|将|计划|拟|下一步|展望|明年|来年|相比|同比|对比|比较|较|分别|和(?:19|20)[0-9]{2}年|至(?:19|20)[0-9]{2}年}
     * (比较 holds 较).
     */
    static boolean notCurrent(String n) {
        for (int p = 0, len = n.length(); p < len; p++) {
            char c = n.charAt(p);
            char next = p + 1 < len ? n.charAt(p + 1) : 0;
            int two = PAIR_FIRSTS.indexOf(c);
            if (c == '将' || c == '拟' || c == '较' || two >= 0 && next == PAIR_SECONDS.charAt(two)
                    || c == '下' && next == '一' && p + 2 < len && n.charAt(p + 2) == '步'
                    || (c == '和' || c == '至') && isYear(n, p + 1) && p + 5 < len && n.charAt(p + 5) == '年') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code n} names two different years ({@code ((?:19|20)[0-9]{2})年}). */
    static boolean manyYears(String n) {
        int p = nextYear(n, 0);
        if (p < 0) {
            return false;
        }
        int first = year(n, p);
        for (p = nextYear(n, p + 5); p >= 0; p = nextYear(n, p + 5)) {
            if (year(n, p) != first) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the next {@code ((?:19|20)[0-9]{2})年} from {@code from} starts, or -1: at each 年, the four
     * characters before it (two matches never overlap: a year holds no 年).
     */
    private static int nextYear(String t, int from) {
        for (int y = t.indexOf('年', from + 4); y >= 0; y = t.indexOf('年', y + 1)) {
            if (isYear(t, y - 4)) {
                return y - 4;
            }
        }
        return -1;
    }

    /** True when {@code n} holds words of this year's figures: {@code 全年|本年|年内|共|累计}. */
    static boolean figureWords(String n) {
        for (int p = 0, len = n.length(); p < len; p++) {
            char c = n.charAt(p);
            char next = p + 1 < len ? n.charAt(p + 1) : 0;
            if (c == '共' || (c == '全' || c == '本') && next == '年' || c == '年' && next == '内'
                    || c == '累' && next == '计') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCount(String n) {
        for (Figure f : Figure.scan(n)) {
            if (f.unitKind() == Figure.UnitKind.COUNT) {
                return true;
            }
        }
        return false;
    }

    /** The first year written {@code YYYY年} in {@code text}, as the pattern {@code ((?:19|20)[0-9]{2})年} finds it. */
    public static OptionalInt firstYear(String text) {
        int p = nextYear(text, 0);
        return p < 0 ? OptionalInt.empty() : OptionalInt.of(year(text, p));
    }
}
