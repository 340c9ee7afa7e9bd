package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * {@link Years}' scans read by hand find what the patterns they replace found ({@link OldYears}): each scan on
 * random strings of the characters the patterns name, and the periods and statements of random reports.
 */
class YearsTest {
    private static final String ALPHABET = "0011229999年年月月日度以来起至初底末将计划拟下一步展望明相比同对较分别和全本内共累"
            + "统计期限周时间区范围所列数据截止自从件，。";

    @Test
    void scansFindWhatThePatternsFound() {
        Random random = new Random(47);
        int[] found = new int[8];
        for (int i = 0; i < 300_000; i++) {
            String t = text(random, random.nextInt(24));
            Matcher w = OldYears.PERIOD_WORDS.matcher(t);
            int from = random.nextInt(t.length() + 1);
            int want = w.find(from) ? w.start() : -1;
            found[0] += want >= 0 ? 1 : 0;
            assertEquals(want, Years.periodWords(t, from), t + " from " + from);

            Matcher s = OldYears.START.matcher(t);
            want = s.find() ? s.start() : -1;
            found[1] += want >= 0 ? 1 : 0;
            assertEquals(want, Years.start(t), t);

            Matcher e = OldYears.END.matcher(t);
            long wantEnd = e.find(from) ? (long) e.end() << 32 | (e.group(1) == null ? 0 : Integer.parseInt(e.group(1)))
                    : -1;
            found[2] += wantEnd >= 0 ? 1 : 0;
            assertEquals(wantEnd, Years.end(t, from), t + " from " + from);

            Matcher l = OldYears.LOST.matcher(t);
            want = l.find() ? l.end() : -1;
            found[3] += want >= 0 ? 1 : 0;
            assertEquals(want, Years.lost(t), t);

            Matcher lead = OldYears.LEADING.matcher(t);
            want = lead.lookingAt() ? lead.end() : -1;
            found[4] += want >= 0 ? 1 : 0;
            assertEquals(want, Years.leading(t), t);

            boolean b = OldYears.NOT_CURRENT.matcher(t).find();
            found[5] += b ? 1 : 0;
            assertEquals(b, Years.notCurrent(t), t);
            assertEquals(OldYears.FIGURE_WORDS.matcher(t).find(), Years.figureWords(t), t);

            Matcher y = OldYears.ANY_YEAR.matcher(t);
            Set<String> years = new HashSet<>();
            OptionalInt first = OptionalInt.empty();
            while (y.find()) {
                if (years.isEmpty()) {
                    first = OptionalInt.of(Integer.parseInt(y.group(1)));
                }
                years.add(y.group(1));
            }
            found[6] += years.size() > 1 ? 1 : 0;
            assertEquals(years.size() > 1, Years.manyYears(t), t);
            assertEquals(first, Years.firstYear(t), t);
        }
        for (int k = 0; k < 7; k++) {
            assertTrue(found[k] > 300, "matches of scan " + k + ": " + found[k]);
        }
    }

    /** Random text with years and dates often: a character, or a year, or a date of the period's forms. */
    private static String text(Random random, int length) {
        String[] pieces = {"2024", "1999", "2025", "1月1日", "01月01日", "0月", "12月31日", "012月31日", "年", "年度", "以来",
            "统计期限", "数据自", "所列数据", "数据从", "202512月", "20251月", "2024年1月1日", "2023年01月1日",
            "2024年12月31日", "共收到申请3件"};
        StringBuilder b = new StringBuilder();
        while (b.length() < length) {
            if (random.nextInt(3) == 0) {
                b.append(pieces[random.nextInt(pieces.length)]);
            } else {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return b.toString();
    }

    private static final String[] HEADINGS = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"};

    @Test
    void periodsAndStatementsAsBefore() {
        Random random = new Random(53);
        int periods = 0;
        int statements = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder b = new StringBuilder("某局2024年政府信息公开工作年度报告\n");
            for (int line = random.nextInt(14); line > 0; line--) {
                if (random.nextInt(4) == 0) {
                    b.append(HEADINGS[random.nextInt(HEADINGS.length)]).append('\n');
                    continue;
                }
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    if (random.nextBoolean()) { // a sentence that opens with a year
                        b.append(random.nextBoolean() ? "2024年" : random.nextBoolean() ? "2023年度" : "2024年以来");
                    }
                    b.append(text(random, random.nextInt(40))).append(random.nextBoolean() ? "。" : "，");
                }
                b.append('\n');
            }
            Narrative n = Narrative.of(OgiReports.parse(b.toString()));
            var want = OldYears.period(n);
            periods += want.isPresent() ? 1 : 0;
            assertEquals(want, Years.period(n), b.toString());
            var wantStatements = OldYears.statements(n);
            statements += wantStatements.size();
            assertEquals(wantStatements, Years.statements(n), b.toString());
        }
        assertTrue(periods > 300, "periods: " + periods);
        assertTrue(statements > 100, "statements: " + statements);
    }
}
