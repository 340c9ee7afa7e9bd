package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Words finds what a pattern of the same literal words finds: the leftmost start, within a region too. */
class WordsTest {
    @Test
    void leftmostStartAsThePattern() {
        String[] alternations = {"同比|环比|增加|减少|较|比上|多出", "勾稽|第二十条|本年度办理结果|本年", "申请", "a|ab|abc|b"};
        String alphabet = "同比环增加减少较上多出勾稽第二十条本年度办理结果申请ab，。";
        Random random = new Random(5);
        for (String alternation : alternations) {
            Words words = Words.of(alternation);
            Pattern pattern = Pattern.compile(alternation);
            for (int i = 0; i < 20_000; i++) {
                StringBuilder b = new StringBuilder();
                int len = random.nextInt(14);
                for (int j = 0; j < len; j++) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = b.toString();
                Matcher m = pattern.matcher(text);
                assertEquals(m.find() ? m.start() : -1, words.first(text), alternation + " in " + text);
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                int to = from + random.nextInt(text.length() - from + 1);
                m.region(from, to);
                assertEquals(m.find() ? m.start() : -1, words.first(text, from, to), alternation + " in " + text);
            }
        }
    }

    @Test
    void charsAreAPreFilter() {
        Words chars = Words.chars("去前往");
        assertEquals(true, chars.in("自往年"));
        assertEquals(false, chars.in("本年度"));
        assertEquals(true, chars.starts('前'));
        assertEquals(false, chars.starts('本'));
    }
}
