package io.github.ogireport.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The traditional-simplified table is ICU4J's {@code Traditional-Simplified} transliterator: regenerated here
 * and compared with the committed resource ({@code -Dogi.updateGolden=true} rewrites it); detection, folding
 * and the pinyin glosses of mirrored pages.
 */
class TraditionalScriptTest {
    private static final Path TABLE = Path.of("ogi-report/src/main/resources/io/github/ogireport/internal/text",
            TraditionalScript.RESOURCE);

    /** The table as ICU4J gives it: every BMP character it changes into one other BMP character. */
    static String generate() {
        Transliterator t = Transliterator.getInstance("Traditional-Simplified");
        StringBuilder b = new StringBuilder();
        b.append("# Traditional to simplified, one character and its simplified form a line.\n")
                .append("# Generated from ICU4J ").append(VersionInfo.ICU_VERSION)
                .append(" Traditional-Simplified by TraditionalScriptTest: do not edit; regenerate with\n")
                .append("# mvn test -Dtest=TraditionalScriptTest -Dogi.updateGolden=true\n");
        for (int c = 0x80; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c) || !Character.isDefined(c)) {
                continue;
            }
            String in = String.valueOf((char) c);
            String out = t.transliterate(in);
            if (!out.equals(in) && out.length() == 1 && !Character.isSurrogate(out.charAt(0))) {
                b.append(in).append(out).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void tableIsRegeneratedFromIcu4j() throws IOException {
        String expected = generate();
        if (Boolean.getBoolean("ogi.updateGolden")) {
            Files.writeString(TABLE, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(TABLE, StandardCharsets.UTF_8),
                "the committed table differs from ICU4J's: regenerate with -Dogi.updateGolden=true");
    }

    @Test
    void foldingIsCharacterForCharacter() {
        String printed = "沅陵縣二酉苗族鄉人民政府2020年政府信息公開工作年度報告";
        String folded = TraditionalScript.fold(printed);
        assertEquals("沅陵县二酉苗族乡人民政府2020年政府信息公开工作年度报告", folded);
        assertEquals(printed.length(), folded.length());
        assertEquals("规章", TraditionalScript.fold("規章"));
        String simplified = "规章 行政规范性文件 本年制发件数";
        assertTrue(simplified == TraditionalScript.fold(simplified), "a simplified text is returned as it is");
    }

    @Test
    void detectsAPageInTraditionalScript() {
        assertTrue(TraditionalScript.isTraditional("一、總體情況\n本年度報告根據《中華人民共和國政府信息公開條例》的要求編制。"
                + "二、主動公開政府信息情況\n規章\n規範性文件\n對外公開總數量"));
        assertFalse(TraditionalScript.isTraditional("一、总体情况\n本年度报告根据《中华人民共和国政府信息公开条例》的要求编制。"
                + "二、主动公开政府信息情况\n规章\n规范性文件\n对外公开总数量"));
        // a simplified page quoting a few traditional characters (a name, an old seal) is still simplified
        assertFalse(TraditionalScript.isTraditional("某某镇2023年政府信息公开工作年度报告，刻有「開國」二字。"
                + "一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况"));
        assertFalse(TraditionalScript.isTraditional(""));
    }

    @Test
    void pinyinGlossesAreLeftOut() {
        String page = "規(guī)章\n數(shù)量\n沅陵縣二酉苗族鄉(xiāng)人民政府\n第二十条第(一)項\n(本列數(shù)據(jù)的勾稽關係)";
        assertTrue(TraditionalScript.hasGlosses(page));
        assertEquals("規章\n數量\n沅陵縣二酉苗族鄉人民政府\n第二十条第(一)項\n(本列數據的勾稽關係)",
                TraditionalScript.stripGlosses(page));
        // brackets that are not glosses stay: ordinals, units, Latin words, glosses in full-width brackets go
        assertEquals("（一）予以公开 (万元) 网站(www) 鄉", TraditionalScript.stripGlosses("（一）予以公开 (万元) 网站(www) 鄉（xiāng）"));
        assertFalse(TraditionalScript.hasGlosses("（一）予以公开\n（二）部分公开\n（三）不予公开\n网站(www)"));
    }

    @Test
    void theScreenPassesEverySampleEitherTestWouldFlag() {
        // texts read one after the other as one sample; the screen says no only where both tests say no
        String[] pieces = {"規章", "规章", "數(shù)量", "总体情况", "總體情況", "開國", "(guī)", "ā", "2024", "\n", "報告",
            "报告", "一、", "對外公開", "x".repeat(3000), "规".repeat(3000)};
        java.util.Random random = new java.util.Random(9);
        for (int i = 0; i < 3_000; i++) {
            List<String> texts = new java.util.ArrayList<>();
            for (int n = random.nextInt(12); n >= 0; n--) {
                StringBuilder b = new StringBuilder();
                for (int k = random.nextInt(8); k >= 0; k--) {
                    b.append(pieces[random.nextInt(pieces.length)]);
                }
                texts.add(b.toString());
            }
            TraditionalScript.Screen screen = new TraditionalScript.Screen();
            StringBuilder sample = new StringBuilder();
            for (String t : texts) {
                if (sample.length() < 8192) {
                    sample.append(t).append('\n');
                }
                screen.add(t);
            }
            String plain = TraditionalScript.hasGlosses(sample) ? TraditionalScript.stripGlosses(sample.toString())
                    : sample.toString();
            if (TraditionalScript.hasGlosses(sample) || TraditionalScript.isTraditional(plain)) {
                assertTrue(screen.mayNeedFolding(), String.join("|", texts));
            }
        }
    }
}
