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
}
