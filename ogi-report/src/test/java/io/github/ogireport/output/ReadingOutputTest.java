package io.github.ogireport.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outputs say how each cell was read and where a finding's evidence points (issue 11): a report whose
 * R4.2 lost its label (placed by counting) and differs by one there, and whose R5.2 was not read at all.
 */
class ReadingOutputTest {
    private static CheckResult result;

    @BeforeAll
    static void check() throws IOException {
        String text = Files.readString(Path.of("testdata/rules/base-tables.txt"), StandardCharsets.UTF_8);
        text = text.replace("2.没有现成信息需要另行制作 | 1 |", "| 2 |");
        text = text.replace("2.重复申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||\n", "");
        result = OgiReports.check(OgiReports.parse(text));
    }

    @Test
    void findingsSayWhereTheirEvidencePoints() {
        List<Finding> f = result.findings();
        assertTrue(f.stream().anyMatch(x -> x.ruleId().equals("T2-L2") && x.status() == Status.UNCERTAIN
                && x.responsibility() == Responsibility.READING && x.messageEn().contains("ROW_BY_ORDER")));
        assertTrue(f.stream().anyMatch(x -> x.ruleId().equals("T2-L1") && x.status() == Status.NOT_ASSESSABLE
                && x.responsibility() == Responsibility.READING && x.cells().stream().anyMatch(c -> c.isAbsent())));
        assertTrue(f.stream().filter(x -> x.ruleId().equals("S-TABLES") && x.status() == Status.FAIL)
                .allMatch(x -> x.responsibility() == Responsibility.SOURCE));
        assertTrue(f.stream().filter(x -> x.status() == Status.PASS)
                .allMatch(x -> x.responsibility() == Responsibility.NONE));
    }

    @Test
    void theJsonResultHasTheReadingAndTheResponsibility() {
        String json = ResultJson.toJson(result);
        assertTrue(json.contains("\"reading\":{\"completeness\":0.93,\"format_cells\":200,\"read\":186,"
                + "\"not_read\":[\"t2.R5.2\",\"t2.R4.2 (ROW_BY_ORDER)\"]"), json);
        assertTrue(json.contains("\"t2.R4.2.NP\":\"ROW_BY_ORDER\""), json);
        assertTrue(json.contains("\"responsibility\":\"READING\""), json);
        assertTrue(json.contains("\"placement\":\"ROW_BY_ORDER\""), json);
        assertTrue(json.contains("\"placement\":\"ABSENT\""), json);
    }

    @Test
    void theTextVerdictLineGivesTheCompletenessAndFindingsTheirResponsibility() {
        String zh = FindingsText.render(result, Locale.CHINESE);
        String first = zh.substring(0, zh.indexOf('\n'));
        assertTrue(first.endsWith("读取完整度 93%（14 格未按标签读取：7 格未读到，7 格推断定位）"), first);
        assertTrue(zh.contains("T2-L2      [读取]"), zh);
        String en = FindingsText.render(result, Locale.ROOT);
        assertTrue(en.substring(0, en.indexOf('\n')).endsWith("read 93% (14 cells not read under their label: 7 absent,"
                + " 7 inferred)"), en);
        assertTrue(en.contains("[reading]") && en.contains("[source]"), en);
    }

    @Test
    void theHtmlPageMarksInferredCellsAndGivesTheCompleteness() {
        String html = HtmlReport.render(List.of(result), Locale.CHINESE);
        assertTrue(html.contains("data-cell=\"t2.R4.2.NP\" class=\"v num inferred"), "inferred cell marked");
        assertTrue(html.contains("推断定位：行标签丢失，按行序定位"), "its title says how");
        assertTrue(html.contains("<td class=\"n\">93%</td>"), "the summary's completeness");
        assertTrue(html.contains("resp resp-READING"), "a finding pointing at the reading");
        assertTrue(html.contains("未按标签读取：t2.R5.2, t2.R4.2 (ROW_BY_ORDER)"), "the report's list of what was not read");
    }

    @Test
    void sarifCarriesTheResponsibility() {
        String sarif = Sarif.write(List.of(result), RuleRegistry.builtIn().rules(), "test", Locale.ROOT);
        assertTrue(sarif.contains("\"responsibility\":\"READING\""), sarif);
        assertEquals(-1, sarif.indexOf("\"responsibility\":\"NONE\""), "PASS findings are not in SARIF");
    }
}
