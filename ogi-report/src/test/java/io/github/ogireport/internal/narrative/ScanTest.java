package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sentence's one pass finds what the separate readings it replaces find. */
class ScanTest {
    /**
     * A flattened header is found in the pass, which reads only runs of header characters, as the reading of
     * the whole text finds it: punctuated text without digits or table words is table text exactly then.
     */
    @Test
    void headerRunsAsTheWholeTextRead() {
        String[] tokens = {"结果", "维持", "纠正", "其他", "尚未", "审结", "总计", "合计", "自然人", "行政复议", "行政诉讼",
            "复议后起诉", "商业企业", "科研机构", "法律服务机构", "结", "果", "维", "其", "人", "行政", "复议", "的", "了",
            "和", "，"};
        Random random = new Random(13);
        int headers = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                b.append(tokens[random.nextInt(tokens.length)]);
            }
            String n = b.append('，').toString();
            Sentence s = ClaimsTest.sentence(null, n);
            boolean header = Scan.headerRun(s.norm());
            headers += header ? 1 : 0;
            assertEquals(header, new Scan(s).tableText, n);
        }
        assertTrue(headers > 1_000, "the texts hold header runs: " + headers);
    }

    /** The figures made at the first question, from the first number the pass found, are those of the text. */
    @Test
    void figuresAsTheWholeTextScanned() {
        String alphabet = "收到申请件起元万一二十百第3,0.5年月、，";
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            Sentence s = ClaimsTest.sentence(null, WordsTest.text(random, alphabet, random.nextInt(24)));
            assertEquals(Figure.scan(s.norm()), new Scan(s).figures(), s.norm());
        }
    }

    /**
     * The pass finds what the pass before it found ({@link OldScan}), on random sentences of table words, header
     * words and their halves, debris words cut anywhere, digits, spaces and punctuation: table text, table words,
     * the trigger bits, digits, figures.
     */
    @Test
    void asThePassBefore() {
        String[] debris = {"勾稽", "第二十条", "本列数据", "信息内容", "申请人情况", "本年制发件数", "本年新收政府信息公开申请数量",
            "行政机关不再处理其", "本年度办理结果", "区分处理的"};
        String[] tokens = {"结果", "维持", "纠正", "其他", "尚未", "审结", "总计", "自然人",
            "行政复议", "商业企业", "科研机构", "法人或其他组织", "处理决定数量", "申", "未", "没有", "无", "复", "诉", "费", "转",
            "收到", "办结", "所有", "全部", "的", "了", "情况", "十", "一", "二十", "3", "12", "2024", "年", " ", "\u3000",
            "，", "。", "、", ",", "(", "件", "元"};
        Random random = new Random(19);
        int table = 0;
        int words = 0;
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                String t = random.nextInt(16) == 0 ? debris[random.nextInt(debris.length)]
                        : tokens[random.nextInt(tokens.length)];
                int from = random.nextInt(3) == 0 ? random.nextInt(t.length()) : 0;
                b.append(t, from, t.length());
            }
            Sentence s = ClaimsTest.sentence(null, b.toString());
            Scan now = new Scan(s);
            OldScan before = new OldScan(s);
            String n = s.norm();
            assertEquals(before.tableText, now.tableText, n);
            assertEquals(before.tableWords, now.tableWords, n);
            // the triggers then are the first ones now (those added since have bits of their own, above)
            assertEquals(before.mask(), now.mask() & (1L << OldScan.TRIGGERS.length()) - 1, n);
            assertEquals(before.hasDigits(), now.hasDigits(), n);
            assertEquals(before.figures(), now.figures(), n);
            table += now.tableText ? 1 : 0;
            words += now.tableWords ? 1 : 0;
        }
        assertTrue(table > 10_000 && table < 50_000, "table text: " + table);
        assertTrue(words > 2_000 && words < table, "table words: " + words);
    }
}
