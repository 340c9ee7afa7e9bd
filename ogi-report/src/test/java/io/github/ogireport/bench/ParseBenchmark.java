package io.github.ogireport.bench;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
import org.jsoup.Jsoup;

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
 *   <li>{@code syntheticText}: the same report as pipe-delimited page text;</li>
 *   <li>{@code realHtml}: {@code real/2019-shanghai-bgt.html} of the shared corpus (36 KB), when the corpus is
 *       there ({@code -Dogi.corpus}); otherwise the synthetic page again, said in the setup's output;</li>
 *   <li>{@code checkSeed}, {@code checkHtml}: checking the parsed seed and synthetic report (every rule);</li>
 *   <li>the floors, the least any parser of the same input must do, measured in the same run so that the
 *       ratios printed by {@link BenchRatios} do not depend on the machine's load: {@code floorSeedSplit} and
 *       {@code floorTextSplit} (strict UTF-8 decode, split into lines and {@code |} cells),
 *       {@code floorSyntheticHtml} and {@code floorRealHtml} (decode, {@code Jsoup.parse}, {@code select("tr")}).</li>
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
    private byte[] real;
    private String realName;
    private Report seedReport;
    private Report htmlReport;

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
        Path realFile = Path.of(System.getProperty("ogi.corpus", "../shared/corpus"), "real", "2019-shanghai-bgt.html");
        if (Files.isRegularFile(realFile)) {
            real = Files.readAllBytes(realFile);
            realName = realFile.getFileName().toString();
        } else {
            System.out.println("realHtml: " + realFile + " not found, measuring the synthetic page instead");
            real = html;
            realName = SyntheticReports.HTML_NAME;
        }
        seedReport = OgiReports.parse(seed, SEED_NAME);
        htmlReport = OgiReports.parse(html, SyntheticReports.HTML_NAME);
        check(seedReport);
        check(htmlReport);
        check(OgiReports.parse(text, SyntheticReports.TEXT_NAME));
        if (!OgiReports.parse(real, realName).isReadable()) {
            throw new IllegalStateException("benchmark input did not parse: " + realName);
        }
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

    /** The real 36 KB HTML report of the shared corpus. */
    @Benchmark
    public void realHtml(Blackhole bh) {
        bh.consume(OgiReports.parse(real, realName));
    }

    /** Checking the parsed seed: every built-in rule. */
    @Benchmark
    public CheckResult checkSeed() {
        return OgiReports.check(seedReport);
    }

    /** Checking the parsed synthetic report (non-zero tables, a long narrative). */
    @Benchmark
    public CheckResult checkHtml() {
        return OgiReports.check(htmlReport);
    }

    /** Floor of {@link #seedText}: strict UTF-8 decode, then every line split into its {@code |} cells. */
    @Benchmark
    public void floorSeedSplit(Blackhole bh) throws CharacterCodingException {
        splitCells(seed, bh);
    }

    /** Floor of {@link #syntheticText}. */
    @Benchmark
    public void floorTextSplit(Blackhole bh) throws CharacterCodingException {
        splitCells(text, bh);
    }

    /** Floor of {@link #syntheticHtml}: decode, {@code Jsoup.parse}, {@code select("tr")}. */
    @Benchmark
    public void floorSyntheticHtml(Blackhole bh) {
        bh.consume(Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select("tr"));
    }

    /** Floor of {@link #realHtml}. */
    @Benchmark
    public void floorRealHtml(Blackhole bh) {
        bh.consume(Jsoup.parse(new String(real, StandardCharsets.UTF_8)).select("tr"));
    }

    /** Decodes strictly (as the parser's decoder does) and splits into lines and cells, keeping every cell. */
    static void splitCells(byte[] bytes, Blackhole bh) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        int start = 0;
        int n = s.length();
        while (start < n) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            int cell = start;
            for (int i = start; i <= end; i++) {
                if (i == end || s.charAt(i) == '|') {
                    bh.consume(s.substring(cell, i).strip());
                    cell = i + 1;
                }
            }
            start = end + 1;
        }
    }
}
