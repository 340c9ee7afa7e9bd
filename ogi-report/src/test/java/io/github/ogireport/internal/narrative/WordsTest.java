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
                String text = text(random, alphabet, random.nextInt(14));
                Matcher m = pattern.matcher(text);
                assertEquals(m.find() ? m.start() : -1, words.first(text), alternation + " in " + text);
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                int to = from + random.nextInt(text.length() - from + 1);
                m.region(from, to);
                assertEquals(m.find() ? m.start() : -1, words.first(text, from, to), alternation + " in " + text);
            }
        }
    }

    /**
     * First characters in many blocks of 64 code units, at a block's first and last place among them: each word
     * is found under its own first character (the group is the character's rank among the first characters).
     */
    @Test
    void firstCharactersAcrossBlocksFindTheirOwnWords() {
        char[] firsts = {'\u0000', '?', '@', 'A', '\u007F', '\u0080', '\u4E00', '\u4E3F', '\u4E40', '\u4E41',
            '\u9FFF', '\uFFC0', '\uFFFF'};
        StringBuilder alternation = new StringBuilder();
        StringBuilder alphabet = new StringBuilder("xy");
        for (int i = 0; i < firsts.length; i++) {
            alternation.append(alternation.length() == 0 ? "" : "|").append(firsts[i]).append((char) ('a' + i % 3));
            alphabet.append(firsts[i]).append((char) ('a' + i % 3));
        }
        Words words = Words.of(alternation.toString());
        Pattern pattern = Pattern.compile(quoted(alternation.toString()));
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String text = text(random, alphabet.toString(), 1 + random.nextInt(12));
            Matcher m = pattern.matcher(text);
            assertEquals(m.find() ? m.start() : -1, words.first(text), "in " + text);
            int at = random.nextInt(text.length());
            m.region(at, text.length());
            assertEquals(m.lookingAt() ? m.end() - at : 0, words.at(text, at), "at " + at + " of " + text);
        }
    }

    /** An alternation of literal words with each word quoted (some of these characters mean something). */
    private static String quoted(String alternation) {
        StringBuilder b = new StringBuilder();
        for (String w : alternation.split("\\|")) {
            b.append(b.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        return b.toString();
    }

    @Test
    void charsAreAPreFilter() {
        Words chars = Words.chars("去前往");
        assertEquals(true, chars.in("自往年"));
        assertEquals(false, chars.in("本年度"));
        assertEquals(true, chars.starts('前'));
        assertEquals(false, chars.starts('本'));
    }

    @Test
    void wordAtIsTheFirstListedAsThePatternAnchored() {
        String alternation = "结果维持|结果纠正|其他结果|结果|维持|社会公益组织|自然人|合计";
        Words words = Words.of(alternation);
        Pattern pattern = Pattern.compile(alternation);
        String alphabet = "结果维持纠正其他社会公益组织自然人合计a";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String text = text(random, alphabet, 1 + random.nextInt(10));
            int at = random.nextInt(text.length());
            Matcher m = pattern.matcher(text);
            m.region(at, text.length());
            assertEquals(m.lookingAt() ? m.end() - at : 0, words.at(text, at), alternation + " at " + at + " of " + text);
        }
    }

    /** The pattern {@link Context#wider} stands for, as it was written before it was read by hand. */
    private static final Pattern WIDER = Pattern.compile(
            "全(?:市|县|区|省|州|盟|旗|镇|乡|国|系统|行业)|各(?:部门|单位|乡镇|街道|镇|县区|区县|县|区|市|级|委办局|成员单位)"
                    + "|所属|下属|直属|系统内|本系统|[0-9]{1,3}(?:个|家)(?:部门|单位)|[0-9]{1,3}个(?:乡镇|街道)");

    @Test
    void widerScopeFindsWhatItsPatternFinds() {
        String alphabet = "全各所下直系本属统内部门单位乡镇街道县区市级委办局成员省州盟旗国行业个家0123456789年，a";
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            String text = text(random, alphabet, random.nextInt(12));
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            Matcher m = WIDER.matcher(text);
            long want = m.find(from) ? (long) m.start() << 32 | m.end() : -1;
            assertEquals(want, Context.wider(text, from), "from " + from + " in " + text);
            m = WIDER.matcher(text);
            assertEquals(m.find() ? m.group() : "", Context.scopeWord(text), text);
        }
    }

    /** A text of {@code length} characters drawn from {@code alphabet}. */
    static String text(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int j = 0; j < length; j++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
