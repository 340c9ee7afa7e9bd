package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The character tests in front of the title's expressions never change their answer: where a test says an
 * expression cannot match, it does not (the expressions as {@code MetaRecognizer} holds them).
 */
class TitleScreensTest {
    private static final Pattern TITLE_WORDS = Pattern.compile("年度报|年报|工作报告");
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:当前位置|您的位置|您现在的位置|所在位置)|首页[>»›]|[»›]");
    private static final Pattern LINK_PATH = Pattern.compile("\\s[>»›]\\s.*\\s[>»›]\\s");
    private static final Pattern SENTENCE = Pattern.compile("[。,;]|[:：]$|现将|现公布|特向社会");
    /** The characters the expressions read, and others around them. */
    private static final String[] PIECES = {"当", "前位置", "您", "的位置", "现在", "所在位置", "首页", ">", "»", "›", " > ", " » ",
        " › ", "年度报", "年", "报", "工作报告", ",", ";", "。", ":", "：", "现将", "现公布", "特向社会", "现", "特", " ", "\n", "\r",
        "\u0085", "\u2028", "\u2029", "政府", "x"};

    @Test
    void whatTheScreensRuleOutTheExpressionsDoNotMatch() {
        Random random = new Random(21);
        int[] matched = new int[4];
        for (int k = 0; k < 300_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String s = b.toString();
            if (BREADCRUMB.matcher(s).find()) {
                matched[0]++;
                assertTrue(MetaRecognizer.mayBeBreadcrumb(s), s);
            }
            if (LINK_PATH.matcher(s).find()) {
                matched[1]++;
                assertTrue(MetaRecognizer.hasPathMark(s), s);
            }
            if (SENTENCE.matcher(s).find()) {
                matched[2]++;
                assertTrue(MetaRecognizer.mayBeSentence(s), s);
            }
            if (TITLE_WORDS.matcher(s).find()) {
                matched[3]++;
                assertTrue(s.indexOf('报') >= 0, s);
            }
        }
        for (int m : matched) {
            assertTrue(m > 500, java.util.Arrays.toString(matched)); // every expression matched often
        }
        assertFalse(MetaRecognizer.mayBeSentence("高场街道办事处2024年政府信息公开工作年度报告"));
        assertFalse(MetaRecognizer.mayBeBreadcrumb("高场街道办事处2024年政府信息公开工作年度报告"));
        assertTrue(MetaRecognizer.mayBeSentence("情况如下:\u0085"));
    }
}
