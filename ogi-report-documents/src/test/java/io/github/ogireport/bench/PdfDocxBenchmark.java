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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Reports per second once warm: the generated 3-page F2021 PDF (T2 split over two pages), the same report as
 * DOCX, and a real 6-page PDF of the shared corpus when {@code -Dogi.corpus} points at it. Not run by
 * {@code mvn test} (surefire excludes bench/). Run:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.github.ogireport.bench.PdfDocxBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PdfDocxBenchmark {
    private byte[] pdf;
    private byte[] docx;
    private byte[] realPdf;

    @Setup
    public void load() throws IOException {
        pdf = Files.readAllBytes(Path.of("testdata/documents/2024-f2021-split.pdf"));
        docx = Files.readAllBytes(Path.of("testdata/documents/2024-f2021.docx"));
        Path real = Path.of(System.getProperty("ogi.corpus", "../shared/corpus"), "real", "2024-huaian-szf.pdf");
        realPdf = Files.isRegularFile(real) ? Files.readAllBytes(real) : pdf;
    }

    @Benchmark
    public Report pdf() {
        return OgiReports.parse(pdf, "report.pdf");
    }

    @Benchmark
    public Report docx() {
        return OgiReports.parse(docx, "report.docx");
    }

    /** 淮安 2024, 6 pages, WPS export (falls back to the generated PDF without the corpus). */
    @Benchmark
    public Report realPdf() {
        return OgiReports.parse(realPdf, "report.pdf");
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(PdfDocxBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dogi.corpus=" + System.getProperty("ogi.corpus", "../shared/corpus")).build()).run();
    }
}
