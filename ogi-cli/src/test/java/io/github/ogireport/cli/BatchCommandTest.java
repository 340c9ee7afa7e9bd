package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.batch.BatchRunner;
import io.github.ogireport.batch.CsvFiles;
import io.github.ogireport.batch.ReportColumns;
import io.github.ogireport.corpus.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path tmp;

    private Path corpus(int count) throws IOException {
        Path dir = tmp.resolve("corpus");
        CorpusGenerator.generate(new CorpusGenerator.Options(count, dir, 13, 0.1, CorpusGenerator.Format.mix));
        Files.delete(dir.resolve("manifest.csv"));
        return dir;
    }

    @Test
    void brokenFilesInAFolderGetErrorRowsAndTheRunSaysHowManyFailed() throws IOException {
        Path dir = corpus(20);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] pdf = new byte[600];
        new java.util.Random(1).nextBytes(pdf);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        Files.write(dir.resolve("g000/broken.pdf"), pdf);
        Files.writeString(dir.resolve("notes.html"), "<html><body><p>关于召开2024年度工作会议的通知。请各科室负责人准时参加。"
                + "</p></body></html>", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("batch", dir.toString(), "--out", out.toString(), "--jobs", "2");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("23 files: 23 rows written, 20 ok, 3 failed (unreadable 3)"), run.out());
        Map<String, Map<String, String>> rows = CsvFiles.rows(out.resolve(BatchRunner.REPORTS)).stream()
                .collect(Collectors.toMap(r -> Path.of(r.get("path")).getFileName().toString(), r -> r));
        assertEquals(23, rows.size());
        assertEquals("unreadable", rows.get("empty.txt").get("status"));
        assertTrue(rows.get("empty.txt").get("error").contains("empty"), rows.get("empty.txt").get("error"));
        assertEquals("unreadable", rows.get("broken.pdf").get("status"));
        assertTrue(rows.get("broken.pdf").get("error").contains("PDF"), rows.get("broken.pdf").get("error"));
        assertEquals("unreadable", rows.get("notes.html").get("status"));
        assertTrue(rows.get("notes.html").get("error").contains("not an annual report"), rows.get("notes.html").get("error"));
        assertEquals("UNREADABLE", rows.get("notes.html").get("verdict"));
        String summary = Files.readString(out.resolve(BatchRunner.SUMMARY));
        assertTrue(summary.contains("errors: 3"), summary);
        assertTrue(summary.contains("unreadable   3"), summary);
    }

    @Test
    void aListFileNamesTheInputs() throws IOException {
        Path dir = corpus(4);
        List<Path> files;
        try (var w = Files.walk(dir)) {
            files = w.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        Path list = tmp.resolve("files.txt");
        Files.writeString(list, "# two reports and a missing file\n" + files.get(0) + "\n\n" + files.get(1) + "\n"
                + tmp.resolve("missing.txt") + "\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliRun run = CliRun.of("batch", "@" + list, "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        List<Map<String, String>> rows = CsvFiles.rows(out.resolve(BatchRunner.REPORTS));
        assertEquals(3, rows.size());
        assertEquals(Set.of("ok", "not_found"), rows.stream().map(r -> r.get("status")).collect(Collectors.toSet()));
        Map<String, String> missing = rows.stream().filter(r -> r.get("status").equals("not_found")).findFirst().get();
        assertEquals("2", missing.get("seq"));
    }

    @Test
    void wrongUseExitsTwo() throws IOException {
        Path dir = corpus(2);
        Path out = tmp.resolve("out");
        assertEquals(2, CliRun.of("batch", dir.toString(), "--out", out.toString(), "--disable", "NO-SUCH").status());
        assertEquals(2, CliRun.of("batch", dir.toString(), "--out", out.toString(), "--timeout", "soon").status());
        assertEquals(0, CliRun.of("batch", dir.toString(), "--out", out.toString(), "--disable", "X-COPY,T2-E1").status());
        CliRun again = CliRun.of("batch", dir.toString(), "--out", out.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains("--resume"), again.err());
        assertEquals(0, CliRun.of("batch", dir.toString(), "--out", out.toString(), "--resume").status());
        assertEquals(2, CliRun.of("batch", "@" + tmp.resolve("nolist.txt"), "--out", tmp.resolve("o2").toString())
                .status());
    }

    @Test
    void timeLimitsAndSizesReadTheirUnits() {
        assertEquals(Duration.ofMillis(500), BatchCommand.duration("500ms"));
        assertEquals(Duration.ofSeconds(30), BatchCommand.duration("30s"));
        assertEquals(Duration.ofSeconds(30), BatchCommand.duration("30"));
        assertEquals(Duration.ofMinutes(2), BatchCommand.duration("2m"));
        assertEquals(50L * 1024 * 1024, BatchCommand.size("50MB"));
        assertEquals(512L * 1024, BatchCommand.size("512kb"));
        assertEquals(1000, BatchCommand.size("1000"));
        assertEquals(1L << 30, BatchCommand.size("1GiB"));
    }

    /** The columns docs/batch.md documents in the table of a section (first column, in backquotes). */
    static List<String> documented(String section) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/batch.md"), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        boolean in = false;
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\|");
        for (String l : lines) {
            if (l.startsWith("## ")) {
                in = l.equals("## " + section);
                continue;
            }
            Matcher m = row.matcher(l);
            if (in && m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void everyColumnIsDocumented() throws IOException {
        assertEquals(ReportColumns.META, documented("`reports.csv`"));
        assertEquals(BatchRunner.FINDINGS_HEADER, documented("`findings.csv`"));
        assertEquals(BatchRunner.CROSSYEAR_HEADER, documented("`crossyear.csv`"));
        String doc = Files.readString(Path.of("docs/batch.md"), StandardCharsets.UTF_8);
        assertTrue(doc.contains("these " + ReportColumns.META.size() + " columns, then " + ReportColumns.CELLS.size()
                + " cell columns"), "docs/batch.md gives the column counts");
        assertEquals(29, ReportColumns.T1_CELLS.size());
        for (String c : ReportColumns.CELLS) {
            assertTrue(c.matches("t[123]\\.[A-Z_]+[0-9.]*\\.[A-Z_]+"), c);
        }
        assertTrue(ReportColumns.CELLS.containsAll(List.of("t2.R6.TOT", "t2.R6.1.NP", "t2.R6.3.TOT", "t3.LR.TOT",
                "t1.PROCUREMENT.AMOUNT", "t1.FEE.AMOUNT")));
    }

    @Test
    void pythonsCsvModuleReadsReportsCsvWithTheDocumentedColumns() throws Exception {
        Path dir = corpus(15);
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.of("batch", dir.toString(), "--out", out.toString(), "--excel").status());
        String script = "import csv, sys\n"
                + "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                + "    r = csv.DictReader(f)\n"
                + "    rows = list(r)\n"
                + "print(len(rows))\n"
                + "print('\\t'.join(r.fieldnames))\n"
                + "print(sum(1 for x in rows if x['status'] == 'ok' and x['t2.NEW.TOT'].isdigit()))\n";
        Path py = tmp.resolve("read.py");
        Files.writeString(py, script, StandardCharsets.UTF_8);
        Process p;
        try {
            p = new ProcessBuilder("python3", py.toString(), out.resolve("reports.csv").toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("python3 is not installed: skipping the Python csv check (" + e.getMessage() + ")");
            return;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        String[] lines = output.split("\n");
        assertEquals("15", lines[0].strip());
        List<String> header = List.of(lines[1].strip().split("\t"));
        assertEquals(ReportColumns.HEADER, header);
        assertEquals(new LinkedHashSet<>(documented("`reports.csv`")), new LinkedHashSet<>(header.subList(0, 16)));
        assertEquals("15", lines[2].strip());
    }
}
