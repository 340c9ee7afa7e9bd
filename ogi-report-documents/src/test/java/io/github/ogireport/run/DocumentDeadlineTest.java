package io.github.ogireport.run;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.ParseLimits;
import io.github.ogireport.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A library parse runs on the caller's thread, but a document reader (third-party code) runs where it can be
 * stopped: a PDF on which PDFBox loops for most of a minute (a fuzzed ToUnicode range) gives the caller its
 * time-limit error at the limit, and the caller's thread goes on, not interrupted.
 */
class DocumentDeadlineTest {
    private static final Path CMAP = Path.of("testdata/fuzz/fuzz-docs-20261128-4052-2024-f2021-owner-password.pdf");

    @Test
    void aDocumentReaderThatDoesNotStopIsLeftAtTheDeadline() throws Exception {
        Assumptions.assumeTrue(Files.exists(CMAP), "fixture missing: " + CMAP);
        long start = System.nanoTime();
        Report r = OgiReports.parse(CMAP, ParseLimits.defaults().withTimeout(Duration.ofSeconds(2)));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertFalse(r.isReadable());
        assertTrue(r.error().orElse("").contains("still running after 2 s"), r.error().orElse(""));
        assertTrue(seconds < 30, "the caller was given its answer at the limit, not when PDFBox ended: " + seconds);
        assertFalse(Thread.currentThread().isInterrupted(), "no interrupt left on the caller's thread");
        assertTrue(OgiReports.parse(Path.of("testdata/samples/2024-gaochang-jdb.txt")).isReadable(),
                "the next parse on the same thread runs");
    }
}
