package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogireport.OgiReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Verdicts an auditor can trust (issue 11), on the shared corpus read in place (never copied; skipped with a
 * message when it is not there): no report gets a FAIL at ERROR that its hand-checked truth does not list, the
 * truncated pages included (what their text lacks is cut off, not missing), and every defect the truth files
 * list is still found. The defects below are the {@code defects} of the {@code *.truth.json} files, each as
 * the rule and a part of the message or cell that finds it, written by hand from the truth's wording.
 */
class VerdictCorpusTest {
    /** Per report: the defects its truth lists, as (rule, text in the message or a cell path). */
    private static final Map<String, List<String[]>> DEFECTS = Map.of(
            "real/2019-shanghai-bgt.html", List.<String[]>of(
                    new String[] {"B-TOTAL", "t2.R1.TOT"},
                    new String[] {"X-2", "258"},
                    new String[] {"X-2", "265"},
                    new String[] {"X-2", "716"},
                    new String[] {"X-3", "均获维持"}),
            "real/2023-hongze-qzf.pdf", List.<String[]>of(
                    new String[] {"T3-L1", "t3.RV.TOT"},
                    new String[] {"T3-L1", "t3.LR.TOT"},
                    new String[] {"F-T2ROWS", "（六）其他处理"},
                    new String[] {"F-LABEL", "R3.2"}),
            "real/2024-hongze-qzf.pdf", List.<String[]>of(
                    new String[] {"X-1", "17件"},
                    new String[] {"F-T2ROWS", "（六）其他处理"},
                    new String[] {"F-LABEL", "R3.2"}),
            "real/2024-shanghai-kw.md", List.<String[]>of(
                    new String[] {"B-TOTAL", "t2.COUT.TOT"},
                    new String[] {"X-DONE", "转下一年度"},
                    new String[] {"S-ORDER", "重新开始"},
                    new String[] {"S-HEADING", "存在的主要问题及改进情况"},
                    new String[] {"T-REPEAT", "资金资金"}),
            "real/2025-shuyang-xzf.txt", List.<String[]>of(
                    new String[] {"X-1", "749"},
                    new String[] {"X-1", "741"}),
            "pages/2023-changchun-ju.txt", List.<String[]>of(
                    new String[] {"X-1", "受理政府信息公开申请2件"}),
            // the old format in a new year: its MANIFEST says so ("F2019 vocabulary in a 2022 report"), and its
            // truth's format is F2019 for year 2022
            "pages/2022-jiaxian-xizhen.txt", List.<String[]>of(
                    new String[] {"F-VERSION", "2022"}));

    private static Path corpus() {
        String p = System.getProperty("ogi.corpus");
        assumeTrue(p != null && !p.isBlank() && !p.startsWith("${"), "ogi.corpus not set: corpus verdicts skipped");
        Path dir = Path.of(p);
        assumeTrue(Files.isDirectory(dir), "no shared corpus at " + dir.toAbsolutePath() + ": corpus verdicts skipped");
        return dir;
    }

    /** Every report of seed/, real/ and pages/ that has a truth file beside it. */
    private static List<String> reports(Path corpus) throws IOException {
        List<String> out = new ArrayList<>();
        for (String folder : List.of("seed", "real", "pages")) {
            Path dir = corpus.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().collect(Collectors.toList())) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".json") || name.endsWith("MANIFEST.md")) {
                        continue;
                    }
                    String stem = name.replaceFirst("\\.[^.]+$", "");
                    if (Files.exists(dir.resolve(name + ".truth.json")) || Files.exists(dir.resolve(stem + ".truth.json"))) {
                        out.add(folder + "/" + name);
                    }
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> noFalseErrorAndEveryDefectFound() throws IOException {
        Path corpus = corpus();
        List<String> reports = reports(corpus);
        assertTrue(reports.size() >= 20, "the corpus has its reports: " + reports);
        assertTrue(reports.containsAll(DEFECTS.keySet()), "every report with defects is in the corpus");
        return reports.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            List<Finding> findings = OgiReports.check(OgiReports.parse(corpus.resolve(name))).findings();
            List<String[]> defects = DEFECTS.getOrDefault(name, List.of());
            List<String> missed = new ArrayList<>();
            List<Finding> explained = new ArrayList<>();
            for (String[] d : defects) {
                Finding hit = findings.stream().filter(f -> f.status() == Status.FAIL && f.ruleId().equals(d[0])
                        && (f.messageZh().contains(d[1]) || f.cells().stream().anyMatch(c -> c.path().equals(d[1]))))
                        .findFirst().orElse(null);
                if (hit == null) {
                    missed.add(d[0] + " ~ " + d[1]);
                } else {
                    explained.add(hit);
                    assertEquals(Responsibility.SOURCE, hit.responsibility(), "a defect of the report: " + d[0]);
                }
            }
            assertEquals(List.of(), missed, name + ": defects not found");
            List<String> falseErrors = findings.stream()
                    .filter(f -> f.failsAt(Severity.ERROR) && !explained.contains(f))
                    .map(f -> f.ruleId() + " " + f.messageZh()).collect(Collectors.toList());
            assertEquals(List.of(), falseErrors, name + ": FAIL at ERROR its truth does not list");
        }));
    }
}
