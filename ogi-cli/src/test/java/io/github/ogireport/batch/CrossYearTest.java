package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossYearTest {
    @TempDir
    Path tmp;

    private static final String TEXT_A = "青山区市场监督管理局坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作，全年主动公开信息多条。";
    private static final String TEXT_B = "本年度依申请公开工作平稳有序，答复文书统一审核，复议诉讼案件均依法妥善处理，下一步将继续加强培训。";

    private static ReportSummary summary(long seq, String organ, int year, List<String> cin, List<String> cout,
            List<String> t1, String text) {
        return new ReportSummary(seq, "r" + seq + ".txt", "sha" + seq, OrganKey.of(organ), organ, year,
                t1.get(2).equals("~") ? "F2019" : "F2021", cin, cout, t1, Fingerprint.of(text));
    }

    private static List<String> seven(String... v) {
        return List.of(v);
    }

    private final List<CrossYear.Issue> issues = new ArrayList<>();
    private final List<CrossYear.Comparison> comparisons = new ArrayList<>();

    private void run(CheckConfig config, ReportSummary... summaries) throws IOException {
        Path file = tmp.resolve("summaries.tsv");
        StringBuilder b = new StringBuilder();
        for (ReportSummary s : summaries) {
            b.append(s.toLine()).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        List<Object> found = new ArrayList<>();
        new CrossYear(file, 0.8, config).run(recorder(found));
        for (Object f : found) {
            if (f instanceof CrossYear.Issue) {
                issues.add((CrossYear.Issue) f);
            } else {
                comparisons.add((CrossYear.Comparison) f);
            }
        }
    }

    @Test
    void onSeveralThreadsThePassFindsTheSameInTheSameOrder() throws IOException {
        java.util.Random random = new java.util.Random(5);
        StringBuilder b = new StringBuilder();
        long seq = 0;
        for (int organ = 0; organ < 700; organ++) { // more organs than one task holds, organs of one year too
            int years = 1 + random.nextInt(4);
            for (int y = 0; y < years; y++) {
                for (int copies = random.nextInt(10) == 0 ? 2 : 1; copies > 0; copies--) {
                    List<String> cin = new ArrayList<>();
                    List<String> cout = new ArrayList<>();
                    for (int c = 0; c < 7; c++) {
                        cin.add(Integer.toString(random.nextInt(3)));
                        cout.add(Integer.toString(random.nextInt(3)));
                    }
                    List<String> t1 = List.of("1", "0", Integer.toString(random.nextInt(3)), "0", "0", "1");
                    b.append(summary(seq++, "机关" + organ, 2020 + y + random.nextInt(2), cin, cout, t1,
                            random.nextBoolean() ? TEXT_A : TEXT_B + organ).toLine()).append('\n');
                }
            }
        }
        Path file = tmp.resolve("many.tsv");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        List<Object> one = new ArrayList<>();
        List<Object> three = new ArrayList<>();
        new CrossYear(file, 0.8, CheckConfig.defaults()).run(recorder(one), 1);
        new CrossYear(file, 0.8, CheckConfig.defaults()).run(recorder(three), 3);
        assertTrue(one.size() > 1_000, "enough found to compare: " + one.size());
        assertEquals(one, three);
    }

    private static CrossYear.Sink recorder(List<Object> found) {
        return new CrossYear.Sink() {
            @Override
            public void issue(CrossYear.Issue issue) {
                found.add(issue);
            }

            @Override
            public void comparison(CrossYear.Comparison c) {
                found.add(c);
            }
        };
    }

    @Test
    void carriedOverMustEqualLastYearsCarriedForwardPerColumn() throws IOException {
        List<String> t1 = List.of("0", "0", "0", "3", "1", "12");
        run(CheckConfig.defaults(),
                summary(0, "青山区市场监督管理局", 2023, seven("1", "0", "0", "0", "0", "0", "1"),
                        seven("2", "0", "0", "0", "1", "0", "3"), List.of("0", "0", "0", "2", "0", "10"), TEXT_A),
                summary(1, "青山区 市场监督管理局", 2024, seven("2", "0", "0", "0", "0", "0", "2"),
                        seven("0", "0", "0", "0", "0", "0", "0"), t1, TEXT_B));
        assertEquals(1, comparisons.size());
        CrossYear.Comparison c = comparisons.get(0);
        assertEquals(1, c.seq());
        assertEquals(0, c.prevSeq());
        assertEquals("FAIL", c.t2y1());
        assertEquals("PASS", c.t1y1()); // 10 + 3 - 1 = 12
        List<CrossYear.Issue> t2 = issues.stream().filter(i -> i.rule().equals("T2-Y1")).collect(Collectors.toList());
        assertEquals(List.of("t2.CIN.LAW", "t2.CIN.TOT"), t2.stream().map(i -> i.cells().get(0)).collect(Collectors.toList()));
        assertEquals(Status.FAIL, t2.get(0).status());
        assertEquals("WARNING", t2.get(0).severity());
        assertTrue(t2.get(0).messageZh().contains("法律服务机构"), t2.get(0).messageZh());
        assertEquals("r0.txt", t2.get(0).otherFile());
    }

    @Test
    void documentsInForceRollForwardSoftly() throws IOException {
        run(CheckConfig.defaults(),
                summary(0, "甲局", 2023, seven("0", "0", "0", "0", "0", "0", "0"), seven("0", "0", "0", "0", "0", "0", "0"),
                        List.of("0", "0", "0", "2", "0", "10"), TEXT_A),
                summary(1, "甲局", 2024, seven("0", "0", "0", "0", "0", "0", "0"), seven("0", "0", "0", "0", "0", "0", "0"),
                        List.of("0", "0", "0", "3", "1", "15"), TEXT_B));
        CrossYear.Issue i = issues.get(0);
        assertEquals("T1-Y1", i.rule());
        assertEquals("INFO", i.severity());
        assertEquals(Status.FAIL, i.status());
        assertTrue(i.messageEn().contains("10 + issued 3 - repealed 1 = 12, but in force is 15"), i.messageEn());
    }

    @Test
    void theRollForwardDoesNotApplyToA2019FormatYear() throws IOException {
        List<String> none = List.of("~", "~", "~", "~", "~", "~");
        run(CheckConfig.defaults(),
                summary(0, "甲局", 2020, seven("0", "0", "0", "0", "0", "0", "0"), seven("0", "0", "0", "0", "0", "0", "0"),
                        none, TEXT_A),
                summary(1, "甲局", 2021, seven("0", "0", "0", "0", "0", "0", "0"), seven("0", "0", "0", "0", "0", "0", "0"),
                        List.of("0", "0", "0", "3", "1", "15"), TEXT_B));
        assertEquals(List.of(), issues);
        assertEquals("", comparisons.get(0).t1y1());
    }

    @Test
    void aCopiedNarrativeIsFoundAcrossAGapButTheTablesAreComparedOnlyWithTheYearBefore() throws IOException {
        List<String> z = seven("0", "0", "0", "0", "0", "0", "0");
        List<String> t1 = List.of("0", "0", "0", "0", "0", "5");
        run(CheckConfig.defaults(),
                summary(0, "甲局", 2021, z, seven("4", "0", "0", "0", "0", "0", "4"), t1, TEXT_A),
                summary(1, "甲局", 2023, z, z, t1, TEXT_A.replace("多条", "很多条")));
        Set<String> rules = issues.stream().map(CrossYear.Issue::rule).collect(Collectors.toSet());
        assertEquals(Set.of("X-COPY"), rules);
        assertTrue(comparisons.get(0).copyShare() >= 0.8);
        assertEquals("", comparisons.get(0).t2y1());
    }

    @Test
    void copiesOfOneYearAreNotComparedWithEachOtherAndTheFirstStandsForItsYear() throws IOException {
        List<String> z = seven("0", "0", "0", "0", "0", "0", "0");
        List<String> t1 = List.of("0", "0", "0", "0", "0", "5");
        run(CheckConfig.defaults(),
                summary(5, "甲局", 2023, z, z, t1, TEXT_A),
                summary(2, "甲局", 2023, z, z, t1, TEXT_A),
                summary(7, "甲局", 2024, z, z, t1, TEXT_B));
        assertEquals(1, comparisons.size());
        assertEquals(2, comparisons.get(0).prevSeq());
    }

    @Test
    void blankCellsMakeItUncertainAndDisabledRulesDoNotRun() throws IOException {
        List<String> t1 = List.of("0", "0", "0", "0", "0", "5");
        run(CheckConfig.defaults().withRules(Set.of("X-COPY"), Set.of()),
                summary(0, "甲局", 2023, seven("0", "0", "0", "0", "0", "0", "0"), seven("", "0", "0", "0", "0", "0", "1"),
                        t1, TEXT_A),
                summary(1, "甲局", 2024, seven("1", "0", "0", "0", "0", "0", "1"), seven("0", "0", "0", "0", "0", "0", "0"),
                        t1, TEXT_A));
        assertEquals(1, issues.size());
        assertEquals(Status.UNCERTAIN, issues.get(0).status());
        assertEquals("INFO", issues.get(0).severity());
    }

    @Test
    void summariesSurviveTabsAndLineBreaksInPaths() {
        ReportSummary s = new ReportSummary(3, "a\tb\nc\\d\re.txt", "x", "k\\t", "机\t关\\", 2024, "F2021",
                seven("1", "", "NA", "?", "~", "0", "1"), seven("0", "0", "0", "0", "0", "0", "0"),
                List.of("0", "0", "0", "0", "0", "5"), Fingerprint.of(TEXT_A));
        ReportSummary t = ReportSummary.parse(s.toLine());
        assertEquals(s.path(), t.path());
        assertEquals(s.organKey(), t.organKey());
        assertEquals(s.organ(), t.organ());
        assertEquals(s.cin(), t.cin());
        assertEquals(s.t1(), t.t1());
        assertEquals(s.narrative().encode(), t.narrative().encode());
        assertEquals(2024, t.year());
        assertEquals(s.toLine(), t.toLine());
        // as the cross-year pass reads it: a line's bytes in a buffer that holds more after it
        byte[] line = s.toLine().getBytes(StandardCharsets.UTF_8);
        byte[] buffer = (s.toLine() + "\t甲\n4\tmore").getBytes(StandardCharsets.UTF_8);
        assertEquals(s.toLine(), ReportSummary.parse(buffer, line.length).toLine());
    }
}
