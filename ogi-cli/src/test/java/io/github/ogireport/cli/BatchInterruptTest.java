package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.batch.BatchRunner;
import io.github.ogireport.batch.CsvFiles;
import io.github.ogireport.batch.ReportColumns;
import io.github.ogireport.corpus.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a run (SIGTERM, which runs the shutdown hook as Ctrl-C's SIGINT does) leaves valid files with the
 * rows done so far, and --resume completes them to exactly one row per input.
 */
class BatchInterruptTest {
    @TempDir
    Path tmp;

    @Test
    void aStoppedRunLeavesValidFilesAndResumeCompletesIt() throws Exception {
        int n = 800;
        Path dir = tmp.resolve("corpus");
        CorpusGenerator.generate(new CorpusGenerator.Options(n, dir, 17, 0.1, CorpusGenerator.Format.text));
        Files.delete(dir.resolve("manifest.csv"));
        Path out = tmp.resolve("out");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "io.github.ogireport.cli.Main", "batch", dir.toString(), "--out", out.toString(), "--jobs", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("log.txt").toFile()).start();
        Path reports = out.resolve(BatchRunner.REPORTS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline && lines(reports) < 30) {
            Thread.sleep(50);
        }
        Assumptions.assumeTrue(p.isAlive(), "the run finished before it could be stopped");
        p.destroy(); // SIGTERM: the shutdown hook runs
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));

        List<String[]> rows = CsvFiles.read(reports);
        assertEquals(ReportColumns.HEADER, List.of(rows.get(0)));
        int done = rows.size() - 1;
        Assumptions.assumeTrue(done < n, "the run finished before it was stopped");
        for (String[] r : rows.subList(1, rows.size())) {
            assertEquals(ReportColumns.HEADER.size(), r.length, "every row is whole");
        }
        for (String line : Files.readAllLines(out.resolve(BatchRunner.RESULTS), StandardCharsets.UTF_8)) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), "every results line is whole");
        }
        CsvFiles.read(out.resolve(BatchRunner.FINDINGS));
        String summary = Files.readString(out.resolve(BatchRunner.SUMMARY));
        assertTrue(summary.contains("INTERRUPTED"), summary);

        CliRun resumed = CliRun.of("batch", dir.toString(), "--out", out.toString(), "--resume");
        assertEquals(0, resumed.status(), resumed.err());
        List<Map<String, String>> all = CsvFiles.rows(reports);
        assertEquals(n, all.size());
        assertEquals(n, all.stream().map(r -> r.get("seq")).distinct().count());
        assertEquals(n, Files.readAllLines(out.resolve(BatchRunner.RESULTS)).size());
        assertTrue(resumed.out().contains("skipped: already done"), resumed.out());
        assertTrue(all.stream().map(r -> r.get("status")).collect(Collectors.toSet()).equals(java.util.Set.of("ok")));
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var s = Files.lines(file, StandardCharsets.UTF_8)) {
            return s.count();
        } catch (java.io.UncheckedIOException e) {
            return 0; // a line being written
        }
    }
}
