package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.internal.layout.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reading of real sentences of the shared corpus, read in place at test time (never copied into the
 * project): each sentence is found by a short search string, and its claims and statements are compared.
 * Skipped, saying so, when the corpus is not there ({@code -Dogi.corpus=DIR}).
 */
class NarrativeCorpusSentencesTest {
    /** file, search string, claims, statements ("table" for table text, "-" for none). */
    private static final String[][] CASES = {
        {"real/2025-shuyang-xzf.txt", "全县全年共受理政府信息公开申请",
            "RECEIVED=749 全县; RECEIVED/NATURAL=741 全县; RECEIVED/ORGANISATIONS=8 全县; HANDLED=718 全县; CARRIED_OUT=31 全县",
            "-"},
        {"real/2025-shuyang-xzf.txt", "全县共办理相关案件", "CASES=74 全县", "-"},
        {"real/2019-shanghai-bgt.html", "代表市政府共受理",
            "RECEIVED=859; HANDLED/INCLUDED=805; CARRIED_IN=18; CARRIED_OUT=72", "-"},
        {"real/2019-shanghai-bgt.html", "予以公开及部分公开",
            "GRANTED_OR_PARTLY=258; REFUSED=35; UNAVAILABLE=265; NOT_PROCESSED=158; OTHER_OUTCOME=0", "-"},
        {"real/2019-shanghai-bgt.html", "信息公开类行政复议", "REVIEW=7; LITIGATION=9",
            "ALL_UPHELD[LITIGATION_AFTER,LITIGATION_DIRECT,REVIEW]"},
        {"real/2024-shanghai-kw.md", "该行政复议件未被", "REVIEW=1", "NONE_CORRECTED[REVIEW]"},
        {"real/2024-shanghai-kw.md", "所有申请均已按要求办理完成", "RECEIVED=34; CARRIED_IN=2", "ALL_DONE[]"},
        {"real/2024-shanghai-kw.md", "结果结果其他尚未", "-", "table"},
        {"real/2024-shanghai-kw.md", "资金资金", "-", "-"},
        {"pages/2023-changchun-ju.txt", "共受理政府信息公开申请", "RECEIVED=2", "-"},
        {"seed/2024-gaochang-jdb.txt", "无依申请公开事项", "-", "NONE[RECEIVED]"},
        {"seed/2024-gaochang-jdb.txt", "没有收取政府信息公开信息处理费", "-", "NONE[RECEIVED]"},
    };

    private static Path corpus() {
        String p = System.getProperty("ogi.corpus");
        boolean set = p != null && !p.isBlank() && !p.startsWith("${");
        if (!set || !Files.isDirectory(Path.of(p))) {
            System.err.println("NarrativeCorpusSentencesTest: skipped, no corpus (set -Dogi.corpus=DIR): " + p);
        }
        assumeTrue(set, "ogi.corpus not set");
        assumeTrue(Files.isDirectory(Path.of(p)), "no corpus at " + p);
        return Path.of(p);
    }

    @TestFactory
    List<DynamicTest> realSentencesGetTheirReading() {
        Path root = corpus();
        List<DynamicTest> out = new ArrayList<>();
        for (String[] c : CASES) {
            out.add(DynamicTest.dynamicTest(c[0] + " " + c[1], () -> {
                Path file = root.resolve(c[0]);
                assumeTrue(Files.exists(file), "missing " + file);
                Reading reading = Reading.of(OgiReports.parse(file));
                String key = Text.key(c[1]);
                List<Sentence> found = reading.narrative().sentences().stream().filter(s -> s.norm().contains(key))
                        .collect(Collectors.toList());
                assertEquals(1, found.size(), "one sentence holds " + c[1] + ": " + found);
                Sentence s = found.get(0);
                String claims = reading.claims().stream().filter(x -> x.sentence() == s)
                        .map(NarrativeSentencesTest::show).collect(Collectors.joining("; "));
                assertEquals(c[2], claims.isEmpty() ? "-" : claims, "claims of " + s.text());
                boolean table = !reading.prose().contains(s);
                assertEquals(c[3].equals("table"), table, "table text: " + s.text());
                String statements = Statements.of(s, reading.context()).stream()
                        .map(x -> x.type() + x.topics().stream().map(Enum::name).sorted()
                                .collect(Collectors.joining(",", "[", "]")) + (x.wider() ? " " + x.scope() : ""))
                        .collect(Collectors.joining("; "));
                assertEquals(c[3].equals("table") ? "-" : c[3], statements.isEmpty() ? "-" : statements,
                        "statements of " + s.text());
                assertTrue(reading.statements().stream().filter(x -> x.sentence() == s).count()
                        == (statements.isEmpty() ? 0 : statements.split("; ").length), "the reading holds them");
            }));
        }
        return out;
    }
}
