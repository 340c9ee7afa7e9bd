package io.github.ogireport.internal.narrative;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence or clause speaks of besides its figures: a scope wider than the reporting organ (全市, 各部门,
 * 所属单位…), another year (去年, 上年 not followed by 结转, a year other than the report's), or a change
 * (同比增加, 较去年回落). Not API.
 */
public final class Context {
    /**
     * A scope wider than the organ's own table, as the words of {@link #wider} find it (the same answers as
     * the pattern {@code 全(?:市|县|区|省|州|盟|旗|镇|乡|国|系统|行业)|各(?:部门|单位|乡镇|街道|镇|县区|区县|县|区|市|级
     * |委办局|成员单位)|所属|下属|直属|系统内|本系统|[0-9]{1,3}(?:个|家)(?:部门|单位)|[0-9]{1,3}个(?:乡镇|街道)},
     * found by hand: it runs over every sentence that holds a figure).
     */
    /** The characters a scope word starts with (those of {@link #widerEnd}'s cases, and the digits). */
    private static final Words SCOPE_FIRSTS = Words.chars("全各所下直系本0123456789");
    private static final String[] WHOLE_AFTER = {"市", "县", "区", "省", "州", "盟", "旗", "镇", "乡", "国", "系统", "行业"};
    private static final String[] EACH_AFTER = {"部门", "单位", "乡镇", "街道", "镇", "县区", "区县", "县", "区", "市", "级",
        "委办局", "成员单位"};
    /** 上年/上一年度 as the year before, not as the carried-over row. */
    private static final Gate PREVIOUS_YEAR = Gate.of("上一?年度?");
    private static final Pattern CARRIED_FROM = Pattern.compile("^(?:结转|遗留|未办结|转入|度结转)");
    /**
     * The numerals of 近N年 in the words of another period, read by hand in {@link #otherPeriodWord}: the same
     * answer as {@code 去年|前年|往年|历年|以来|(?<!截)至今|近[0-9一二三四五六七八九十]年|往期} found anywhere in
     * the clause (it is asked of every clause a figure or a statement stands in, and 以 of 予以 or 至 of 至12月
     * stand in many: each of them made the pattern try a match there).
     */
    private static final String NEAR_NUMERALS = "0123456789一二三四五六七八九十";
    private static final Words CHANGE = Words.of("同比|环比|增加|减少|增长|下降|回落|上升|增幅|降幅|相比|持平|较|比上|多出|少于|多于");
    private static final Gate YEAR = Gate.of("((?:19|20)[0-9]{2})年(?!0?1月0?1日|0?12月31日)");
    private static final Pattern LEADING_YEAR = Pattern.compile("^((?:19|20)[0-9]{2})年");
    private static final Pattern LEADING_OTHER = Pattern.compile("^(?:去年|前年|往年|上一?年度?(?!度?结转|遗留|转入))");
    private static final Words THIS_YEAR = Words.of("本年|今年|全年|当年|年内");

    private final OptionalInt year;

    /** A context for a report of {@code year} (empty when the year is not known). */
    public Context(OptionalInt year) {
        this.year = year;
    }

    /** A phrase of the matching form as shown in messages: ASCII punctuation back to its full-width form. */
    public static String display(String norm) {
        char[] b = null; // made at the first character to change: many phrases have none
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            int at = c < 0x80 ? ASCII.indexOf(c) : -1;
            if (at >= 0) {
                if (b == null) {
                    b = norm.toCharArray();
                }
                b[i] = FULL.charAt(at);
            }
        }
        return b == null ? norm : new String(b);
    }

    private static final String ASCII = ",;:()!?";
    private static final String FULL = "，；：（）！？";

    /** The report year, if known. */
    public OptionalInt year() {
        return year;
    }

    /** True when the text speaks of a wider scope than the organ (全县, 各部门, 所属单位…). */
    public static boolean widerScope(String norm) {
        return wider(norm, 0) >= 0;
    }

    /** The scope word of the text, or "" when there is none. */
    public static String scopeWord(String norm) {
        long at = wider(norm, 0);
        return at < 0 ? "" : norm.substring((int) (at >>> 32), (int) at);
    }

    /**
     * The first scope word of {@code n} starting at or after {@code from} (全县, 各部门, 所属, 3个部门…), as
     * {@code start << 32 | end}, or -1 when there is none.
     */
    static long wider(String n, int from) {
        int len = n.length();
        for (int i = from; i < len; i++) {
            if (!SCOPE_FIRSTS.starts(n.charAt(i))) {
                continue; // one bit decides most places
            }
            int end = widerEnd(n, i, len);
            if (end > 0) {
                return (long) i << 32 | end;
            }
        }
        return -1;
    }

    /** The end of the scope word starting at {@code i}, or 0. */
    private static int widerEnd(String n, int i, int len) {
        char c = n.charAt(i);
        switch (c) {
            case '全':
                return after(n, i + 1, WHOLE_AFTER);
            case '各':
                return after(n, i + 1, EACH_AFTER);
            case '所':
            case '下':
            case '直':
                return i + 1 < len && n.charAt(i + 1) == '属' ? i + 2 : 0;
            case '系':
                return n.startsWith("统内", i + 1) ? i + 3 : 0;
            case '本':
                return n.startsWith("系统", i + 1) ? i + 3 : 0;
            default:
                if (c < '0' || c > '9') {
                    return 0;
                }
                int j = i + 1; // [0-9]{1,3}: the run of digits from here, then 个 or 家 right after it
                while (j < len && n.charAt(j) >= '0' && n.charAt(j) <= '9') {
                    j++;
                }
                if (j - i > 3 || j + 2 >= len) {
                    return 0;
                }
                char unit = n.charAt(j);
                if ((unit == '个' || unit == '家') && (n.startsWith("部门", j + 1) || n.startsWith("单位", j + 1))
                        || unit == '个' && (n.startsWith("乡镇", j + 1) || n.startsWith("街道", j + 1))) {
                    return j + 3;
                }
                return 0;
        }
    }

    /** The end of the first of {@code words} at {@code at}, or 0. */
    private static int after(String n, int at, String[] words) {
        for (String w : words) {
            if (n.startsWith(w, at)) {
                return at + w.length();
            }
        }
        return 0;
    }

    /**
     * True when a clause speaks of another period than the report year: 去年, 上年 (not 上年结转), 以来, or a
     * year other than the report's while the sentence does not start with the report year; also when the
     * sentence opens with another year and the clause names no year of its own.
     */
    public boolean otherPeriod(String clause, String sentence) {
        if (otherPeriodWord(clause)) {
            return true;
        }
        char first = sentence.isEmpty() ? ' ' : sentence.charAt(0); // the opening patterns' first characters
        if ("去前往上".indexOf(first) >= 0 && LEADING_OTHER.matcher(sentence).lookingAt() && !THIS_YEAR.in(clause)
                && (year.isEmpty() || !clause.contains(year.getAsInt() + "年"))) {
            return true; // 去年…，不予公开9件: the sentence speaks of last year throughout
        }
        // every pattern below names 年: a clause without it is asked only about the sentence's opening
        boolean years = clause.indexOf('年') >= 0;
        if (years && clause.indexOf('上') >= 0) { // no matcher made for a clause that cannot match
            Gate.Search p = PREVIOUS_YEAR.matcher(clause);
            while (p.find()) {
                String after = clause.substring(p.end());
                boolean from = p.start() > 0 && (clause.charAt(p.start() - 1) == '自' || clause.charAt(p.start() - 1) == '从');
                if (!from && !CARRIED_FROM.matcher(after).find()) {
                    return true;
                }
            }
        }
        if (year.isEmpty()) {
            return false;
        }
        int y = year.getAsInt();
        boolean own = false;
        boolean other = false;
        int yearFrom = years ? YEAR.from(clause) : -1;
        if (yearFrom >= 0) {
            Gate.Search m = YEAR.matcher(clause, yearFrom);
            while (m.find()) {
                if (Integer.parseInt(m.group(1)) == y) {
                    own = true;
                } else {
                    other = true;
                }
            }
        }
        if (other && !own) {
            return true;
        }
        if (own || other) {
            return false;
        }
        if (first != '1' && first != '2') {
            return false;
        }
        Matcher lead = LEADING_YEAR.matcher(sentence);
        return lead.lookingAt() && Integer.parseInt(lead.group(1)) != y;
    }

    /** True when the clause holds a word of another period: 去年, 前年, 往年, 历年, 以来, 至今 (not 截至今), 近N年, 往期. */
    static boolean otherPeriodWord(String clause) {
        int len = clause.length();
        for (int i = 0; i + 1 < len; i++) {
            char next = clause.charAt(i + 1);
            switch (clause.charAt(i)) {
                case '去':
                case '前':
                case '历':
                    if (next == '年') {
                        return true;
                    }
                    break;
                case '往':
                    if (next == '年' || next == '期') {
                        return true;
                    }
                    break;
                case '以':
                    if (next == '来') {
                        return true;
                    }
                    break;
                case '至':
                    if (next == '今' && (i == 0 || clause.charAt(i - 1) != '截')) {
                        return true;
                    }
                    break;
                case '近':
                    if (i + 2 < len && NEAR_NUMERALS.indexOf(next) >= 0 && clause.charAt(i + 2) == '年') {
                        return true;
                    }
                    break;
                default:
                    break;
            }
        }
        return false;
    }

    /** True when a clause states a change (同比增加, 较去年回落) rather than a count. */
    public static boolean change(String clause) {
        return CHANGE.in(clause);
    }
}
