package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final String LAST = "2023年，青山区市场监督管理局坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。"
            + "全年通过门户网站主动公开政府信息1286条，其中机构职能、政策文件、行政执法等信息均按时更新。"
            + "严格落实公开属性源头认定和保密审查制度，全年开展公开属性审查312件次。";

    @Test
    void aCopyWithTheYearAndFiguresChangedIsWhollyRepeated() {
        String copy = LAST.replace("2023", "2024").replace("1286", "1390").replace("312", "298");
        assertEquals(1.0, Fingerprint.of(copy).containedIn(Fingerprint.of(LAST)), 1e-9);
    }

    @Test
    void aReportThatAddsToLastYearsTextStillRepeatsAllOfIt() {
        String more = LAST + "新增：开展政府开放日活动三场，邀请群众代表、企业代表走进机关，面对面听取意见建议。";
        double share = Fingerprint.of(more).containedIn(Fingerprint.of(LAST));
        assertTrue(share > 0.6 && share < 0.9, "share " + share);
        assertEquals(1.0, Fingerprint.of(LAST).containedIn(Fingerprint.of(more)), 1e-9);
    }

    @Test
    void differentTextsShareLittle() {
        String other = "本年度依申请公开工作平稳有序，答复文书统一审核，复议诉讼案件均依法妥善处理，无纠错情况发生。"
                + "下一步将继续加强培训，提升工作人员业务能力和依法答复水平。";
        assertTrue(Fingerprint.of(other).containedIn(Fingerprint.of(LAST)) < 0.1);
    }

    @Test
    void tooLittleTextIsNotCompared() {
        assertEquals(-1, Fingerprint.of("无").containedIn(Fingerprint.of(LAST)));
    }

    @Test
    void longNarrativesAreEstimatedFromTheSketchCloseToTheExactShare() {
        Random rnd = new Random(3);
        String pool = "政府信息公开工作年度报告主动公开依申请办理复议诉讼问题改进平台建设监督保障制度管理培训考核解读回应";
        StringBuilder a = new StringBuilder();
        for (int i = 0; i < 6000; i++) {
            a.append(pool.charAt(rnd.nextInt(pool.length())));
        }
        // b: the first 70 % of a, then new text of the same length
        StringBuilder b = new StringBuilder(a.substring(0, 4200));
        for (int i = 0; i < 1800; i++) {
            b.append(pool.charAt(rnd.nextInt(pool.length())));
        }
        Fingerprint fa = Fingerprint.of(a.toString());
        Fingerprint fb = Fingerprint.of(b.toString());
        assertTrue(fb.size() > Fingerprint.SKETCH, "the test needs texts longer than the sketch");
        double share = fb.containedIn(fa);
        assertTrue(Math.abs(share - 0.70) < 0.08, "estimated share " + share);
    }

    @Test
    void theRadixSortSortsAsArraysSortDoes() {
        java.util.Random random = new java.util.Random(12);
        for (int n : new int[] {0, 1, 511, 512, 513, 4_000, 20_000}) {
            for (int round = 0; round < 5; round++) {
                int[] a = new int[n];
                for (int i = 0; i < n; i++) {
                    // all of the int range, the extremes and repeats included
                    a[i] = round == 0 ? random.nextInt(7) - 3 : i % 97 == 0 ? Integer.MIN_VALUE
                            : i % 89 == 0 ? Integer.MAX_VALUE : random.nextInt();
                }
                int[] expected = a.clone();
                java.util.Arrays.sort(expected);
                Fingerprint.sort(a);
                org.junit.jupiter.api.Assertions.assertArrayEquals(expected, a, "n=" + n + " round " + round);
            }
        }
    }

    @Test
    void normalisesLineByLineAsTheWholeTextWouldBe() {
        // characters that compose (e + U+0301, Hangul jamo), decompose (ﬁ, ①, full-width forms), reorder (two
        // combining marks) or stand still, around line breaks, tabs and other control characters
        String[] parts = {"e", "\u0301", "\u0323", "\u1100", "\u1161", "\u11A8", "\uFB01", "\u2460", "\uFF21",
            "\uFF11", "\u3000", "中", "A", "7", " ", "\n", "\r", "\t", "\u0000", "\u001F", "。", "\uD840\uDC00"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                b.append(parts[random.nextInt(parts.length)]);
            }
            String text = b.toString();
            assertEquals(wholeTextNormalised(text), Fingerprint.normalise(text), () -> text.codePoints()
                    .mapToObj(Integer::toHexString).toList().toString());
        }
    }

    /** A report's paragraphs give the fingerprint of their text joined by line breaks, as first written. */
    @Test
    void paragraphsAreFingerprintedAsTheirJoinedText() {
        String[] parts = {"e", "\u0301", "\uFF21", "\uFF11", "\u3000", "中", "公开", "A", "7", " ", "\n", "\t",
            "。", "2023年", "申请", "\uD840\uDC00"};
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            java.util.List<io.github.ogireport.model.Paragraph> paragraphs = new java.util.ArrayList<>();
            StringBuilder joined = new StringBuilder();
            for (int p = random.nextInt(6); p > 0; p--) {
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) {
                    b.append(parts[random.nextInt(parts.length)]);
                }
                paragraphs.add(new io.github.ogireport.model.Paragraph(b.toString(),
                        new io.github.ogireport.model.SourcePosition.InText(1, 1)));
                joined.append(b).append('\n');
            }
            Fingerprint a = Fingerprint.of(paragraphs);
            Fingerprint b = Fingerprint.of(joined.toString());
            assertEquals(b.encode(), a.encode(), joined::toString);
        }
    }

    /** The fingerprint's normalisation as first written: NFKC of the whole text, then its letters and digits. */
    private static String wholeTextNormalised(String text) {
        String n = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFC') {
                b.append(c);
            } else if (Character.isDigit(c)) {
                b.append('0');
            } else if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    @Test
    void encodesAndDecodes() {
        Fingerprint f = Fingerprint.of(LAST);
        Fingerprint g = Fingerprint.decode(f.encode());
        assertEquals(f.size(), g.size());
        assertEquals(1.0, g.containedIn(f), 1e-9);
    }
}
