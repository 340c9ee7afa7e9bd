package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.SectionId;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Context, Repeats and Years; and the extraction's running time on pathological text. */
class SmallHelpersTest {
    private final Context y2024 = new Context(OptionalInt.of(2024));

    /** The pattern the words of another period were found by before they were read by hand. */
    private static final Pattern OTHER_PERIOD = Pattern.compile(
            "去年|前年|往年|历年|以来|(?<!截)至今|近[0-9一二三四五六七八九十]年|往期");

    @Test
    void otherPeriodWordsAsThePattern() {
        String alphabet = "去前往历以来至今截近年期0379一三十百予以,。a";
        Random random = new Random(41);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String clause = WordsTest.text(random, alphabet, random.nextInt(10));
            boolean want = OTHER_PERIOD.matcher(clause).find();
            found += want ? 1 : 0;
            assertEquals(want, Context.otherPeriodWord(clause), clause);
        }
        assertTrue(found > 5_000 && found < 195_000, "clauses of another period: " + found);
    }

    @Test
    void otherPeriods() {
        assertTrue(y2024.otherPeriod("去年共收到申请40件", "去年共收到申请40件。"));
        assertTrue(y2024.otherPeriod("上年共收到申请40件", "上年共收到申请40件。"));
        assertFalse(y2024.otherPeriod("上年结转4件", "上年结转4件。"));
        assertFalse(y2024.otherPeriod("(含上年度结转申请18件", "答复805件(含上年度结转申请18件)。"));
        assertFalse(y2024.otherPeriod("结转自上年的申请3件", "结转自上年的申请3件。"));
        assertTrue(y2024.otherPeriod("共收到申请40件", "2023年,共收到申请40件。"));
        assertFalse(y2024.otherPeriod("共收到申请49件", "2024年,共收到申请49件。"));
        assertTrue(y2024.otherPeriod("2019年以来共受理申请500件", "2019年以来共受理申请500件。"));
        assertFalse(y2024.otherPeriod("截至今年12月底共受理申请49件", "截至今年12月底共受理申请49件。"));
        assertTrue(Context.change("申请数量较去年回落12.3%"));
        assertTrue(Context.change("同比增加5件"));
    }

    @Test
    void scope() {
        assertEquals("全县", Context.scopeWord("全县全年共受理政府信息公开申请749件"));
        assertEquals("各部门", Context.scopeWord("全年各部门共受理申请"));
        assertEquals("", Context.scopeWord("区政府办代表区政府受理政府信息公开申请17件"));
        assertEquals("", Context.scopeWord("全年共受理申请,全面推进"));
    }

    @Test
    void repeats() {
        assertEquals(List.of(new Repeats.Repeat("资金", 7)), Repeats.find("上海市科技计划资金资金分配结果"));
        assertEquals("信息处理费", Repeats.find("收取信息处理费信息处理费120元").get(0).word());
        assertEquals(List.of(), Repeats.find("常常一步一步研究研究看看哈哈哈哈"));
        assertEquals(List.of(), Repeats.find("2024 2024年"));
    }

    @Test
    void years() {
        String text = String.join("\n", "某局2024年政府信息公开工作年度报告",
                "本报告所列数据统计期限从2023年1月1日到12月31日止。", "一、总体情况", "2023年，某局扎实推进政务公开。",
                "2024年，共收到政府信息公开申请49件。", "2025年，我局将进一步做好公开工作。",
                "三、收到和处理政府信息公开申请情况", "2023年共收到申请40件，2024年共收到申请49件。");
        Narrative n = Narrative.of(OgiReports.parse(text));
        Years.Period p = Years.period(n).orElseThrow();
        assertEquals(OptionalInt.of(2023), p.start());
        assertEquals(OptionalInt.empty(), p.end());
        List<Years.Statement> s = Years.statements(n);
        assertEquals(List.of(2023, 2024), s.stream().map(Years.Statement::year).toList());
        assertTrue(s.get(0).sentence().in(SectionId.OVERVIEW));

        Narrative lost = Narrative.of(OgiReports.parse(String.join("\n", "某局2025年政府信息公开工作年度报告",
                "本报告统计期限自20251月1日起至2025年12月31日止。", "一、总体情况", "无。")));
        assertTrue(Years.period(lost).orElseThrow().lost());
    }

    @Test
    void extractionStaysLinearOnPathologicalText() {
        StringBuilder b = new StringBuilder("一、总体情况\n");
        String[] pieces = {"未收到", "无", "申请", "所有", "行政复议", "均", "上年", "1", "件", "，", "12345", "资金"};
        for (int i = 0; i < 40_000; i++) {
            b.append(pieces[i % pieces.length]).append(pieces[(i * 7) % pieces.length]);
        }
        String text = "某局2024年政府信息公开工作年度报告\n" + b + "。\n三、收到和处理政府信息公开申请情况\n无。";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Narrative n = Narrative.of(OgiReports.parse(text));
            Context c = new Context(OptionalInt.of(2024));
            Claims.of(n, c);
            Statements.of(n, c);
            for (Sentence s : n.sentences()) {
                Repeats.find(s.norm());
            }
        });
    }

    @Test
    void sentenceKeyIsTextKey() {
        // full-width forms and the ideographic space by hand, anything else through Text.key: the same key
        String alphabet = "申请件年，。：；（）！？１２３ＡＢａｚ\u3000 \t“”‘’「」„钩．,.;a1\u0301\u00A0\u200B\uFF5F\uFF61é㈠";
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 50_000; i++) {
            String text = WordsTest.text(random, alphabet, random.nextInt(10));
            assertEquals(io.github.ogireport.internal.layout.Text.key(text), Narrative.key(text), text);
        }
    }
}
