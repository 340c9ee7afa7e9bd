package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The launcher's training run: several command lines in one JVM, each run as it runs alone. */
class TrainingTest {
    private static final String SEED = "testdata/samples/2024-gaochang-jdb.txt";

    @Test
    void commandLinesAreSplitAtTheSeparatorAndEmptyOnesLeftOut() {
        assertEquals(List.of(List.of("check", "--all", "a b"), List.of("--help")),
                Training.runs("check", "--all", "a b", "--then", "--then", "--help", "--then"));
        assertEquals(List.of(), Training.runs());
        assertEquals(List.of(), Training.runs("--then"));
    }

    @Test
    void eachCommandLineRunsAsItRunsAlone() {
        String expected = CliRun.of("--version").out() + CliRun.of("check", "--lang", "en", SEED).out()
                + CliRun.of("extract", "--format", "json", SEED).out();
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            Training.run("--version", "--then", "check", "--lang", "en", SEED, "--then", "extract", "--format",
                    "json", SEED);
        } finally {
            System.setOut(before);
        }
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        assertTrue(expected.startsWith("ogi-report ") && expected.contains("F-LABEL")
                && expected.contains("{\"file\""), "the three runs' output: " + expected);
    }
}
