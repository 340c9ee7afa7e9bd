package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.batch.BatchRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each parse limit as a command-line option: the message a user sees names the file, the limit and the option. */
class LimitsCliTest {
    private static final String SAMPLE = "testdata/rules/base-tables.txt";
    private static final String PDF = "testdata/documents/2024-f2021-split.pdf";

    @TempDir
    Path dir;

    private static void refused(String expected, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.out().contains(expected), "expected «" + expected + "» in:\n" + run.out());
    }

    @Test
    void eachLimitNamesTheFileTheLimitAndTheOption() throws IOException {
        long size = Files.size(Path.of(SAMPLE));
        refused(SAMPLE + ": " + size + " bytes, over the limit of 1024 (--max-size)", "extract", "--max-size", "1KB", SAMPLE);
        refused(SAMPLE + ": " + size + " bytes, over the limit of 1024 (--max-size)", "check", "--max-size", "1KB", SAMPLE);
        refused(SAMPLE + ": more than 100 characters of text, over the limit of 100 (--max-chars)",
                "check", "--max-chars", "100", SAMPLE);
        refused(SAMPLE + ": more than 10 table cells, over the limit of 10 (--max-cells)",
                "extract", "--max-cells", "10", SAMPLE);
        refused("testdata/hostile/rowspan-100000.html: a rowspan of 100000, over the limit of 500 (--max-span)",
                "extract", "testdata/hostile/rowspan-100000.html");
        refused(PDF + ": 3 pages, over the limit of 1 (--max-pages)", "extract", "--max-pages", "1", PDF);
    }

    @Test
    void theTimeLimitStopsASlowParse() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "一、总体情况\n" + "本年收到申请3件，办结3件。\n".repeat(300_000), StandardCharsets.UTF_8);
        refused(big + ": still parsing after 20 ms, over the limit of 20 ms (--timeout)",
                "check", "--timeout", "20ms", big.toString());
    }

    @Test
    void aLimitThatIsNotANumberIsAnError() {
        CliRun run = CliRun.of("extract", "--max-pages", "0", SAMPLE);
        assertEquals(2, run.status());
        assertTrue(run.err().contains("maxPages must be at least 1"), run.err());
    }

    @Test
    void batchTakesTheSameOptionsAndWritesOnlyIntoOut() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        // a report whose title, organ and cells look like paths and formulas
        Files.writeString(in.resolve("=cmd+1.txt"), Files.readString(Path.of("testdata/hostile/hostile-labels.txt"))
                + "\n../../escaped\n" + Files.readString(Path.of(SAMPLE)), StandardCharsets.UTF_8);
        Files.copy(Path.of(SAMPLE), in.resolve("plain.txt"));
        Path limited = dir.resolve("limited");
        CliRun run = CliRun.of("batch", "--out", limited.toString(), "--max-cells", "10", in.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        assertTrue(Files.readString(limited.resolve(BatchRunner.REPORTS)).contains(
                in.resolve("plain.txt") + ": more than 10 table cells, over the limit of 10 (--max-cells)"));
        Path out = dir.resolve("out");
        run = CliRun.of("batch", "--out", out.toString(), in.toString());
        assertEquals(0, run.status(), run.out() + run.err());
        for (String csv : java.util.List.of(BatchRunner.REPORTS, BatchRunner.FINDINGS)) {
            try (com.opencsv.CSVReader r = new com.opencsv.CSVReader(Files.newBufferedReader(out.resolve(csv)))) {
                for (String[] row : r.readAll()) {
                    for (String cell : row) {
                        boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                                && !cell.matches("[+-]?[0-9.]+");
                        assertTrue(!formula, csv + ": a cell a spreadsheet would run: " + cell);
                    }
                }
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            Set<String> outside = all.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(out) && !p.startsWith(limited) && !p.startsWith(in))
                    .map(Path::toString).collect(Collectors.toSet());
            assertEquals(Set.of(), outside, "files written outside --out");
        }
    }
}
