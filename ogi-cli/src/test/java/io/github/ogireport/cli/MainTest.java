package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as a user runs it: {@link Main#run} with standard output and error captured. */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PARSE = Path.of("testdata", "parse");
    private static final Path SEED = Path.of("testdata", "samples", "2024-gaochang-jdb.txt");
    /** Regenerate the golden files with -Dogi.updateGolden=true (then review the diff before committing). */
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("ogi.updateGolden");

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {
        List<String> lines() {
            List<String> l = new ArrayList<>();
            for (String s : out.split("\n")) {
                if (!s.isBlank()) {
                    l.add(s);
                }
            }
            return l;
        }
    }

    static synchronized Run run(String... args) {
        CliRun r = CliRun.of(args);
        return new Run(r.status(), r.out(), r.err());
    }

    private static void assertNoStackTrace(Run r) {
        for (String s : List.of(r.out(), r.err())) {
            assertFalse(s.contains("Exception") || s.contains("\tat ") || s.contains("Error:"), s);
        }
    }

    @Test
    void jsonPrintsOneLinePerFileInOrder() throws IOException {
        List<String> files = List.of(PARSE.resolve("f2021-pipe-variants.txt").toString(), SEED.toString(),
                PARSE.resolve("f2021-district-bureau.html").toString(), PARSE.resolve("f2021-city-markdown.md").toString());
        List<String> args = new ArrayList<>(List.of("extract", "--format", "json"));
        args.addAll(files);
        Run r = run(args.toArray(new String[0]));
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.lines();
        assertEquals(files.size(), lines.size());
        for (int i = 0; i < files.size(); i++) {
            JsonNode doc = JSON.readTree(lines.get(i));
            assertEquals(files.get(i), doc.get("file").textValue());
            assertTrue(doc.get("error").isNull());
            assertEquals("F2021", doc.get("format").textValue());
        }
        assertEquals(2023, JSON.readTree(lines.get(0)).get("year").intValue());
        assertEquals(2022, JSON.readTree(lines.get(3)).get("year").intValue());
    }

    /** Unreadable inputs get a line with `error`, the others are still read, and the status is 2. */
    @Test
    void unreadableInputsGiveStatusTwoAndAnErrorLine(@TempDir Path tmp) throws IOException {
        Path missing = tmp.resolve("no-such-report.txt");
        Path pdf = tmp.resolve("report.pdf");
        Files.write(pdf, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        List<String> files = List.of(PARSE.resolve("bad-empty.txt").toString(), SEED.toString(),
                PARSE.resolve("bad-binary-garbage.txt").toString(), missing.toString(),
                PARSE.resolve("bad-no-report.html").toString(), pdf.toString());
        List<String> args = new ArrayList<>(List.of("extract", "--format", "json"));
        args.addAll(files);
        Run r = run(args.toArray(new String[0]));
        assertEquals(2, r.status());
        assertNoStackTrace(r);
        List<String> lines = r.lines();
        assertEquals(6, lines.size());
        String[] reasons = {"empty file", null, "binary content", "file not found", "not an annual report", "PDF"};
        for (int i = 0; i < reasons.length; i++) {
            JsonNode doc = JSON.readTree(lines.get(i));
            assertEquals(files.get(i), doc.get("file").textValue());
            if (reasons[i] == null) {
                assertTrue(doc.get("error").isNull(), lines.get(i));
                assertEquals(25, doc.get("t2").size());
            } else {
                assertTrue(doc.get("error").textValue().contains(reasons[i]), lines.get(i));
            }
        }
    }

    @Test
    void textFormatNamesTheErrorWithoutAStackTrace() {
        Run r = run("extract", PARSE.resolve("bad-binary-garbage.txt").toString(), SEED.toString());
        assertEquals(2, r.status());
        assertNoStackTrace(r);
        assertTrue(r.out().contains("错误 error: binary content"), r.out());
        assertTrue(r.out().contains("机关: 高场街道办事处"), r.out());
    }

    /** A folder is walked in name order; only report files are read (not the .json expected files). */
    @Test
    void foldersAreWalkedInOrder() throws IOException {
        Run r = run("extract", "--format", "json", PARSE.toString());
        List<String> want;
        try (Stream<Path> s = Files.list(PARSE)) {
            want = s.map(Path::toString).filter(n -> !n.endsWith(".json")).sorted().toList();
        }
        List<String> got = new ArrayList<>();
        for (String line : r.lines()) {
            got.add(JSON.readTree(line).get("file").textValue());
        }
        assertEquals(want, got);
        assertEquals(2, r.status(), "the folder holds the bad inputs");
    }

    @Test
    void noArgumentsReadsTheBundledSamples() {
        Run r = run("extract");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("== " + SEED + " =="), r.out());
    }

    @ParameterizedTest
    @CsvSource({"--help", "-h", "help"})
    void helpPrintsUsage(String flag) {
        Run r = run(flag);
        assertEquals(0, r.status());
        assertTrue(r.out().contains("Usage: ogi"), r.out());
        assertTrue(r.out().contains("extract"), r.out());
    }

    @Test
    void extractHelpListsFormatAndExitCodes() {
        Run r = run("extract", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("--format"), r.out());
        assertTrue(r.out().contains("Exit status"), r.out());
    }

    @Test
    void versionIsPrinted() {
        Run r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("ogi-report "), r.out());
    }

    @Test
    void badOptionsGiveStatusTwoAndUsageOnStandardError() {
        Run r = run("extract", "--format", "xml", SEED.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertTrue(r.err().contains("--format"), r.err());
        assertNoStackTrace(r);
        assertEquals(2, run("frobnicate").status());
    }

    /** The text output for people, compared exactly with a reviewed golden file. */
    @ParameterizedTest
    @CsvSource({"testdata/samples/2024-gaochang-jdb.txt, extract-2024-gaochang-jdb.txt",
        "testdata/parse/f2021-district-bureau.html, extract-f2021-district-bureau.txt",
        "testdata/parse/bad-cut-off-mid-t2.txt, extract-bad-cut-off-mid-t2.txt"})
    void textOutputMatchesTheGoldenFile(String input, String golden) throws IOException {
        Run r = run("extract", input);
        Path file = Path.of("ogi-cli", "src", "test", "resources", "golden", golden);
        if (UPDATE_GOLDEN) {
            Files.writeString(file, r.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), r.out());
    }
}
