package io.github.ogireport.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.ParseLimits;
import io.github.ogireport.batch.CsvText;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.Printable;
import io.github.ogireport.internal.run.Checks;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.output.FindingsText;
import io.github.ogireport.output.HtmlReport;
import io.github.ogireport.output.ResultJson;
import io.github.ogireport.output.Sarif;
import io.github.ogireport.output.TablesText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each row of issue 14's table (made by {@link HostileCases}) with its outcome. No timing here: the time
 * bounds are in {@code bench/HostileTimes} (scripts/bench). The batch rows are in {@code BatchRunnerTest},
 * the command-line ones in {@code cli.WritesAndOptionsTest} and {@code cli.SkippedPathsTest}, the damaged
 * PDF in {@code fixtures.DamagedDocumentsTest}.
 */
class HostileCasesTest {
    @TempDir
    Path dir;

    private static final Checker CHECKER = new Checker(RuleRegistry.withServiceLoader(), CheckConfig.defaults());

    private static boolean fails(CheckResult r, String rule) {
        return r.findings().stream().anyMatch(f -> f.ruleId().equals(rule) && f.status() == Status.FAIL);
    }

    @Test
    void aCellOfAMillionZerosIsTextAndTheCheckEnds() throws IOException {
        Path file = dir.resolve("zeros.txt");
        Files.writeString(file, HostileCases.t2CellOfZeros(1_000_000), StandardCharsets.UTF_8);
        CheckResult r = Checks.check(file, ParseLimits.defaults().withTimeout(Duration.ofSeconds(60)), CHECKER);
        assertTrue(r.report().isReadable(), r.report().error().orElse(""));
        Cell c = r.report().t2().orElseThrow().cell(T2Row.NEW, T2Column.NP).orElseThrow();
        assertInstanceOf(Cell.Text.class, c, "a 1,000,001-digit literal is text, not a number");
        assertTrue(fails(r, "T2-D1"), "the domain rule names the cell");
        // the other cells of the table are still read as numbers
        assertInstanceOf(Cell.Number.class, r.report().t2().orElseThrow().cell(T2Row.R7, T2Column.TOT).orElseThrow());
    }

    @Test
    void aLineOfTwoMillionNinesIsTextAndTheCheckEnds() throws IOException {
        Path file = dir.resolve("nines.txt");
        Files.writeString(file, HostileCases.regulationOfNines(2_000_000), StandardCharsets.UTF_8);
        CheckResult r = Checks.check(file, ParseLimits.defaults().withTimeout(Duration.ofSeconds(60)), CHECKER);
        assertTrue(r.report().isReadable(), r.report().error().orElse(""));
        Cell c = r.report().t1().orElseThrow().cell(T1Row.REG, T1Column.ISSUED).orElseThrow();
        assertInstanceOf(Cell.Text.class, c);
        assertTrue(fails(r, "T1-D1"), "the domain rule names the cell");
    }

    @Test
    void aThousandDigitNumberStaysExact() throws IOException {
        String digits = "1" + "0".repeat(998) + "7";
        Report r = OgiReports.parse(HostileCases.t2CellOfZeros(0).replaceFirst("\\| 1 \\|", "| " + digits + " |"));
        Cell c = r.t2().orElseThrow().cell(T2Row.NEW, T2Column.NP).orElseThrow();
        assertEquals(new BigDecimal(digits), ((Cell.Number) c).value());
    }

    @Test
    void aUtf8ReportWithOneGbkLineIsReadWithAProblemNamingTheLine() throws IOException {
        byte[] bytes = HostileCases.utf8WithOneGbkLine();
        Report r = OgiReports.parse(bytes, "mixed.txt");
        assertEquals("高场街道办事处", r.agency().orElse(""), "the UTF-8 part decoded as UTF-8");
        ParseProblem p = problem(r, ParseProblem.Kind.ENCODING);
        int lines = HostileCases.sampleLines().size() + 1; // the sample ends without a line break
        assertTrue(p.detail().contains("1 line read as GB18030 (line " + lines + ")"), p.detail());
        assertTrue(r.sections().size() >= 6, "sections kept: " + r.sections().size());
    }

    @Test
    void alternatingLinesAreEachReadInTheirOwnCharset() throws IOException {
        Report r = OgiReports.parse(HostileCases.alternatingGbkUtf8(), "alternating.txt");
        assertEquals("高场街道办事处", r.agency().orElse(""));
        assertTrue(problem(r, ParseProblem.Kind.ENCODING).detail().contains("lines 2, 4, 6"), r.problems().toString());
        assertTrue(r.t2().isPresent() && r.t3().isPresent());
        Report clean = OgiReports.parse(Files.readString(HostileCases.SAMPLE));
        for (T2Row row : List.of(T2Row.NEW, T2Row.R7)) {
            assertEquals(clean.t2().orElseThrow().cell(row, T2Column.TOT).flatMap(Cell::number),
                    r.t2().orElseThrow().cell(row, T2Column.TOT).flatMap(Cell::number), "the clean sample's " + row);
        }
    }

    @Test
    void aGbkPageDeclaringLatin1IsReadAsGbkAndSaysSo() throws IOException {
        Report r = OgiReports.parse(HostileCases.gbkPageDeclaringLatin1(), "page.html");
        assertEquals("高场街道办事处", r.agency().orElse(""), r.error().orElse(""));
        assertTrue(r.contentType().contains("GB18030"), r.contentType());
        assertTrue(problem(r, ParseProblem.Kind.ENCODING).detail().contains("declares charset ISO-8859-1"));
    }

    @Test
    void aLatin1PageDeclaringLatin1IsNotOverruled() {
        byte[] latin = ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\u00e9 cr\u00e8me, "
                + "na\u00efve fa\u00e7ade</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        Report r = OgiReports.parse(latin, "latin.html");
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ParseProblem.Kind.ENCODING), r.problems().toString());
    }

    private static ParseProblem problem(Report r, ParseProblem.Kind kind) {
        return r.problems().stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " problem in " + r.problems()));
    }

    @Test
    void controlCharactersArePrintedEscapedAndKeptInTheModel() throws IOException {
        Report r = OgiReports.parse(HostileCases.controlCharacters());
        // a title holding escapes is no longer taken as the title, and the organ now comes from the opening sentence
        // (由…编制): the escapes are looked for where the model keeps them, in the narrative
        String sentence = r.sections().stream().flatMap(s -> s.paragraphs().stream()).map(p -> p.text())
                .filter(t -> t.contains("\u001b[31m本年")).findFirst().orElse("");
        assertTrue(!sentence.isEmpty(), "the model keeps the raw narrative");
        CheckResult result = OgiReports.check(r, CheckConfig.defaults().withRules(java.util.Set.of(),
                java.util.Set.of()));
        String text = FindingsText.render(result, Locale.CHINESE) + TablesText.render(r);
        String json = ResultJson.toJson(result);
        String sarif = Sarif.write(List.of(result), RuleRegistry.builtIn().rules(), "test", Locale.ROOT);
        String html = HtmlReport.render(List.of(result), RuleRegistry.builtIn().rules(), "test", Locale.ROOT);
        for (String out : List.of(text, json, sarif, html)) {
            for (char c : out.toCharArray()) {
                assertFalse(Printable.isUnsafe(c) && c != '\n' && c != '\t' && c != '\r',
                        "a raw U+" + Integer.toHexString(c) + " in an output");
            }
        }
        assertTrue(Printable.value(sentence).contains("\\u001B[31m本年"), "shown escaped wherever it is printed");
        String cell = CsvText.safe(sentence);
        assertFalse(cell.chars().anyMatch(c -> Printable.isUnsafe((char) c)), cell);
        assertEquals("'=\\u0000x \\u202Ey", CsvText.safe("=\u0000x\n\u202Ey"));
        for (Finding f : result.shown()) {
            assertFalse(Printable.value(f.message(Locale.ROOT)).chars().anyMatch(c -> Printable.isUnsafe((char) c)));
        }
    }

    @Test
    void nonRegularFilesAreNotOpened() throws Exception {
        Path fifo = dir.resolve("x.txt");
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: the FIFO case needs it (" + e.getMessage() + ")");
            return;
        }
        assertEquals(0, p.waitFor());
        Report r = OgiReports.parse(fifo);
        assertEquals("not a regular file (a FIFO, device or socket): not read", r.error().orElseThrow());
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertEquals("not a regular file (a FIFO, device or socket): not read",
                    OgiReports.parse(zero, ParseLimits.defaults().withMaxBytes(1 << 20)).error().orElseThrow());
        }
        Path proc = Path.of("/proc/self/status");
        if (Files.exists(proc)) {
            // a regular file the file system calls empty: read from the stream, and not a report
            Report status = OgiReports.parse(proc);
            assertFalse(status.isReadable());
            assertFalse(status.error().orElseThrow().contains("empty"), status.error().orElseThrow());
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws IOException {
        Path file = dir.resolve("big.txt");
        Files.write(file, new byte[5000]);
        Report r = OgiReports.parse(file, ParseLimits.defaults().withMaxBytes(1024));
        assertEquals(file + ": 5000 bytes, over the limit of 1024 (--max-size)", r.error().orElseThrow());
    }
}
