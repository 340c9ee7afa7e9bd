package io.github.ogireport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FoldTest {
    @Test
    void everyStableCharacterIsItsOwnNfkcAloneAndBesideOthers() {
        int stable = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (!Fold.isStable(c)) {
                continue;
            }
            stable++;
            String one = String.valueOf(c);
            assertEquals(one, Normalizer.normalize(one, Normalizer.Form.NFKC), "U+" + Integer.toHexString(c));
            // beside a letter, an ideograph and punctuation: nothing composes or reorders
            String mixed = "a" + c + "中" + c + "、" + c + "1";
            assertEquals(mixed, Normalizer.normalize(mixed, Normalizer.Form.NFKC), "U+" + Integer.toHexString(c));
        }
        assertEquals(95 + 20992 + 2 + 14 + 2 + 2, stable);
    }

    @Test
    void stableTextIsReturnedAsItIsOtherTextIsNormalised() {
        String plain = "（一）本年新收政府信息公开申请数量 12, 3";
        assertEquals(Normalizer.normalize(plain, Normalizer.Form.NFKC), Fold.nfkc(plain));
        String ascii = "abc 123";
        assertSame(ascii, Fold.nfkc(ascii));
        assertEquals("(1)ABC12", Fold.nfkc("（１）ＡＢＣ１２"));
        assertEquals("平成", Fold.nfkc("平成"));
        assertEquals("\u91d1", Fold.nfkc("\uf90a")); // a compatibility ideograph
        assertEquals(" ", Fold.nfkc("\u3000"));
    }

    @Test
    void fullWidthFormsFoldedByHandAreWhatTheNormaliserMakes() {
        // every full-width ASCII form and the ideographic space, alone and beside every kind of neighbour the hand
        // folding allows (stable characters, another full-width form) and one it does not (a combining accent)
        String[] besides = {"", "a", "中", "、", "“", "《", "１", "（", "\u3000", " "};
        int folded = 0;
        for (char c = '\u3000'; c <= '\uFF5E'; c++) {
            if (Fold.asciiForm(c) == 0) {
                continue;
            }
            folded++;
            for (String before : besides) {
                for (String after : besides) {
                    String s = before + c + after;
                    assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), Fold.nfkc(s), "U+" + Integer.toHexString(c));
                }
            }
            String accented = c + "\u0301";
            assertEquals(Normalizer.normalize(accented, Normalizer.Form.NFKC), Fold.nfkc(accented));
        }
        assertEquals(94 + 1, folded);
        // the ideographs of the basic block beside full-width forms: nothing composes
        for (char c = '\u4E00'; c <= '\u9FFF'; c += 7) {
            String s = "（" + c + "）" + c + "，";
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), Fold.nfkc(s));
        }
    }
}
