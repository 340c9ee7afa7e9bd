package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one pass that rules out repeated words finds what the search at every place finds. */
class RepeatsTest {
    @Test
    void passAgreesWithTheSearchByPlace() {
        // words written twice, doubled characters, the ABAB verbs and 一/每 forms, characters below U+2E80
        String[] tokens = {"资金", "资金资金", "信息公开", "信", "息", "公", "开", "常", "研究", "研究研究", "一步", "每年",
            "处理费", "处理费处理费", "申请", "申", "请", "2024", "年", "，", "。", "a", "⺀", "⺀⺀", "𠀀", "〇"};
        Random random = new Random(23);
        int found = 0;
        int possible = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                b.append(tokens[random.nextInt(tokens.length)]);
            }
            String text = b.toString();
            List<Repeats.Repeat> want = Repeats.places(text);
            found += want.isEmpty() ? 0 : 1;
            possible += Repeats.possible(text) ? 1 : 0;
            assertEquals(want, Repeats.find(text), text);
        }
        assertTrue(found > 5_000, "texts with repeated words: " + found);
        assertTrue(possible < 50_000 - 5_000, "texts the pass rules out: " + (50_000 - possible));
    }

    /** Every pair of equal halves of 2 to 6 characters, in random Han text: the pass never rules one out. */
    @Test
    void everyRepeatIsPossible() {
        Random random = new Random(29);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append((char) (0x4E00 + random.nextInt(6)));
            }
            StringBuilder w = new StringBuilder();
            for (int k = 2 + random.nextInt(5); k > 0; k--) {
                w.append((char) (0x4E00 + random.nextInt(40)));
            }
            b.append(w).append(w);
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append((char) (0x4E00 + random.nextInt(6)));
            }
            String text = b.toString();
            assertTrue(Repeats.possible(text), text);
            assertEquals(Repeats.places(text), Repeats.find(text), text);
        }
    }

    /**
     * The pair search finds what the filter and search before it found, on random texts over small alphabets
     * (so that words repeat often): Han, characters at and around U+2E80, U+FFFF, NUL, surrogates, ASCII.
     */
    @Test
    void pairSearchAgreesWithTheOldFilterAndSearch() {
        String[] alphabets = {"资金信息公开", "资金一每研究商量", "资金\u2E7F\u2E80\u2E81\uFFFF\u0000", "ab资金12，。",
            "\uD840\uDC00\uD840\uDC01资", "研究讨论资金资", "\uFFFF\u0000资"};
        Random random = new Random(31);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String alphabet = alphabets[random.nextInt(alphabets.length)];
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            List<Repeats.Repeat> want = OldRepeats.find(text);
            found += want.isEmpty() ? 0 : 1;
            assertEquals(OldRepeats.possible(text), Repeats.possible(text), text);
            assertEquals(want, Repeats.find(text), text);
            assertEquals(OldRepeats.places(text), Repeats.places(text), text);
        }
        assertTrue(found > 15_000, "texts with repeated words: " + found);
    }
}
