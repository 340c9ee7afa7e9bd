package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing named or found is dropped silently (issue 14): a FIFO, a directory named like a report and an empty
 * folder named in an {@code @list} each get an error (check, extract) or a row (batch) saying what they are.
 */
class SkippedPathsTest {
    @TempDir
    Path dir;

    private Path fifo(Path p) throws Exception {
        Process proc;
        try {
            proc = new ProcessBuilder("mkfifo", p.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: the FIFO case needs it (" + e.getMessage() + ")");
            return null;
        }
        assertEquals(0, proc.waitFor());
        return p;
    }

    private Path folderOfOddThings() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("d.html"));
        Files.copy(Path.of("testdata/rules/2024-gaochang-jdb.txt"), in.resolve("a.txt"));
        fifo(in.resolve("pipe.txt"));
        return in;
    }

    @Test
    void checkSaysWhatEachOddPathIs() throws Exception {
        Path in = folderOfOddThings();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path list = dir.resolve("list.txt");
        Files.writeString(list, in + "\n" + empty + "\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", "--lang", "en", "@" + list);
        assertEquals(2, run.status(), run.err());
        assertTrue(run.out().contains(in.resolve("d.html") + "\n  unreadable: a folder, not a file"), run.out());
        assertTrue(run.out().contains(in.resolve("pipe.txt") + "\n  unreadable: not a regular file (a FIFO, device "
                + "or socket): not read"), run.out());
        assertTrue(run.out().contains(empty + "\n  unreadable: a folder, not a file"), run.out());
        assertTrue(run.out().contains(in.resolve("a.txt").toString()), run.out());
    }

    @Test
    void batchGivesEachOddPathARow() throws Exception {
        Path in = folderOfOddThings();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", in.toString(), empty.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        List<String> rows = Files.readAllLines(out.resolve("reports.csv"), StandardCharsets.UTF_8);
        assertEquals(5, rows.size(), "a header and four rows: " + rows);
        String all = String.join("\n", rows);
        assertTrue(all.contains("io_error,a folder, not a file") || all.contains("io_error,\"a folder, not a file\""), all);
        assertTrue(all.contains("not a regular file (a FIFO, device or socket): not read"), all);
    }
}
