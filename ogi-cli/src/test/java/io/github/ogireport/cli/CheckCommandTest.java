package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ogi check}: exit statuses, options, and the findings of a report with one cell changed. */
class CheckCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theBundledSamplesPassWithNoArguments() {
        CliRun run = CliRun.of("check");
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(run.out().contains("2024-gaochang-jdb.txt"), run.out());
        assertFalse(run.out().contains("ERROR"), run.out());
        assertFalse(run.out().contains("WARNING"), run.out());
    }

    /** Checks a copy of a base report with one line edited, as JSON. */
    private CliRun checkEdited(String base, String from, String to, String... options) throws IOException {
        String text = Files.readString(Path.of("testdata/rules", base), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Path file = dir.resolve("edited-" + base);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(List.of(options));
        args.add(file.toString());
        return CliRun.of(args.toArray(new String[0]));
    }

    /** "RULE first-cell" of each FAIL finding at or above the given severities. */
    private static List<String> failures(CliRun run, List<String> severities) throws IOException {
        List<String> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(run.out()).get("findings")) {
            if (f.get("status").asText().equals("FAIL") && severities.contains(f.get("severity").asText())) {
                out.add(f.get("rule").asText() + " " + f.get("cells").get(0).asText());
            }
        }
        return out;
    }

    @Test
    void oneT2CellChangedReportsExactlyTheBrokenRelationsAndTheCell() throws IOException {
        // 本年新收 自然人 40 → 41 in an otherwise consistent report
        CliRun run = checkEdited("base-tables.txt", "一、本年新收政府信息公开申请数量 | 40 |",
                "一、本年新收政府信息公开申请数量 | 41 |");
        assertEquals(1, run.status(), run.err());
        // the column relation of 自然人 (root cause: 总计 still holds), the row sum of 本年新收, and the cell
        assertEquals(List.of("T2-E1 t2.NEW.NP", "T2-L2 t2.NEW.TOT", "T2-CELL t2.NEW.NP"),
                failures(run, List.of("ERROR", "WARNING", "INFO")));
        assertEquals("FAILED", JSON.readTree(run.out()).get("verdict").asText());
    }

    @Test
    void theSeedWithOneT2CellChangedFailsExactlyWhereTheCellIs() throws IOException {
        // the seed (all zero) with 本年新收 自然人 0 → 1; its narrative speaks of totals, which still hold
        CliRun run = checkEdited("2024-gaochang-jdb.txt", "一、本年新收政府信息公开申请数量 | 0 | 0 |",
                "一、本年新收政府信息公开申请数量 | 1 | 0 |");
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of("T2-E1 t2.NEW.NP", "T2-L2 t2.NEW.TOT"), failures(run, List.of("ERROR", "WARNING")));
        assertTrue(run.out().contains("最可能出错的单元格是 t2.NEW.NP"), "the cell is named: " + run.out());
    }

    @Test
    void totalFailingOnlyBecauseOfOneColumnIsFoldedIntoIt() throws IOException {
        CliRun run = checkEdited("base-tables.txt", "四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |",
                "四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |", "--only", "T2-E1");
        JsonNode findings = JSON.readTree(run.out()).get("findings");
        assertEquals(1, findings.size(), run.out());
        assertTrue(findings.get(0).get("message").asText().contains("自然人列"));
        assertTrue(findings.get(0).get("message").asText().contains("总计列的不平衡仅由此列引起"));
        assertEquals(1, run.status());
    }

    @Test
    void failOnAndDisableChangeTheExitStatus() {
        String file = "testdata/check/defects-2024.txt";
        assertEquals(1, CliRun.of("check", file).status());
        assertEquals(0, CliRun.of("check", "--disable", "T2-E1,T2-L2,T3-L1", file).status());
        assertEquals(1, CliRun.of("check", "--disable", "T2-E1,T2-L2,T3-L1", "--fail-on", "warning", file).status());
        assertEquals(0, CliRun.of("check", "--only", "B-NA", "--fail-on", "warning", file).status());
        assertEquals(1, CliRun.of("check", "--only", "B-NA", "--fail-on", "info", file).status());
    }

    @Test
    void configFileTakesTheSameKeys() throws IOException {
        Path cfg = dir.resolve("ogi.properties");
        Files.writeString(cfg, "disable = T2-E1, T2-L2, T3-L1\nfail-on = error\n", StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("check", "--config", cfg.toString(), "testdata/check/defects-2024.txt").status());
        Files.writeString(cfg, "fail-on = nonsense\n", StandardCharsets.UTF_8);
        CliRun bad = CliRun.of("check", "--config", cfg.toString(), "testdata/check/defects-2024.txt");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("not a severity"), bad.err());
    }

    @Test
    void unknownRuleIdsAndUnreadableInputsExitWithTwo() throws IOException {
        CliRun unknown = CliRun.of("check", "--disable", "NO-SUCH-RULE", "testdata/check/defects-2024.txt");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("NO-SUCH-RULE"));
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        CliRun run = CliRun.of("check", empty.toString(), "testdata/check/defects-2024.txt");
        assertEquals(2, run.status());
        assertTrue(run.out().contains("empty file"), run.out());
        assertTrue(run.out().contains("defects-2024.txt"), "the other input is still checked");
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void englishMessagesWithLangEn() {
        CliRun run = CliRun.of("check", "--lang", "en", "testdata/check/defects-2024.txt");
        assertTrue(run.out().contains("Column natural persons: new 41 + carried over 3 = 44"), run.out());
        assertTrue(run.out().contains("✗ FAILED"), run.out());
    }

    @Test
    void outputFileOption() throws IOException {
        Path out = dir.resolve("out.sarif");
        CliRun run = CliRun.of("check", "--format", "sarif", "-o", out.toString(), "testdata/check/defects-2024.txt");
        assertEquals(1, run.status());
        assertEquals("", run.out());
        JsonNode sarif = JSON.readTree(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals("2.1.0", sarif.get("version").asText());
    }

    @Test
    void htmlIsOnePageForAllReportsInAFileOrOnStandardOutput() throws IOException {
        Path out = dir.resolve("report.html");
        CliRun run = CliRun.of("check", "--format", "html", "-o", out.toString(), "testdata/check/defects-2024.txt",
                "testdata/rules/2024-gaochang-jdb.txt");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), html.substring(0, 80));
        assertEquals(1, html.split("<html", -1).length - 1, "one page");
        assertTrue(html.contains("<section class=\"report\" id=\"r1\" data-verdict=\"FAILED\">"));
        assertTrue(html.contains("<section class=\"report\" id=\"r2\" data-verdict=\"ATTENTION\">"));
        assertTrue(html.endsWith("</html>\n"));
        Path empty = dir.resolve("empty.txt");
        Files.write(empty, new byte[0]);
        CliRun en = CliRun.of("check", "--format", "html", "--lang", "en", empty.toString(),
                "testdata/check/defects-2024.txt");
        assertEquals(2, en.status(), "an unreadable input");
        assertTrue(en.out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), en.out().substring(0, 80));
        assertTrue(en.out().contains("<p class=\"error\">Could not be read: empty file</p>"));
        assertTrue(en.out().contains("id=\"r2\" data-verdict=\"FAILED\""), "the other input is still checked");
    }
}
