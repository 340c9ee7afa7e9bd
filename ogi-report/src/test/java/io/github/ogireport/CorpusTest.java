package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses the shared corpus (the seed and the real reports, system property {@code ogi.corpus}) and compares
 * every table cell, the format, year, agency and sections with the hand-checked {@code *.truth.json} beside
 * each report, following the conventions of {@code corpus/real/MANIFEST.md} and the scorer
 * ({@code shared/tools/score}): numbers by value, {@code null} = blank, {@code "NA"} = a not-applicable mark.
 *
 * <p>Skipped with a message when the corpus is not there (a clone without {@code shared/}). PDF and Word
 * reports are skipped until they can be read.
 */
class CorpusTest {
    /** Agencies the parser is known to name differently from the truth; the rest of these reports is asserted. */
    private static final Map<String, String> KNOWN_AGENCY_MISSES = Map.of(
            "2024-shanghai-kw.md", "the title abbreviates the organ as 上海市科委",
            "2025-shuyang-xzf.txt", "the text has the OCR error 沐阳 for 沭阳");
    private static final List<String> READABLE = List.of(".txt", ".md", ".html", ".htm");
    private static final Map<String, String> SECTION_IDS = Map.of(
            "总体情况", "OVERVIEW", "主动公开", "PROACTIVE", "申请", "REQUESTS",
            "复议诉讼", "REVIEW_LITIGATION", "问题改进", "PROBLEMS", "其他事项", "OTHER");
    private static final Map<String, T1Row> T1_F2021 = Map.of("规章", T1Row.REG, "行政规范性文件", T1Row.NORM,
            "行政许可", T1Row.LICENSE, "行政处罚", T1Row.PENALTY, "行政强制", T1Row.COERCION, "行政事业性收费", T1Row.FEE);
    private static final Map<String, T1Row> T1_F2019 = Map.of("规章", T1Row.REG, "规范性文件", T1Row.NORM,
            "行政许可", T1Row.LICENSE, "其他对外管理服务事项", T1Row.OTHER_SERVICE, "行政处罚", T1Row.PENALTY,
            "行政强制", T1Row.COERCION, "行政事业性收费", T1Row.FEE, "政府集中采购", T1Row.PROCUREMENT);

    /** The corpus folder, or empty with the reason it is not usable. */
    static Optional<Path> corpus(StringBuilder why) {
        String prop = System.getProperty("ogi.corpus");
        if (prop == null || prop.isBlank()) {
            why.append("system property ogi.corpus is not set (mvn sets it to ../shared/corpus)");
            return Optional.empty();
        }
        Path dir = Path.of(prop);
        if (!Files.isDirectory(dir.resolve("seed")) && !Files.isDirectory(dir.resolve("real"))) {
            why.append("no shared corpus at ").append(dir.toAbsolutePath().normalize());
            return Optional.empty();
        }
        return Optional.of(dir);
    }

    @TestFactory
    Stream<DynamicTest> corpusReportsMatchTheirTruth() throws IOException {
        StringBuilder why = new StringBuilder();
        Optional<Path> dir = corpus(why);
        if (dir.isEmpty()) {
            // one skipped test rather than an aborted factory: Surefire counts and shows it as skipped
            String message = "CorpusTest SKIPPED: " + why;
            System.out.println(message);
            return Stream.of(DynamicTest.dynamicTest("shared corpus", () -> Assumptions.assumeTrue(false, message)));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String sub : List.of("seed", "real")) {
            Path folder = dir.get().resolve(sub);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.sorted().toList();
            }
            for (Path truth : files) {
                String name = truth.getFileName().toString();
                if (!name.endsWith(".truth.json")) {
                    continue;
                }
                Path report = reportOf(truth, files);
                String label = sub + "/" + (report == null ? name : report.getFileName());
                tests.add(DynamicTest.dynamicTest(label, () -> check(truth, report)));
            }
        }
        assertFalse(tests.isEmpty(), "the corpus at " + dir.get() + " holds no *.truth.json");
        return tests.stream();
    }

    /** REPORT.EXT.truth.json beside REPORT.EXT, or REPORT.truth.json beside REPORT.EXT (as the scorer finds them). */
    private static Path reportOf(Path truth, List<Path> files) {
        String name = truth.getFileName().toString();
        String stem = name.substring(0, name.length() - ".truth.json".length());
        for (Path p : files) {
            if (p.getFileName().toString().equals(stem)) {
                return p;
            }
        }
        for (Path p : files) {
            String n = p.getFileName().toString();
            if (n.startsWith(stem + ".") && !n.endsWith(".json")) {
                return p;
            }
        }
        return null;
    }

    private static void check(Path truthFile, Path reportFile) throws IOException {
        assertNotNull(reportFile, "no report beside " + truthFile);
        String name = reportFile.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        if (!READABLE.contains(ext)) {
            String message = "CorpusTest skipped " + name + ": " + ext + " reports are not read yet";
            System.out.println(message);
            Assumptions.assumeTrue(false, message);
        }

        JsonNode truth = ExpectedReport.read(truthFile);
        Report report = OgiReports.parse(reportFile);
        List<String> diffs = new ArrayList<>();
        if (report.error().isPresent()) {
            diffs.add("error: " + report.error().get());
        }
        if (!truth.get("format").asText().equals(report.format().name())) {
            diffs.add("format: want " + truth.get("format").asText() + ", got " + report.format());
        }
        int year = truth.get("year").asInt();
        if (report.year().isEmpty() || report.year().getAsInt() != year) {
            diffs.add("year: want " + year + ", got " + report.year());
        }
        if (!KNOWN_AGENCY_MISSES.containsKey(name)
                && !truth.get("agency").asText().equals(report.agency().orElse(null))) {
            diffs.add("agency: want " + truth.get("agency").asText() + ", got " + report.agency());
        }
        List<String> wantSections = new ArrayList<>();
        truth.get("sections").forEach(s -> wantSections.add(SECTION_IDS.getOrDefault(s.asText(), s.asText())));
        List<String> gotSections = new ArrayList<>();
        for (Section s : report.sections()) {
            gotSections.add(s.id().name());
        }
        if (!wantSections.equals(gotSections)) {
            diffs.add("sections: want " + wantSections + ", got " + gotSections);
        }
        boolean f2019 = ReportFormat.F2019.name().equals(truth.get("format").asText());
        compareT1(diffs, truth.get("t1"), report.t1(), f2019 ? T1_F2019 : T1_F2021);
        compareTable(diffs, "t2", truth.get("t2"), report.t2());
        compareTable(diffs, "t3", truth.get("t3"), report.t3());
        assertTrue(diffs.isEmpty(), () -> name + ":\n  " + String.join("\n  ", diffs));
    }

    private static void compareT1(List<String> diffs, JsonNode want, Optional<StatTable> got, Map<String, T1Row> keys) {
        if (got.isEmpty()) {
            diffs.add("t1: missing");
            return;
        }
        List<String> wantRows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : want.properties()) {
            T1Row id = keys.get(e.getKey());
            assertNotNull(id, "unknown T1 row in the truth: " + e.getKey());
            wantRows.add(id.id());
            JsonNode cells = e.getValue().isArray() ? e.getValue()
                    : ExpectedReport.JSON.createArrayNode().add(e.getValue());
            compareRow(diffs, "t1." + id.id(), cells, got.get().row(id));
        }
        rowSet(diffs, "t1", wantRows, got.get());
    }

    private static void compareTable(List<String> diffs, String key, JsonNode want, Optional<StatTable> got) {
        if (got.isEmpty()) {
            diffs.add(key + ": missing");
            return;
        }
        List<String> wantRows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : want.properties()) {
            wantRows.add(e.getKey());
            Optional<TableRow> row = Optional.empty();
            for (TableRow r : got.get().rows()) {
                if (r.id().id().equals(e.getKey())) {
                    row = Optional.of(r);
                }
            }
            assertTrue(key.equals("t2") ? T2Row.byId(e.getKey()) != null : isT3(e.getKey()),
                    "unknown row in the truth: " + key + "." + e.getKey());
            compareRow(diffs, key + "." + e.getKey(), e.getValue(), row);
        }
        rowSet(diffs, key, wantRows, got.get());
    }

    private static boolean isT3(String id) {
        for (T3Row r : T3Row.values()) {
            if (r.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The parse has exactly the rows the truth lists, no more. */
    private static void rowSet(List<String> diffs, String key, List<String> want, StatTable got) {
        List<String> extra = new ArrayList<>();
        for (TableRow r : got.rows()) {
            if (!want.contains(r.id().id())) {
                extra.add(r.id().id());
            }
        }
        if (!extra.isEmpty()) {
            diffs.add(key + ": rows the truth does not have: " + extra);
        }
    }

    private static void compareRow(List<String> diffs, String path, JsonNode want, Optional<TableRow> got) {
        if (got.isEmpty()) {
            diffs.add(path + ": row missing");
            return;
        }
        List<Cell> cells = got.get().cells();
        if (cells.size() != want.size()) {
            diffs.add(path + ": want " + want.size() + " cells, got " + cells.size());
            return;
        }
        for (int i = 0; i < want.size(); i++) {
            String d = judge(want.get(i), cells.get(i));
            if (d != null) {
                diffs.add(path + "[" + i + "]: " + d);
            }
        }
    }

    /** The scorer's judgement: null, "NA", a number by value (strings as printed, units and commas dropped), text. */
    static String judge(JsonNode want, Cell got) {
        if (want.isNull()) {
            return got instanceof Cell.Blank ? null : "want blank, got " + got;
        }
        if (want.isTextual() && want.asText().equals("NA")) {
            return got instanceof Cell.NotApplicable ? null : "want NA, got " + got;
        }
        BigDecimal w = truthNumber(want);
        if (w != null) {
            if (got instanceof Cell.Number) {
                BigDecimal g = ((Cell.Number) got).value();
                // a truth string keeps the printed unit (251000元) where the column has none: compare the raw number
                return w.compareTo(g) == 0 || w.compareTo(truthNumber(ExpectedReport.JSON.getNodeFactory()
                        .textNode(got.raw()))) == 0 ? null : "want " + w.toPlainString() + ", got " + g.toPlainString();
            }
            return got instanceof Cell.Text && got.raw().trim().equals(want.asText().trim()) ? null
                    : "want " + want.asText() + ", got " + got;
        }
        return got instanceof Cell.Text && got.raw().trim().equals(want.asText().trim()) ? null
                : "want text " + want.asText() + ", got " + got;
    }

    /** A truth value as a number, the way the scorer reads it; null when it holds none. */
    static BigDecimal truthNumber(JsonNode v) {
        if (v == null || v.isNull() || v.isBoolean()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        String s = v.asText().trim().replace(",", "").replace("，", "");
        for (String bracket : List.of("（", "(")) {
            int at = s.indexOf(bracket);
            if (at > 0) {
                s = s.substring(0, at).trim();
            }
        }
        for (String unit : List.of("万元", "元", "件", "个", "项")) {
            if (s.endsWith(unit)) {
                s = s.substring(0, s.length() - unit.length());
            }
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The truth reader itself: the scorer's number rules. */
    @org.junit.jupiter.api.Test
    void truthNumbersFollowTheScorer() {
        var f = ExpectedReport.JSON.getNodeFactory();
        assertEquals(0, new BigDecimal("251000").compareTo(truthNumber(f.textNode("251000元"))));
        assertEquals(0, new BigDecimal("96171.6").compareTo(truthNumber(f.textNode("96171.6"))));
        assertEquals(0, new BigDecimal("22").compareTo(truthNumber(f.textNode("22（其中修订16件）"))));
        assertEquals(0, new BigDecimal("1234").compareTo(truthNumber(f.textNode("1,234"))));
        assertEquals(null, truthNumber(f.textNode("见附件")));
        assertEquals(null, truthNumber(f.nullNode()));
    }
}
