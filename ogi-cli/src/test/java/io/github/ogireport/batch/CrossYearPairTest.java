package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.check.CheckConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pairwise entry point gives the rows the batch's pass over its work file gives. */
class CrossYearPairTest {
    @TempDir
    Path tmp;

    private static final String TEXT = "本年度依申请公开工作平稳有序，答复文书统一审核，复议诉讼案件均依法妥善处理，下一步将继续加强培训。";

    private static ReportSummary summary(long seq, int year, List<String> cin, List<String> cout, List<String> t1) {
        return new ReportSummary(seq, "dir/r" + seq + ".txt", "sha" + seq, OrganKey.of("青山区民政局"), "青山区民政局",
                year, "F2021", cin, cout, t1, Fingerprint.of(TEXT));
    }

    @Test
    void keyReadsSeqOrganAndYear() {
        ReportSummary s = summary(7, 2024, List.of("0", "0", "0", "0", "0", "0", "0"),
                List.of("0", "0", "0", "0", "0", "0", "0"), List.of("0", "0", "0", "0", "0", "0"));
        assertEquals(new CrossYearPair.Key(7, "青山区民政局", 2024), CrossYearPair.key(s.toLine()));
    }

    @Test
    void compareGivesTheRowsOfTheBatchPass() throws IOException {
        ReportSummary prev = summary(0, 2023, List.of("0", "0", "0", "0", "0", "0", "0"),
                List.of("2", "0", "0", "0", "1", "0", "3"), List.of("0", "0", "0", "2", "0", "10"));
        ReportSummary cur = summary(1, 2024, List.of("2", "0", "0", "0", "0", "0", "2"),
                List.of("0", "0", "0", "0", "0", "0", "0"), List.of("0", "0", "0", "3", "1", "11"));

        CrossYearPair.Result r = CrossYearPair.compare(cur.toLine(), prev.toLine(), 0.8, CheckConfig.defaults());

        // the same pair through CrossYear's pass over a work file, rows made as CrossYearPass makes them
        Path file = tmp.resolve("summaries.tsv");
        Files.writeString(file, prev.toLine() + "\n" + cur.toLine() + "\n", StandardCharsets.UTF_8);
        List<String[]> findings = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        new CrossYear(file, 0.8, CheckConfig.defaults()).run(new CrossYear.Sink() {
            @Override
            public void issue(CrossYear.Issue i) {
                findings.add(CrossYearPair.findingRow(i));
            }

            @Override
            public void comparison(CrossYear.Comparison c) {
                rows.add(CrossYearPair.crossYearRow(c));
            }
        });
        assertEquals(1, rows.size());
        assertArrayEquals(rows.get(0), r.crossYearRow());
        assertEquals(findings.size(), r.findings().size());
        for (int i = 0; i < findings.size(); i++) {
            assertArrayEquals(findings.get(i), r.findings().get(i));
        }
        // T2-Y1 fails on LAW and TOT; T1-Y1 fails (10 + 3 - 1 = 12, not 11); X-COPY: the same narrative
        assertEquals(List.of("T2-Y1", "T2-Y1", "T1-Y1", "X-COPY"),
                r.findings().stream().map(f -> f[4]).sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals("1.000", r.copyShare());
        assertEquals("dir/r0.txt", r.copyOf());
        assertEquals("corpus", r.findings().get(0)[3]);
    }

    @Test
    void disabledRulesGiveNoFindingsButStillAComparison() {
        ReportSummary prev = summary(0, 2023, List.of("0", "0", "0", "0", "0", "0", "0"),
                List.of("2", "0", "0", "0", "1", "0", "3"), List.of("0", "0", "0", "2", "0", "10"));
        ReportSummary cur = summary(1, 2024, List.of("0", "0", "0", "0", "0", "0", "0"),
                List.of("0", "0", "0", "0", "0", "0", "0"), List.of("0", "0", "0", "3", "1", "11"));
        CheckConfig none = CheckConfig.defaults().withRules(
                new java.util.LinkedHashSet<>(List.of("T2-Y1", "T1-Y1", "X-COPY")), new java.util.LinkedHashSet<>());
        CrossYearPair.Result r = CrossYearPair.compare(cur.toLine(), prev.toLine(), 0.8, none);
        assertEquals(List.of(), r.findings());
        assertEquals("1", r.crossYearRow()[0]);
        assertEquals("0", r.crossYearRow()[4]);
    }

    private static int order(String rule) {
        return List.of("T2-Y1", "T1-Y1", "X-COPY").indexOf(rule);
    }
}
