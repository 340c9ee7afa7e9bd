package io.github.ogireport.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.batch.ReportColumns;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {
    @TempDir
    Path tmp;

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            return w.filter(p -> p.toString().endsWith(suffix)).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theSameSeedGivesTheSameCorpus() throws IOException {
        CorpusGenerator.generate(new CorpusGenerator.Options(25, tmp.resolve("a"), 9, 0.3, CorpusGenerator.Format.mix));
        CorpusGenerator.generate(new CorpusGenerator.Options(25, tmp.resolve("b"), 9, 0.3, CorpusGenerator.Format.mix));
        assertEquals(Files.readString(tmp.resolve("a/manifest.csv")), Files.readString(tmp.resolve("b/manifest.csv")));
        List<Path> a = files(tmp.resolve("a"), "");
        for (Path p : a) {
            if (Files.isRegularFile(p)) {
                assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(tmp.resolve("b").resolve(tmp.resolve("a")
                        .relativize(p))), p.toString());
            }
        }
    }

    @Test
    void textAndHtmlGiveTheSameTables() throws IOException {
        CorpusGenerator.generate(new CorpusGenerator.Options(30, tmp.resolve("t"), 4, 0.3, CorpusGenerator.Format.text));
        CorpusGenerator.generate(new CorpusGenerator.Options(30, tmp.resolve("h"), 4, 0.3, CorpusGenerator.Format.html));
        List<Path> texts = files(tmp.resolve("t"), ".txt");
        List<Path> htmls = files(tmp.resolve("h"), ".html");
        assertEquals(30, texts.size());
        assertEquals(30, htmls.size());
        for (int i = 0; i < texts.size(); i++) {
            Report t = OgiReports.parse(texts.get(i));
            Report h = OgiReports.parse(htmls.get(i));
            assertTrue(t.isReadable() && h.isReadable(), texts.get(i).toString());
            assertEquals(ReportColumns.cells(t), ReportColumns.cells(h), htmls.get(i).toString());
            assertEquals(t.year(), h.year());
            assertEquals(t.agency(), h.agency());
            assertEquals(t.format(), h.format());
            assertEquals(6, h.sections().size(), htmls.get(i).toString());
        }
    }

    @Test
    void cleanReportsPassEveryRuleAtErrorAndWarning() throws IOException {
        CorpusGenerator.Stats stats = CorpusGenerator.generate(
                new CorpusGenerator.Options(120, tmp.resolve("c"), 21, 0, CorpusGenerator.Format.mix));
        assertEquals(120, stats.files());
        assertEquals(0, stats.faults().size());
        List<Path> all = Stream.concat(files(tmp.resolve("c"), ".txt").stream(), files(tmp.resolve("c"), ".html")
                .stream()).collect(Collectors.toList());
        assertEquals(120, all.size());
        for (Path p : all) {
            CheckResult r = OgiReports.check(OgiReports.parse(p));
            for (Finding f : r.findings()) {
                assertTrue(f.status() != Status.FAIL || f.severity() == Severity.INFO,
                        p + ": " + f.ruleId() + " " + f.messageEn());
            }
        }
    }

    @Test
    void theManifestListsEveryFileWithItsFaultAndRules() throws IOException {
        CorpusGenerator.Stats stats = CorpusGenerator.generate(
                new CorpusGenerator.Options(200, tmp.resolve("c"), 5, 0.5, CorpusGenerator.Format.mix));
        List<String> lines = Files.readAllLines(tmp.resolve("c/manifest.csv"), StandardCharsets.UTF_8);
        assertEquals(String.join(",", CorpusGenerator.MANIFEST_HEADER), lines.get(0));
        assertEquals(201, lines.size());
        int faults = stats.faults().values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(faults, lines.stream().skip(1).filter(l -> !l.contains(",none,")).count());
        assertTrue(stats.faults().size() >= 7, "most fault kinds are drawn: " + stats.faults());
        for (String l : lines.subList(1, lines.size())) {
            String file = l.substring(0, l.indexOf(','));
            assertTrue(Files.isRegularFile(tmp.resolve("c").resolve(file)), file);
        }
    }

    @Test
    void organNamesAreDistinct() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < 20000; i++) {
            assertTrue(names.add(CorpusGenerator.organName(i)), CorpusGenerator.organName(i));
        }
    }
}
