package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogireport.OgiReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The narrative rules on the shared corpus (read in place, never copied; skipped when the corpus is not
 * there): each report gets exactly the narrative findings its hand-checked truth lists.
 */
class NarrativeCorpusTest {
    private static Path corpus() {
        String p = System.getProperty("ogi.corpus");
        assumeTrue(p != null && !p.isBlank() && !p.startsWith("${"), "ogi.corpus not set");
        Path dir = Path.of(p);
        assumeTrue(Files.isDirectory(dir), "no corpus at " + dir);
        return dir;
    }

    private static List<Finding> check(String file) throws IOException {
        Path f = corpus().resolve(file);
        assumeTrue(Files.exists(f), "missing " + f);
        return OgiReports.check(OgiReports.parse(f)).findings();
    }

    private static List<String> failing(List<Finding> findings, Severity atLeast) {
        return findings.stream().filter(f -> f.status() == Status.FAIL && f.severity().atLeast(atLeast))
                .map(f -> f.ruleId() + " " + f.cells().stream().map(CellRef::path).collect(Collectors.joining(",")))
                .collect(Collectors.toList());
    }

    private static List<String> narrative(List<Finding> findings, Status status) {
        return findings.stream().filter(f -> f.status() == status && (f.ruleId().startsWith("X-")
                || f.ruleId().equals("T-REPEAT") || f.ruleId().equals("T2-S1")))
                .map(f -> f.ruleId() + " " + f.cells().stream().map(CellRef::path).collect(Collectors.joining(",")))
                .collect(Collectors.toList());
    }

    @Test
    void seedHasNoWarningOrError() throws IOException {
        assertEquals(List.of(), failing(check("seed/2024-gaochang-jdb.txt"), Severity.WARNING));
    }

    @Test
    void shanghai2019NarrativeAgainstTable() throws IOException {
        List<Finding> f = check("real/2019-shanghai-bgt.html");
        assertEquals(List.of("X-2 t2.R1.NP,t2.R1.BIZ,t2.R1.RES,t2.R1.NGO,t2.R1.LAW,t2.R1.OTH,t2.R2.NP,t2.R2.BIZ,t2.R2.RES,"
                + "t2.R2.NGO,t2.R2.LAW,t2.R2.OTH",
                "X-2 t2.R4.1.NP,t2.R4.1.BIZ,t2.R4.1.RES,t2.R4.1.NGO,t2.R4.1.LAW,t2.R4.1.OTH,t2.R4.2.NP,t2.R4.2.BIZ,"
                + "t2.R4.2.RES,t2.R4.2.NGO,t2.R4.2.LAW,t2.R4.2.OTH,t2.R4.3.NP,t2.R4.3.BIZ,t2.R4.3.RES,t2.R4.3.NGO,"
                + "t2.R4.3.LAW,t2.R4.3.OTH",
                "X-2 t2.R7.TOT",
                "X-3 t3.RV.CORR,t3.RV.OTHR,t3.RV.PEND,t3.LD.CORR,t3.LD.OTHR,t3.LD.PEND,t3.LR.CORR,t3.LR.OTHR,t3.LR.PEND"),
                failing(f, Severity.ERROR));
        List<String> pass = narrative(f, Status.PASS);
        for (String p : List.of("X-1 t2.NEW.TOT", "X-1 t2.R7.TOT", "X-1 t2.CIN.TOT", "X-1 t2.COUT.TOT", "X-3 t3.RV.TOT",
                "X-3 t3.LD.TOT,t3.LR.TOT")) {
            assertTrue(pass.contains(p), p + " in " + pass);
        }
        assertTrue(f.stream().anyMatch(x -> x.messageZh().contains("716") && x.messageZh().contains("805")));
    }

    @Test
    void shuyang2025CountsCarriedOverAsReceived() throws IOException {
        List<Finding> f = check("real/2025-shuyang-xzf.txt");
        assertEquals(List.of("X-1 t2.NEW.TOT,t2.CIN.TOT", "X-1 t2.NEW.NP,t2.CIN.NP"), failing(f, Severity.WARNING));
        assertTrue(f.stream().anyMatch(x -> x.status() == Status.FAIL && x.messageZh().contains("749")
                && x.messageZh().contains("上年结转")));
        List<String> pass = narrative(f, Status.PASS);
        for (String p : List.of("X-1 t2.R7.TOT", "X-1 t2.COUT.TOT", "X-3 t3.RV.TOT,t3.LD.TOT,t3.LR.TOT")) {
            assertTrue(pass.contains(p), p + " in " + pass);
        }
    }

    @Test
    void shanghaiKw2024AllHandledAndRepeatedWord() throws IOException {
        List<Finding> f = check("real/2024-shanghai-kw.md");
        assertEquals(List.of(), failing(f, Severity.ERROR));
        List<String> narrativeFails = narrative(f, Status.FAIL);
        assertEquals(List.of("X-DONE t2.COUT.NP,t2.COUT.BIZ,t2.COUT.RES,t2.COUT.NGO,t2.COUT.LAW,t2.COUT.OTH", "T-REPEAT "),
                narrativeFails);
        assertTrue(f.stream().anyMatch(x -> x.ruleId().equals("T-REPEAT") && x.messageZh().contains("资金资金")));
    }
}
