package io.github.ogireport.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** RowLabels.core by hand gives what the three patterns it replaced gave. */
class RowLabelsCoreTest {
    private static final Pattern BRACKETED = Pattern.compile("[(（][^)）]*[)）]");
    private static final Pattern NUMBERING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.]|[0-9]+[.、]?)");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}、，。：；“”\"']");

    private static String byPatterns(String label) {
        String k = Text.key(label);
        k = BRACKETED.matcher(k).replaceAll("");
        k = NUMBERING.matcher(k).replaceAll("");
        return PUNCTUATION.matcher(k).replaceAll("");
    }

    @Test
    void sameAsThePatternsOnLabelsAndRandomText() {
        List<String> labels = new ArrayList<>(List.of("", "(", "（一）", "1.", "12、", "一、", "十二.收费", "三", "3",
                "(一)申请(二)", "((a)b)", "（甲(乙）丙)", "四、其他法律行政（止）公开", "“信息”'x'", "5.1 a.b"));
        for (T1Row r : T1Row.values()) {
            labels.add(r.label());
        }
        for (T2Row r : T2Row.values()) {
            labels.add(r.label());
        }
        String alphabet = "()（）一二十0189、.，。：；“”\"'!-_~[]收费公开 \u3000（）";
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(12);
            for (int j = 0; j < len; j++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            labels.add(b.toString());
        }
        for (String label : labels) {
            assertEquals(byPatterns(label), RowLabels.core(label), label);
        }
    }
}
