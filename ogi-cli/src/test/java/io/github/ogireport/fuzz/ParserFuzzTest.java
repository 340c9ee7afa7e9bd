package io.github.ogireport.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.output.HtmlReport;
import io.github.ogireport.model.Report;
import io.github.ogireport.output.ResultJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes decoding, layout, recognition, the rules and the JSON writer with mutated real-looking reports.
 * A short fixed-seed run is part of the test suite; a long run: {@code scripts/fuzz} (iterations and seed
 * as system properties {@code ogi.fuzz.iterations}, {@code ogi.fuzz.seed}). Every input that crashed or hung
 * is written to {@code target/fuzz-crashes/}; kept as a regression fixture, it goes to {@code testdata/fuzz/}
 * named by its ID, where {@link #regressionFixturesParse} replays it.
 */
class ParserFuzzTest {
    private static final Path CRASHES = Path.of("target/fuzz-crashes");
    /** Beyond this an input counts as a hang; generous: the point is "never runs forever", not speed. */
    private static final long HANG_SECONDS = 20;

    static List<Path> bases() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("testdata/samples", "testdata/rules", "testdata/parse")) {
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                files.filter(p -> !p.toString().endsWith(".json")).filter(p -> !p.toString().endsWith(".md")
                        || p.getFileName().toString().startsWith("f20")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void mutatedReportsNeverCrashOrHang() throws Exception {
        long iterations = Long.getLong("ogi.fuzz.iterations", 600);
        long seed = Long.getLong("ogi.fuzz.seed", 20261128L);
        List<Path> bases = bases();
        List<String> texts = new ArrayList<>();
        for (Path p : bases) {
            texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        Mutator mutator = new Mutator(seed);
        run("fuzz", iterations, seed, i -> bases.get((int) (i % bases.size())).getFileName().toString(),
                i -> mutator.mutate(texts.get((int) (i % texts.size()))));
    }

    /** The small PDF, Word and RTF fixtures, mutated (fewer iterations: each parse costs milliseconds). */
    @Test
    void mutatedDocumentsNeverCrashOrHang() throws Exception {
        long iterations = Long.getLong("ogi.fuzz.docIterations", 60);
        long seed = Long.getLong("ogi.fuzz.seed", 20261128L);
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("testdata/documents"))) {
            files.filter(p -> !p.getFileName().toString().equals("README")).sorted().forEach(docs::add);
        }
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : docs) {
            bytes.add(Files.readAllBytes(p));
        }
        Mutator mutator = new Mutator(seed);
        run("fuzz-docs", iterations, seed, i -> docs.get((int) (i % docs.size())).getFileName().toString(),
                i -> mutator.mutateDocument(bytes.get((int) (i % bytes.size())),
                        docs.get((int) (i % docs.size())).getFileName().toString()));
    }

    private interface Input<T> {
        T of(long i);
    }

    private static void run(String label, long iterations, long seed, Input<String> names, Input<byte[]> inputs)
            throws Exception {
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        long started = System.nanoTime();
        try {
            for (long i = 0; i < iterations; i++) {
                String name = names.of(i);
                byte[] input = inputs.of(i);
                Future<?> run = worker.submit(() -> parseAndCheck(input, name));
                try {
                    run.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    failures.add(save(label, seed, i, name, input, "hang"));
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(save(label, seed, i, name, input, e.getCause().toString()));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d inputs in %.1f s (%.0f exec/s), seed %d, %d failures%n",
                label, iterations, seconds, iterations / seconds, seed, failures.size());
        assertTrue(failures.isEmpty(), "crashes or hangs, inputs saved under " + CRASHES + ": " + failures);
    }

    static Stream<Path> regressionFixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("testdata/fuzz"))) {
            return files.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("regressionFixtures")
    void regressionFixturesParse(Path fixture) throws IOException {
        parseAndCheck(Files.readAllBytes(fixture), fixture.getFileName().toString());
    }

    /** The whole pipeline on one input; anything thrown is a bug. */
    static void parseAndCheck(byte[] input, String name) {
        // a short time limit: a slow input ends in the --timeout error, within HANG_SECONDS
        Report report = OgiReports.parse(input, name, io.github.ogireport.ParseLimits.defaults()
                .withTimeout(java.time.Duration.ofSeconds(5)));
        assertNotNull(report);
        CheckResult result = OgiReports.check(report);
        String json = ResultJson.toJson(result);
        assertTrue(json.startsWith("{") && json.endsWith("}"));
        assertTrue(json.indexOf('\n') < 0, "one line per document");
        // the auditor's page: whatever the input held, no markup of its own gets through
        String html = HtmlReport.render(List.of(result), RuleRegistry.builtIn().rules(), "fuzz", Locale.ROOT);
        String lower = html.toLowerCase(Locale.ROOT);
        assertTrue(!lower.contains("<script") && !lower.contains("<img") && !lower.contains("<iframe"),
                "unescaped markup in the HTML page");
    }

    private static String save(String label, long seed, long i, String base, byte[] input, String what) {
        try {
            Files.createDirectories(CRASHES);
            Path file = CRASHES.resolve(label + "-" + seed + "-" + i + "-" + base);
            Files.write(file, input);
            return file + ": " + what;
        } catch (IOException e) {
            return "input " + i + " (not saved: " + e + "): " + what;
        }
    }
}
