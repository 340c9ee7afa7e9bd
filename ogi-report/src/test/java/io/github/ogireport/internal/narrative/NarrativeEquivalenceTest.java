package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Narrative}'s one pass (sentence ends and keys read together) makes the sentences the two passes before
 * it made ({@link OldNarrative}): the same text, key, section, position, block and index, on every report of
 * testdata and the shared corpus (read in place, when it is there) and on random reports in text and HTML made
 * of the characters each branch of the pass handles.
 */
class NarrativeEquivalenceTest {
    @Test
    void sameSentencesAsBeforeOnTestdataAndTheCorpus() throws IOException {
        List<Path> files = new ArrayList<>();
        add(files, Path.of("testdata"));
        String corpus = System.getProperty("ogi.corpus");
        if (corpus != null && !corpus.startsWith("${") && Files.isDirectory(Path.of(corpus))) {
            add(files, Path.of(corpus));
        }
        int sentences = 0;
        for (Path f : files) {
            Report r = OgiReports.parse(f);
            List<Sentence> want = OldNarrative.of(r).sentences();
            Narrative n = Narrative.of(r);
            assertEquals(want, n.sentences(), f.toString());
            assertEquals(OldNarrative.of(r).isHtml(), n.isHtml(), f.toString());
            sentences += want.size();
        }
        assertTrue(sentences > 500, "sentences compared: " + sentences);
    }

    private static void add(List<Path> files, Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(txt|html|htm|md|pdf|docx)"))
                    .sorted().forEach(files::add);
        }
    }

    /** Pieces of narrative: ideographs, ends and closers, white space of every kind, forms the key folds. */
    private static final String[] PIECES = {"本机关", "收到申请", "政府信息公开", "资金资金", "钩稽", "勾稽", "。", "！", "？",
        "!", "?", "”", "’", "」", "』", "）", ")", "】", "]", "\"", "'", "“", "‘", "「", "„", " ", "  ", "\u3000",
        "\u00A0", "\u200B", "\uFEFF", "\t", "，", ",", "；", "：", "、", "１２", "12", "ＡＢ", "ab", "é", "e\u0301",
        "㈠", "\uFF5F", "\uFF61", "（一）", "(二)", "1.", "2、", "第一部分", "資訊公開", "申請處理", "機關", "件",
        "\uD840\uDC00", "x"};

    private static final String[] HEADINGS = {"一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "（一）主动公开",
        "1.建议提案"};

    @Test
    void sameSentencesAsBeforeOnRandomReports() {
        Random random = new Random(41);
        int sentences = 0;
        for (int i = 0; i < 3_000; i++) {
            boolean traditional = random.nextInt(8) == 0;
            StringBuilder text = new StringBuilder(traditional ? "某機關2024年政府資訊公開工作年度報告\n"
                    : "某局2024年政府信息公开工作年度报告\n");
            for (int line = random.nextInt(25); line > 0; line--) {
                if (random.nextInt(6) == 0) {
                    text.append(HEADINGS[random.nextInt(HEADINGS.length)]);
                } else if (random.nextInt(40) == 0) {
                    // a run longer than a sentence may be, with clause marks or without
                    String piece = random.nextBoolean() ? "政府信息公开，" : "政府信息公开";
                    text.append(piece.repeat(Narrative.MAX_SENTENCE / piece.length() + 1 + random.nextInt(400)));
                } else {
                    for (int k = random.nextInt(12); k > 0; k--) {
                        text.append(traditional && random.nextBoolean() ? "資訊公開申請處理機關"
                                : PIECES[random.nextInt(PIECES.length)]);
                    }
                }
                text.append(random.nextInt(5) == 0 ? "\n\n" : "\n");
            }
            String t = text.toString();
            Report r = random.nextInt(4) == 0 ? OgiReports.parse(html(t).getBytes(StandardCharsets.UTF_8), "r.html")
                    : OgiReports.parse(t);
            List<Sentence> want = OldNarrative.of(r).sentences();
            assertEquals(want, Narrative.of(r).sentences(), t);
            sentences += want.size();
        }
        assertTrue(sentences > 20_000, "sentences compared: " + sentences);
    }

    /** The heading pattern that {@link Narrative#opensWithOrdinal} reads by hand. */
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．](?![0-9])|第[一二三四五六七八九十]{1,3}部分)");

    @Test
    void ordinalsAsThePatternFindsThem() {
        String alphabet = "一二三十九零百(（)）0129、.．。第部分总体x";
        Random random = new Random(43);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = WordsTest.text(random, alphabet, random.nextInt(8));
            boolean want = HEADING.matcher(t).lookingAt();
            found += want ? 1 : 0;
            assertEquals(want, Narrative.opensWithOrdinal(t), t);
        }
        assertTrue(found > 5_000, "ordinals: " + found);
    }

    private static String html(String text) {
        StringBuilder b = new StringBuilder("<html><body>");
        for (String line : text.split("\n")) {
            b.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        return b.append("</body></html>").toString();
    }
}
