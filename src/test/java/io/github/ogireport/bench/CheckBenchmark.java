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
 * Check throughput of {@link OgiReports#check(Report)} on one thread, in reports per second, on reports parsed
 * once in the setup: the seed ({@code seedCheck}) and the synthetic HTML report ({@code syntheticCheck}), whose
 * narrative has figures of every family. Run with {@code scripts/bench Check}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
public class CheckBenchmark {
    private Report seed;
    private Report synthetic;

    /** Parses the inputs. */
    @Setup
    public void load() throws IOException {
        Path seedFile = Path.of(System.getProperty("ogi.bench.seed", "testdata/samples/" + ParseBenchmark.SEED_NAME));
        seed = OgiReports.parse(Files.readAllBytes(seedFile), ParseBenchmark.SEED_NAME);
        synthetic = OgiReports.parse(SyntheticReports.htmlBytes(), SyntheticReports.HTML_NAME);
        if (!seed.isReadable() || !synthetic.isReadable()) {
            throw new IllegalStateException("benchmark input unreadable");
        }
    }

    /** The seed report. */
    @Benchmark
    public void seedCheck(Blackhole bh) {
        bh.consume(OgiReports.check(seed));
    }

    /** The synthetic report. */
    @Benchmark
    public void syntheticCheck(Blackhole bh) {
        bh.consume(OgiReports.check(synthetic));
    }
}
