package io.github.ogireport.bench;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.io.Decoder;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.layout.HtmlLayout;
import io.github.ogireport.internal.layout.Layout;
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

/**
 * The HTML layout stage alone, without the recognisers: decoding and {@link HtmlLayout} (jsoup's parse and the
 * grid), on the inputs of {@link ParseBenchmark#syntheticHtml} and {@link ParseBenchmark#realHtml}; compare with
 * their floors {@code floorSyntheticHtml} and {@code floorRealHtml} of the same run
 * ({@code scripts/bench Html} runs them all).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
public class HtmlLayoutBenchmark {
    private byte[] html;
    private byte[] real;

    /** Loads the same inputs as {@link ParseBenchmark}. */
    @Setup
    public void load() throws IOException {
        html = SyntheticReports.htmlBytes();
        Path realFile = Path.of(System.getProperty("ogi.corpus", "../shared/corpus"), "real", "2019-shanghai-bgt.html");
        real = Files.isRegularFile(realFile) ? Files.readAllBytes(realFile) : html;
    }

    /** Layout of the synthetic 70 KB page. */
    @Benchmark
    public Layout layoutSyntheticHtml() throws UnreadableException {
        return HtmlLayout.parse(Decoder.decode(html, SyntheticReports.HTML_NAME).text(), Budget.unlimited());
    }

    /** Layout of the real 36 KB page. */
    @Benchmark
    public Layout layoutRealHtml() throws UnreadableException {
        return HtmlLayout.parse(Decoder.decode(real, "2019-shanghai-bgt.html").text(), Budget.unlimited());
    }
}
