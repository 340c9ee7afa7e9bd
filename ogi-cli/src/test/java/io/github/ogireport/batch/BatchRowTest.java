package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rows another engine builds for one input: one row whatever happens, and the batch's columns. */
class BatchRowTest {
    private static final Path SAMPLE = Path.of("testdata", "samples", "2024-gaochang-jdb.txt");
    private final BatchOptions options = BatchOptions.defaults(Path.of("unused"));
    private final Checker checker = new Checker(RuleRegistry.withServiceLoader(), options.config());
    private final BatchRow.Parser parser = (bytes, name) -> OgiReports.parse(bytes, name, options.limits());

    private BatchRow read(byte[] bytes, BatchOptions o, BatchRow.Parser p) {
        return BatchRow.read(3, "in/x.txt", new ByteArrayInputStream(bytes), o, p, checker);
    }

    @Test
    void aReadableReportGivesItsRowFindingsAndSummary() throws IOException {
        BatchRow r = read(Files.readAllBytes(SAMPLE), options, parser);
        assertEquals("ok", r.status());
        assertEquals(ReportColumns.HEADER.size(), r.row().length);
        assertEquals("3", r.row()[0]);
        assertEquals("in/x.txt", r.row()[1]);
        assertEquals(Long.toString(Files.size(SAMPLE)), r.row()[2]);
        assertEquals(64, r.row()[3].length());
        assertNotNull(r.summary());
        assertEquals(3, CrossYearPair.key(r.summary()).seq());
        assertTrue(r.json().startsWith("{"), r.json());
    }

    @Test
    void overTheSizeLimitIsHashedButNotParsed() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLE);
        BatchOptions small = new BatchOptions(Path.of("unused"), 1, BatchOptions.DEFAULT_TIMEOUT, 100, false, false,
                false, 0.8, options.config(), false);
        BatchRow r = read(bytes, small, (b, n) -> {
            throw new AssertionError("parsed");
        });
        assertEquals("too_large", r.status());
        assertEquals(Long.toString(bytes.length), r.row()[2]);
        assertEquals(64, r.row()[3].length());
        assertTrue(r.row()[5].contains("in/x.txt"), r.row()[5]);
        assertEquals("UNREADABLE", r.row()[ReportColumns.META.indexOf("verdict")]);
        assertNull(r.summary());
    }

    @Test
    void whateverTheParserThrowsGivesAFailedRow() {
        BatchRow r = read(new byte[] {1, 2, 3}, options, (b, n) -> {
            throw new IllegalStateException("boom");
        });
        assertEquals("failed", r.status());
        assertTrue(r.row()[5].contains("boom"), r.row()[5]);
        assertEquals(ReportColumns.HEADER.size(), r.row().length);
    }

    @Test
    void aStreamThatFailsGivesAnIoErrorRow() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }
        };
        BatchRow r = BatchRow.read(0, "in/y.html", broken, options, parser, checker);
        assertEquals("io_error", r.status());
        assertTrue(r.row()[5].contains("disk gone"), r.row()[5]);
    }

    @Test
    void withSeqRenumbersRowFindingsAndSummary() throws Exception {
        BatchRow r = read(Files.readAllBytes(SAMPLE), options, parser).withSeq(42);
        assertEquals("42", r.row()[0]);
        r.findings().forEach(f -> assertEquals("42", f[0]));
        assertEquals(42, CrossYearPair.key(r.summary()).seq());
        // serializable, as a distributed engine moves it between machines
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(r);
        }
        BatchRow back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (BatchRow) in.readObject();
        }
        assertArrayEquals(r.row(), back.row());
        assertEquals(r.summary(), back.summary());
    }
}
