package io.github.ogireport.bench;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse throughput of {@link OgiReports#parse(byte[], String)} on one thread, in reports per second:
 * decoding (charset detection, strict UTF-8), layout (jsoup for HTML, line splitting for text) and
 * recognition of sections and the three tables.
 *
 * <ul>
 *   <li>{@code seedText}: the bundled seed report {@code testdata/samples/2024-gaochang-jdb.txt} (8 KB of
 *       pipe text, all zeros);</li>
 *   <li>{@code syntheticHtml}: the {@link SyntheticReports} page, about 70 KB of HTML as a district site
 *       publishes it;</li>
 *   <li>{@code syntheticText}: the same report as pipe-delimited page text.</li>
 * </ul>
 *
 * <p>Run with {@code scripts/bench} from the project root (the seed is read relative to it; override with
 * {@code -jvmArgsAppend -Dogi.bench.seed=PATH}). The setup checks that each input parses into all three
 * tables, so a regression that makes the parser bail out early fails the run instead of looking fast.
 * On the 2-core build machines expect ±10–25 % error (engineering-notes §2): compare orders of magnitude.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
public class ParseBenchmark {
    static final String SEED_NAME = "2024-gaochang-jdb.txt";

    private byte[] seed;
    private byte[] html;
    private byte[] text;

    /** Loads the inputs and checks that each is a complete report. */
    @Setup
    public void load() throws IOException {
        Path seedFile = Path.of(System.getProperty("ogi.bench.seed", "testdata/samples/" + SEED_NAME));
        if (!Files.isRegularFile(seedFile)) {
            throw new IllegalStateException("seed report not found: " + seedFile.toAbsolutePath()
                    + " (run from the project root, or set -Dogi.bench.seed)");
        }
        seed = Files.readAllBytes(seedFile);
        html = SyntheticReports.htmlBytes();
        text = SyntheticReports.pipeTextBytes();
        check(OgiReports.parse(seed, SEED_NAME));
        check(OgiReports.parse(html, SyntheticReports.HTML_NAME));
        check(OgiReports.parse(text, SyntheticReports.TEXT_NAME));
    }

    private static void check(Report report) {
        if (!report.isReadable() || report.t1().isEmpty() || report.t2().isEmpty() || report.t3().isEmpty()
                || report.t2().get().rows().size() != 25) {
            throw new IllegalStateException("benchmark input did not parse completely: " + report.source()
                    + " " + report.error().orElse("") + " " + report.problems());
        }
    }

    /** The seed report, page text. */
    @Benchmark
    public void seedText(Blackhole bh) {
        bh.consume(OgiReports.parse(seed, SEED_NAME));
    }

    /** The synthetic report, HTML page. */
    @Benchmark
    public void syntheticHtml(Blackhole bh) {
        bh.consume(OgiReports.parse(html, SyntheticReports.HTML_NAME));
    }

    /** The synthetic report, pipe-delimited page text. */
    @Benchmark
    public void syntheticText(Blackhole bh) {
        bh.consume(OgiReports.parse(text, SyntheticReports.TEXT_NAME));
    }
}
