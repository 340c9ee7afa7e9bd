package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.corpus.CorpusGenerator;
import io.github.ogireport.corpus.FaultScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {
    @TempDir
    Path tmp;

    static List<Path> corpus(Path dir, int count, long seed, double faults) throws IOException {
        CorpusGenerator.generate(new CorpusGenerator.Options(count, dir, seed, faults, CorpusGenerator.Format.mix));
        return files(dir);
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("manifest.csv"))
                    .sorted().collect(Collectors.toList());
        }
    }

    static BatchOptions options(Path out) {
        return new BatchOptions(out, 2, Duration.ofSeconds(60), BatchOptions.DEFAULT_MAX_SIZE, false, false, false,
                0.8, CheckConfig.defaults(), false);
    }

    static BatchOptions with(BatchOptions o, Duration timeout, long maxSize, boolean resume, boolean excel) {
        return new BatchOptions(o.out(), o.jobs(), timeout, maxSize, resume, o.overwrite(), excel,
                o.similarityThreshold(), o.config(), false);
    }

    private static BatchStats run(BatchOptions o, List<Path> inputs) throws IOException {
        return new BatchRunner(o, RuleRegistry.withServiceLoader()).run(inputs);
    }

    @Test
    void everyInputGetsExactlyOneRowWithEveryDocumentedColumn() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 60, 5, 0.2);
        Path out = tmp.resolve("out");
        BatchStats stats = run(options(out), inputs);
        assertEquals(60, stats.rows());
        assertEquals(60, stats.ok());
        List<String[]> all = CsvFiles.read(out.resolve(BatchRunner.REPORTS));
        assertEquals(ReportColumns.HEADER, List.of(all.get(0)));
        assertEquals(61, all.size());
        Set<String> seqs = new HashSet<>();
        for (String[] row : all.subList(1, all.size())) {
            assertEquals(ReportColumns.HEADER.size(), row.length);
            seqs.add(row[0]);
        }
        assertEquals(IntStreamSet.range(60), seqs, "seq numbers each input once, by its place in the input list");
        assertEquals(60, Files.readAllLines(out.resolve(BatchRunner.RESULTS)).size());
        assertEquals(BatchRunner.FINDINGS_HEADER, List.of(CsvFiles.read(out.resolve(BatchRunner.FINDINGS)).get(0)));
        assertEquals(BatchRunner.CROSSYEAR_HEADER, List.of(CsvFiles.read(out.resolve(BatchRunner.CROSSYEAR)).get(0)));
        String summary = Files.readString(out.resolve(BatchRunner.SUMMARY));
        assertTrue(summary.contains("files: 60"), summary);
        assertTrue(summary.contains("reports per second:"), summary);
    }

    /** A run on one work thread whose rows {@code hook} sees before they are written. */
    private static BatchStats oneJob(Path out, List<Path> inputs, java.util.function.Consumer<BatchRow> hook)
            throws IOException {
        BatchRunner runner = new BatchRunner(new BatchOptions(out, 1, Duration.ofSeconds(60),
                BatchOptions.DEFAULT_MAX_SIZE, false, false, false, 0.8, CheckConfig.defaults(), false),
                RuleRegistry.withServiceLoader());
        runner.beforeWrite = hook;
        return runner.run(inputs);
    }

    @Test
    void anInputWhoseLinesCannotBeMadeGetsAFailedRowAndTheOthersGoOn() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 12, 9, 0);
        Path out = tmp.resolve("out");
        String broken = inputs.get(3).toString();
        BatchStats stats = oneJob(out, inputs, row -> {
            if ("ok".equals(row.status()) && row.row()[1].equals(broken)) {
                throw new OutOfMemoryError("the test's"); // as a huge report's result might on a small heap
            }
        });
        assertEquals(12, stats.rows(), "one work thread: it goes on after the failed input");
        List<Map<String, String>> rows = CsvFiles.rows(out.resolve(BatchRunner.REPORTS));
        assertEquals(12, rows.size());
        Map<String, String> failed = rows.stream().filter(r -> r.get("path").equals(broken)).findFirst().orElseThrow();
        assertEquals("failed", failed.get("status"));
        assertTrue(failed.get("error").contains("while writing its rows") && failed.get("error").contains("the test's"),
                failed.get("error"));
        assertEquals(11, rows.stream().filter(r -> r.get("status").equals("ok")).count());
        assertEquals(12, Files.readAllLines(out.resolve(BatchRunner.RESULTS)).size());
    }

    @Test
    void anInputWithoutEvenAnErrorRowIsCountedAndTheOthersGoOn() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 12, 9, 0);
        Path out = tmp.resolve("out");
        String broken = inputs.get(3).toString();
        BatchStats stats = oneJob(out, inputs, row -> {
            if (row.row()[1].equals(broken)) {
                throw new OutOfMemoryError("the test's"); // its error row too
            }
        });
        assertEquals(11, stats.rows());
        assertEquals(1, stats.lost());
        assertEquals(11, CsvFiles.rows(out.resolve(BatchRunner.REPORTS)).size(), "the inputs after it have rows");
        String summary = Files.readString(out.resolve(BatchRunner.SUMMARY));
        assertTrue(summary.contains("WITHOUT A ROW (internal error; see the run's error output): 1"), summary);
    }

    @Test
    void cellValuesAreTheReportsCells() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 12, 8, 0);
        Path out = tmp.resolve("out");
        run(options(out), inputs);
        for (Map<String, String> row : CsvFiles.rows(out.resolve(BatchRunner.REPORTS))) {
            Path file = Path.of(row.get("path"));
            List<String> cells = ReportColumns.cells(OgiReports.parse(file));
            for (int i = 0; i < cells.size(); i++) {
                assertEquals(cells.get(i), row.get(ReportColumns.CELLS.get(i)), file + " " + ReportColumns.CELLS.get(i));
            }
            assertEquals(CrossYearPassHelper.sha256(file), row.get("sha256"));
            assertEquals(Long.toString(Files.size(file)), row.get("size"));
        }
    }

    @Test
    void everyInjectedFaultIsFoundByItsRuleAndNothingElseFailsAtError() throws IOException {
        Path dir = tmp.resolve("c");
        List<Path> inputs = corpus(dir, 400, 11, 0.3);
        Path out = tmp.resolve("out");
        run(options(out), inputs);
        FaultScore.Score score = FaultScore.score(dir, out);
        assertTrue(score.expected() > 50, "the corpus should hold faults: " + score.toText());
        assertEquals(score.expected(), score.found(), score.toText());
        assertEquals(0, score.unexpectedErrors(), score.toText());
        assertEquals(1.0, score.precision(), score.toText());
        for (String kind : List.of("t2-new-off-by-one T2-E1", "t2-result-off-by-one T2-L1", "t3-total-wrong T3-L1",
                "blank-total B-TOTAL", "old-format F-VERSION", "carry-over-mismatch T2-Y1",
                "valid-roll-forward T1-Y1", "copied-narrative X-COPY")) {
            assertTrue(score.byKind().containsKey(kind), kind + " not injected: " + score.toText());
        }
    }

    @Test
    void copyShareIsAColumnOfReportsCsv() throws IOException {
        Path dir = tmp.resolve("c");
        List<Path> inputs = corpus(dir, 80, 2, 0);
        Path out = tmp.resolve("out");
        run(options(out), inputs);
        long withShare = 0;
        for (Map<String, String> row : CsvFiles.rows(out.resolve(BatchRunner.REPORTS))) {
            if (!row.get("copy_share").isEmpty()) {
                withShare++;
                double share = Double.parseDouble(row.get("copy_share"));
                assertTrue(share >= 0 && share < 0.8, "clean generated reports are not copies: " + row.get("path"));
                assertFalse(row.get("copy_of").isEmpty());
            }
        }
        assertTrue(withShare > 20, "reports with a previous report of their organ get a share: " + withShare);
    }

    @Test
    void aFilePastTheTimeLimitGetsATimeoutRowAndTheOthersGoOn() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 6, 3, 0);
        Path slow = tmp.resolve("c").resolve("slow.txt");
        Files.writeString(slow, "slow");
        List<Path> all = new java.util.ArrayList<>(inputs);
        all.add(2, slow);
        Path out = tmp.resolve("out");
        BatchRunner runner = new BatchRunner(with(options(out), Duration.ofSeconds(8), BatchOptions.DEFAULT_MAX_SIZE,
                false, false), RuleRegistry.withServiceLoader(), (bytes, name) -> {
                    if (name.endsWith("slow.txt")) {
                        Thread.sleep(120_000); // interrupted by the cancel
                    }
                    return OgiReports.parse(bytes, name);
                });
        BatchStats stats = runner.run(all);
        assertEquals(7, stats.rows());
        Map<String, String> status = CsvFiles.rows(out.resolve(BatchRunner.REPORTS)).stream()
                .collect(Collectors.toMap(r -> r.get("path"), r -> r.get("status")));
        assertEquals("timeout", status.get(slow.toString()));
        assertEquals(6, status.values().stream().filter("ok"::equals).count());
        assertTrue(Files.readString(out.resolve(BatchRunner.SUMMARY)).contains("timeout"));
    }

    @Test
    void aFileOverTheSizeLimitGetsARowWithItsHashButIsNotParsed() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 3, 3, 0);
        Path out = tmp.resolve("out");
        run(with(options(out), Duration.ofSeconds(60), 100, false, false), inputs);
        for (Map<String, String> row : CsvFiles.rows(out.resolve(BatchRunner.REPORTS))) {
            assertEquals("too_large", row.get("status"));
            assertTrue(row.get("error").contains("--max-size"), row.get("error"));
            assertEquals(64, row.get("sha256").length());
        }
    }

    @Test
    void resumeSkipsWhatReportsCsvHasAndCutsAHalfWrittenLine() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 30, 4, 0.2);
        Path out = tmp.resolve("out");
        run(options(out), inputs);
        // as if the run had been killed after 10 rows, in the middle of the 11th
        Path reports = out.resolve(BatchRunner.REPORTS);
        List<String> lines = Files.readAllLines(reports, StandardCharsets.UTF_8);
        Files.writeString(reports, String.join("\n", lines.subList(0, 11)) + "\n" + lines.get(11).substring(0, 40),
                StandardCharsets.UTF_8);
        BatchStats stats = run(with(options(out), Duration.ofSeconds(60), BatchOptions.DEFAULT_MAX_SIZE, true, false),
                inputs);
        assertEquals(10, stats.skipped());
        assertEquals(20, stats.rows());
        List<Map<String, String>> rows = CsvFiles.rows(reports);
        assertEquals(30, rows.size());
        assertEquals(30, rows.stream().map(r -> r.get("seq")).distinct().count());
        // a second resume has nothing left to do
        BatchStats again = run(with(options(out), Duration.ofSeconds(60), BatchOptions.DEFAULT_MAX_SIZE, true, false),
                inputs);
        assertEquals(30, again.skipped());
        assertEquals(30, CsvFiles.rows(reports).size());
    }

    @Test
    void aPreviousRunIsNotOverwrittenUnasked() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 2, 4, 0);
        Path out = tmp.resolve("out");
        run(options(out), inputs);
        assertThrows(BatchException.class, () -> run(options(out), inputs));
        BatchOptions o = options(out);
        run(new BatchOptions(out, 1, o.timeout(), o.maxSize(), false, true, false, 0.8, o.config(), false), inputs);
        assertEquals(2, CsvFiles.rows(out.resolve(BatchRunner.REPORTS)).size());
    }

    @Test
    void twoRunsCannotWriteToOneFolderAtOnce() throws Exception {
        List<Path> inputs = corpus(tmp.resolve("c"), 3, 4, 0);
        Path out = tmp.resolve("out");
        java.util.concurrent.CountDownLatch inFirst = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        BatchRunner first = new BatchRunner(options(out), RuleRegistry.withServiceLoader(), (bytes, name) -> {
            inFirst.countDown();
            release.await();
            return OgiReports.parse(bytes, name);
        });
        java.util.concurrent.FutureTask<BatchStats> running = new java.util.concurrent.FutureTask<>(
                () -> first.run(inputs));
        new Thread(running).start();
        inFirst.await();
        BatchOptions resume = with(options(out), Duration.ofSeconds(60), BatchOptions.DEFAULT_MAX_SIZE, true, false);
        BatchException e = assertThrows(BatchException.class, () -> run(resume, inputs));
        assertTrue(e.getMessage().contains("another ogi batch"), e.getMessage());
        release.countDown();
        assertEquals(3, running.get().rows());
        assertEquals(3, run(resume, inputs).skipped(), "the folder is free again once the first run ended");
    }

    @Test
    void excelGetsAByteOrderMark() throws IOException {
        List<Path> inputs = corpus(tmp.resolve("c"), 8, 4, 0);
        Path out = tmp.resolve("out");
        run(with(options(out), Duration.ofSeconds(60), BatchOptions.DEFAULT_MAX_SIZE, false, true), inputs);
        for (String f : List.of(BatchRunner.REPORTS, BatchRunner.FINDINGS, BatchRunner.CROSSYEAR)) {
            byte[] b = Files.readAllBytes(out.resolve(f));
            assertEquals(0xEF, b[0] & 0xFF, f);
            assertEquals(0xBB, b[1] & 0xFF, f);
            assertEquals(0xBF, b[2] & 0xFF, f);
        }
        assertEquals("seq", CsvFiles.read(out.resolve(BatchRunner.REPORTS)).get(0)[0]);
        assertEquals(8, CsvFiles.rows(out.resolve(BatchRunner.REPORTS)).size());
    }

    @Test
    void textFromAReportThatLooksLikeAFormulaIsNeutralised() throws IOException {
        String base = Files.readString(Path.of("testdata/rules/base-2024.txt"), StandardCharsets.UTF_8);
        String evil = base.replace("(一)予以公开 | 20 |", "(一)予以公开 | =HYPERLINK(\"http://x\") |");
        Path file = tmp.resolve("evil.txt");
        Files.writeString(file, evil, StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        run(options(out), List.of(file));
        Map<String, String> row = CsvFiles.rows(out.resolve(BatchRunner.REPORTS)).get(0);
        assertEquals("'=HYPERLINK(\"http://x\")", row.get("t2.R1.NP"));
        assertEquals("25", row.get("t2.R1.TOT"));
    }

    /** The set {"0", …, "n-1"}. */
    static final class IntStreamSet {
        static Set<String> range(int n) {
            Set<String> s = new HashSet<>();
            for (int i = 0; i < n; i++) {
                s.add(Integer.toString(i));
            }
            return s;
        }
    }

    /** SHA-256 of a file, hex. */
    static final class CrossYearPassHelper {
        static String sha256(Path file) throws IOException {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(file)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Set while the stuck parser below runs; a thread stopped with {@code Thread.stop} runs its finally. */
    private static final java.util.concurrent.atomic.AtomicInteger STUCK = new java.util.concurrent.atomic.AtomicInteger();
    private static volatile long sink;

    @Test
    void aParseStuckPastTheTimeLimitIsStoppedNotLeftRunning() throws Exception {
        List<Path> inputs = corpus(tmp.resolve("c"), 3, 5, 0);
        Path stuck = tmp.resolve("c").resolve("stuck.txt");
        Files.writeString(stuck, "stuck");
        List<Path> all = new java.util.ArrayList<>(inputs);
        all.add(1, stuck);
        Path out = tmp.resolve("out");
        BatchRunner runner = new BatchRunner(with(options(out), Duration.ofMillis(500), BatchOptions.DEFAULT_MAX_SIZE,
                false, false), RuleRegistry.withServiceLoader(), (bytes, name) -> {
                    if (name.endsWith("stuck.txt")) {
                        STUCK.incrementAndGet();
                        try {
                            while (true) { // a library loop that never looks at the interrupt
                                sink++;
                            }
                        } finally {
                            STUCK.decrementAndGet();
                        }
                    }
                    return OgiReports.parse(bytes, name);
                });
        BatchStats stats = runner.run(all);
        assertEquals(4, stats.rows());
        Map<String, String> status = CsvFiles.rows(out.resolve(BatchRunner.REPORTS)).stream()
                .collect(Collectors.toMap(r -> r.get("path"), r -> r.get("status")));
        assertEquals("timeout", status.get(stuck.toString()));
        long until = System.currentTimeMillis() + 30_000; // a liveness bound, not a timing assertion
        while (STUCK.get() > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals(0, STUCK.get(), "the stuck thread was stopped");
    }

    /** Names a careless or hostile user gives files: line breaks, a leading formula, spaces, CJK. */
    static final List<String> AWKWARD = List.of("new\nline.txt", "carriage\rreturn.txt", "'=cmd.txt", "=SUM(A1).txt",
            " leading space.txt", "trailing space .txt", "报告 二〇二四.txt", "tab\tname.txt", "-minus.txt", "@at.txt");

    static List<Path> awkwardCorpus(Path dir, int count) throws IOException {
        List<Path> plain = corpus(dir.resolve("plain"), count, 11, 0.2);
        List<Path> out = new java.util.ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            String name = i + AWKWARD.get(i % AWKWARD.size());
            Path to = dir.resolve(name);
            Files.move(plain.get(i), to);
            out.add(to);
        }
        return out;
    }

    @Test
    void resumeWithAwkwardNamesAfterAKillBetweenWritesGivesEachFileOnce() throws IOException {
        List<Path> inputs = awkwardCorpus(tmp.resolve("c"), 20);
        Path clean = tmp.resolve("clean");
        run(options(clean), inputs);
        Path out = tmp.resolve("out");
        run(options(out), inputs);
        // as if killed after the findings, results and summary of the last input were written, before its row
        Path reports = out.resolve(BatchRunner.REPORTS);
        List<String> lines = Files.readAllLines(reports, StandardCharsets.UTF_8);
        Files.writeString(reports, String.join("\n", lines.subList(0, lines.size() - 3)) + "\n",
                StandardCharsets.UTF_8);
        BatchStats resumed = run(with(options(out), Duration.ofSeconds(60), BatchOptions.DEFAULT_MAX_SIZE, true,
                false), inputs);
        assertEquals(17, resumed.skipped(), "every name found again, line breaks and apostrophes included");
        assertEquals(3, resumed.rows());
        assertSameOutputs(clean, out);
        BatchStats again = run(with(options(out), Duration.ofSeconds(60), BatchOptions.DEFAULT_MAX_SIZE, true,
                false), inputs);
        assertEquals(20, again.skipped());
        assertSameOutputs(clean, out);
    }

    /** Every output of {@code b} holds the same records as {@code a}'s, each once (order aside). */
    static void assertSameOutputs(Path a, Path b) throws IOException {
        for (String f : List.of(BatchRunner.REPORTS, BatchRunner.FINDINGS, BatchRunner.RESULTS, BatchRunner.CROSSYEAR)) {
            assertEquals(records(a.resolve(f)), records(b.resolve(f)), f);
        }
    }

    /** The lines of a batch output as a sorted multiset. */
    static List<String> records(Path file) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }
}
