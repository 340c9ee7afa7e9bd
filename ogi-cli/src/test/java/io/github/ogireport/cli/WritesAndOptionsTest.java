package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every write is checked and every bad option value is one line (issue 14, "every write checked"): exit 2
 * and a message naming what could not be written, never exit 0 with a cut page, never a stack trace.
 */
class WritesAndOptionsTest {
    private static final String SAMPLE = "testdata/rules/2024-gaochang-jdb.txt";

    @TempDir
    Path dir;

    /** Standard output that fails after {@code room} bytes, as a full disk or /dev/full does. */
    private static CliRun withFullStdout(int room, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        OutputStream full = new OutputStream() {
            int written;

            @Override
            public void write(int b) throws IOException {
                if (++written > room) {
                    throw new IOException("No space left on device");
                }
            }
        };
        try {
            System.setOut(new PrintStream(full, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CliRun(Main.run(args), "", err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static void oneLine(CliRun run, String expected) {
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains(expected), "expected «" + expected + "» in: " + run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void checkOnAFullStandardOutputExitsTwo() {
        for (String format : new String[] {"text", "json", "sarif", "html"}) {
            oneLine(withFullStdout(100, "check", "--format", format, SAMPLE), "cannot write standard output");
        }
    }

    @Test
    void extractOnAFullStandardOutputExitsTwo() {
        oneLine(withFullStdout(100, "extract", SAMPLE), "cannot write standard output");
        oneLine(withFullStdout(100, "extract", "--format", "json", SAMPLE), "cannot write standard output");
    }

    @Test
    void checkToAFullFileExitsTwo() {
        Path full = Path.of("/dev/full");
        if (!Files.exists(full)) {
            org.junit.jupiter.api.Assumptions.abort("no /dev/full on this system: the full disk is tested "
                    + "through standard output only");
        }
        oneLine(CliRun.of("check", "--format", "html", "-o", full.toString(), SAMPLE),
                "cannot write /dev/full: No space left on device");
    }

    @Test
    void anOutputFolderThatDoesNotExistIsOneLine() {
        Path missing = dir.resolve("missing/dir/x.html");
        oneLine(CliRun.of("check", "--format", "html", "-o", missing.toString(), SAMPLE),
                "cannot write " + missing + ": ");
        assertFalse(Files.exists(missing.getParent()));
    }

    @Test
    void aMissingConfigIsOneLine() {
        Path missing = dir.resolve("missing.properties");
        oneLine(CliRun.of("check", "--config", missing.toString(), SAMPLE), "cannot read --config " + missing);
    }

    @Test
    void badLimitValuesAreOneLine() {
        oneLine(CliRun.of("check", "--timeout", "99999999999h", SAMPLE), "the time limit must be at most 24h");
        oneLine(CliRun.of("extract", "--timeout", "99999999999h", SAMPLE), "the time limit must be at most 24h");
        oneLine(CliRun.of("batch", "--timeout", "99999999999h", "--out", dir.resolve("o").toString(), SAMPLE),
                "the time limit must be at most 24h");
        oneLine(CliRun.of("check", "--max-size", "99999999999GB", SAMPLE), "the size limit must be at most 1TB");
        oneLine(CliRun.of("check", "--max-pages", "0", SAMPLE), "maxPages must be at least 1");
    }

    @Test
    void aMissingListFileIsOneLine() {
        oneLine(CliRun.of("check", "@" + dir.resolve("nope.txt")), "cannot read the inputs: ");
    }
}
