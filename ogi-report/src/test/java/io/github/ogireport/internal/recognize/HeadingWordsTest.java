package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.bench.SyntheticReports;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.internal.layout.TextLayout;
import io.github.ogireport.model.SectionId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link HeadingWords} reads what the section recognizer's expressions matched before it: each answer is checked
 * against the expression, on the headings of the samples, the synthetic report and the shared corpus (when it is
 * there), and on strings generated from the characters the expressions read.
 */
class HeadingWordsTest {
    private static final Pattern TOP = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}\\s*[、.,，:：]|第[一二三四五六七八九十]部分)");
    private static final Pattern SUB = Pattern.compile("^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[)）]|[)）])");
    private static final Pattern NUMBERED = Pattern.compile("^[0-9]{1,2}\\s*[、.．]");
    private static final Pattern NUMERAL = Pattern.compile("[一二三四五六七八九十]+|[0-9]+");
    private static final Map<SectionId, Pattern> STRONG = new EnumMap<>(Map.of(
            SectionId.OVERVIEW, Pattern.compile("总体情况|概述|总体概况"),
            SectionId.PROACTIVE, Pattern.compile("主动公开政府信息"),
            SectionId.REQUESTS, Pattern.compile("收到和处理|收到及处理|收到和受理"),
            SectionId.REVIEW_LITIGATION, Pattern.compile("行政复议.{0,3}行政诉讼|复议.{0,2}诉讼"),
            SectionId.PROBLEMS, Pattern.compile("问题.{0,2}改进|主要问题"),
            SectionId.OTHER, Pattern.compile("其[他它]需要?(?:报告|说明)")));
    private static final Map<SectionId, Pattern> WEAK = new EnumMap<>(Map.of(
            SectionId.OVERVIEW, Pattern.compile("基本情况|工作概况"),
            SectionId.PROACTIVE, Pattern.compile("主动公开"),
            SectionId.REQUESTS, Pattern.compile("依申请公开|政府信息公开申请"),
            SectionId.REVIEW_LITIGATION, Pattern.compile("行政复议|行政诉讼"),
            SectionId.PROBLEMS, Pattern.compile("问题|改进"),
            SectionId.OTHER, Pattern.compile("其[他它]事项|其[他它]需要")));

    /** Pieces the generated strings are made of: every character and word the expressions read, and others. */
    private static final String[] PIECES = {"一", "二", "三", "十", "第", "部分", "(", "（", ")", "）", "、", ".", ",",
        "，", ":", "：", "．", " ", "\t", "\n", "\u0085", "\u2028", "1", "2", "0", "3", "总体", "情况", "概述", "概况",
        "主动公开", "政府信息", "收到", "和", "及", "处理", "受理", "行政", "复议", "诉讼", "问题", "改进", "主要", "其",
        "他", "它", "需", "要", "报告", "说明", "事项", "基本", "工作", "依申请公开", "申请", "x", "的", "。"};

    @Test
    void everyAnswerIsTheExpressions() throws IOException {
        List<String> keys = new ArrayList<>();
        for (Path file : samples()) {
            for (Line line : TextLayout.parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).lines()) {
                if (line instanceof Line.Paragraph) {
                    String text = ((Line.Paragraph) line).text();
                    keys.add(Text.key(text.length() > 60 ? text.substring(0, 60) : text));
                }
            }
        }
        for (Line line : TextLayout.parse(SyntheticReports.pipeText()).lines()) {
            if (line instanceof Line.Paragraph) {
                keys.add(((Line.Paragraph) line).key());
            }
        }
        int fromFiles = keys.size();
        Random random = new Random(12);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            keys.add(b.toString());
        }
        for (String key : keys) {
            check(key);
        }
        assertTrue(fromFiles > 100, "headings read from the samples: " + fromFiles);
    }

    private static void check(String key) {
        SectionRecognizer.Level level = TOP.matcher(key).find() ? SectionRecognizer.Level.TOP
                : SUB.matcher(key).find() ? SectionRecognizer.Level.SUB
                : NUMBERED.matcher(key).find() ? SectionRecognizer.Level.NUMBERED : SectionRecognizer.Level.PLAIN;
        assertEquals(level, HeadingWords.level(key), key);
        Matcher m = NUMERAL.matcher(key);
        assertEquals(m.find() ? m.group() : "", HeadingWords.numeral(key), key);
        long sections = HeadingWords.sections(key);
        for (SectionId id : SectionId.values()) {
            assertEquals(STRONG.get(id).matcher(key).find(), (sections & 1L << id.ordinal()) != 0, id + " " + key);
            assertEquals(WEAK.get(id).matcher(key).find(), (sections & 1L << 32 + id.ordinal()) != 0, id + " " + key);
        }
    }

    private static List<Path> samples() throws IOException {
        List<Path> out = new ArrayList<>();
        // the tests run in the project's top folder
        for (String dir : new String[] {"testdata/samples", "testdata/parse", "testdata/check"}) {
            addTexts(Path.of(dir), out);
        }
        org.junit.jupiter.api.Assertions.assertFalse(out.isEmpty(), "no text reports found in testdata");
        String corpus = System.getProperty("ogi.corpus");
        if (corpus != null) {
            addTexts(Path.of(corpus, "seed"), out);
            addTexts(Path.of(corpus, "pages"), out);
        }
        return out;
    }

    private static void addTexts(Path dir, List<Path> out) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().forEach(out::add);
        }
    }
}
