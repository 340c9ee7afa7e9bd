package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.SectionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Years} as it was before its patterns were read by hand (with {@link Pattern} where it had gated
 * patterns), kept to compare the new one with.
 */
final class OldYears {
    static final Pattern PERIOD_WORDS = Pattern.compile(
            "统计期限|统计周期|统计时限|统计时间|统计区间|统计范围|所列数据|数据统计|统计数据|数据期限|数据时间|数据截止|统计截止|数据自|数据从");
    static final Pattern START = Pattern.compile("((?:19|20)[0-9]{2})年0?1月0?1日");
    static final Pattern END = Pattern.compile("(?:((?:19|20)[0-9]{2})年)?0?12月31日");
    static final Pattern LOST = Pattern.compile("(?:19|20)[0-9]{3,4}月");
    private static final int REACH = 40;
    static final Pattern LEADING = Pattern.compile("^((?:19|20)[0-9]{2})年度?+(?!以来|起|至|初|底|末|[0-9])");
    static final Pattern NOT_CURRENT = Pattern.compile(
            "以来|将|计划|拟|下一步|展望|明年|来年|相比|同比|对比|比较|较|分别|和(?:19|20)[0-9]{2}年|至(?:19|20)[0-9]{2}年");
    static final Pattern ANY_YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    static final Pattern FIGURE_WORDS = Pattern.compile("全年|本年|年内|共|累计");

    private OldYears() {
    }

    /** The first statistics period stated (the preamble first, then the sections). */
    static Optional<Years.Period> period(Narrative narrative) {
        for (Sentence s : narrative.sentences()) {
            String n = s.norm();
            if (!n.contains("统计") && !n.contains("数据")) {
                continue; // every period word names 统计 or 数据
            }
            Matcher w = PERIOD_WORDS.matcher(n);
            while (w.find()) {
                String reach = n.substring(w.start(), Math.min(n.length(), w.end() + REACH));
                Matcher start = START.matcher(reach);
                if (start.find()) {
                    OptionalInt end = OptionalInt.empty();
                    int to = start.end();
                    Matcher e = END.matcher(reach);
                    if (e.find(start.end())) {
                        to = e.end();
                        if (e.group(1) != null) {
                            end = OptionalInt.of(Integer.parseInt(e.group(1)));
                        }
                    }
                    return Optional.of(new Years.Period(OptionalInt.of(Integer.parseInt(start.group(1))), end, false, s,
                            reach.substring(0, to)));
                }
                Matcher lost = LOST.matcher(reach);
                if (lost.find()) {
                    return Optional.of(new Years.Period(OptionalInt.empty(), OptionalInt.empty(), true, s,
                            reach.substring(0, Math.min(reach.length(), lost.end() + 6))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The years that open statements about the report year: the first sentence of 一、总体情况 that opens with
     * a year, and any sentence of sections 一 to 四 that opens with a year and gives this year's figures
     * (全年, 共…件). Plans (将, 计划), comparisons (同比, 较) and spans (以来) are left out.
     */
    static List<Years.Statement> statements(Narrative narrative) {
        List<Years.Statement> out = new ArrayList<>();
        boolean openerSeen = false;
        for (Sentence s : narrative.sentences()) {
            if (s.section().isEmpty() || s.section().get().ordinal() > SectionId.REVIEW_LITIGATION.ordinal()) {
                continue;
            }
            String n = s.norm();
            if (n.isEmpty() || n.charAt(0) != '1' && n.charAt(0) != '2') {
                continue; // LEADING opens with 19 or 20
            }
            Matcher m = LEADING.matcher(n);
            if (!m.lookingAt()) { // what find() gives a pattern that opens with ^, without trying every place
                continue;
            }
            boolean opener = s.in(SectionId.OVERVIEW) && !openerSeen;
            if (s.in(SectionId.OVERVIEW)) {
                openerSeen = true;
            }
            if (NOT_CURRENT.matcher(n).find() || years(n) > 1) {
                continue; // a plan, a comparison, a span of years
            }
            // the opener needs no figures: they are looked for in the other sentences only
            if (opener || FIGURE_WORDS.matcher(n).find() && hasCount(n)) {
                out.add(new Years.Statement(Integer.parseInt(m.group(1)), s, n.substring(0, Math.min(n.length(), m.end() + 12))));
            }
        }
        return out;
    }

    /** The number of distinct years a text names. */
    private static long years(String n) {
        Matcher y = ANY_YEAR.matcher(n);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (y.find()) {
            seen.add(y.group(1));
        }
        return seen.size();
    }

    private static boolean hasCount(String n) {
        for (Figure f : Figure.scan(n)) {
            if (f.unitKind() == Figure.UnitKind.COUNT) {
                return true;
            }
        }
        return false;
    }
}
