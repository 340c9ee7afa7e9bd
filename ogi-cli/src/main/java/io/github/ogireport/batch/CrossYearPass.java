package io.github.ogireport.batch;

import com.opencsv.CSVReader;
import com.opencsv.ICSVWriter;
import com.opencsv.exceptions.CsvException;
import io.github.ogireport.check.Status;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link CrossYear} and puts what it finds where it belongs: its findings at the end of findings.csv
 * (scope {@code corpus}; those of an earlier run of the same folder are replaced), one row per compared
 * report in crossyear.csv, and the copy share in reports.csv's {@code copy_share} and {@code copy_of} columns.
 * Each file is rewritten to a temporary file and moved into place, so an interruption leaves the old file.
 */
final class CrossYearPass {
    private CrossYearPass() {
    }

    static void run(BatchOptions options, BatchStats stats) throws IOException {
        Path dir = options.out();
        Path findings = dir.resolve(BatchFiles.FINDINGS);
        Path findingsTmp = dir.resolve(BatchFiles.WORK).resolve("findings.csv.tmp");
        Path cross = dir.resolve(BatchFiles.CROSSYEAR);
        Path crossTmp = dir.resolve(BatchFiles.WORK).resolve("crossyear.csv.tmp");
        boolean bom = options.excel() || Csv.hasBom(dir.resolve(BatchFiles.REPORTS));
        Map<Long, String[]> figures = new HashMap<>();
        long[] comparisons = {0};
        Files.deleteIfExists(findingsTmp);
        Files.deleteIfExists(crossTmp);
        try (Writer fw = Csv.appender(findingsTmp); ICSVWriter fcsv = Csv.writer(fw);
                Writer cw = Csv.appender(crossTmp); ICSVWriter ccsv = Csv.writer(cw)) {
            Csv.header(fw, fcsv, BatchFiles.FINDINGS_HEADER, bom);
            Csv.header(cw, ccsv, BatchFiles.CROSSYEAR_HEADER, bom);
            int scope = BatchFiles.FINDINGS_HEADER.indexOf("scope");
            // the first pass's findings are copied on a thread of their own while the cross-year pass reads its
            // index (two sequential reads of the whole output, one per core); the pass's first finding is written
            // after the copy has ended
            Copy earlier = new Copy(() -> copy(findings, BatchFiles.FINDINGS_HEADER, row -> {
                if (row.length <= scope || !"corpus".equals(row[scope])) {
                    fcsv.writeNext(row, false);
                }
            }));
            CrossYear.Sink sink = new CrossYear.Sink() {
                @Override
                public void issue(CrossYear.Issue i) throws IOException {
                    earlier.await();
                    fcsv.writeNext(CrossYearPair.findingRow(i), false);
                    stats.finding(i.rule(), i.status(), i.severity());
                }

                @Override
                public void comparison(CrossYear.Comparison c) {
                    String share = c.copyShare() < 0 ? "" : String.format(Locale.ROOT, "%.3f", c.copyShare());
                    ccsv.writeNext(new String[] {Long.toString(c.seq()), CsvText.safe(c.file()),
                        CsvText.safe(c.organKey()), Integer.toString(c.year()), Long.toString(c.prevSeq()),
                        CsvText.safe(c.prevFile()), Integer.toString(c.prevYear()), share, c.t2y1(), c.t1y1()}, false);
                    figures.put(c.seq(), new String[] {share, CsvText.safe(c.prevFile())});
                    comparisons[0]++;
                }
            };
            try {
                // the organs compared on the batch's threads, the rows in the same order
                new CrossYear(dir.resolve(BatchFiles.WORK).resolve(BatchFiles.SUMMARIES),
                        options.similarityThreshold(), options.config()).run(sink, options.jobs());
                earlier.await();
            } finally {
                earlier.end();
            }
            if (fcsv.checkError() || ccsv.checkError()) {
                throw new IOException("cannot write " + findingsTmp + " or " + crossTmp);
            }
        }
        stats.comparisons(comparisons[0]);
        Files.move(findingsTmp, findings, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(crossTmp, cross, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        fillCopyColumns(dir, figures, bom);
    }

    private static void fillCopyColumns(Path dir, Map<Long, String[]> figures, boolean bom) throws IOException {
        Path reports = dir.resolve(BatchFiles.REPORTS);
        Path tmp = dir.resolve(BatchFiles.WORK).resolve("reports.csv.tmp");
        Files.deleteIfExists(tmp);
        if (!Files.exists(reports) || !fillByLine(reports, tmp, figures, bom)) {
            Files.deleteIfExists(tmp);
            fillByRecord(reports, tmp, figures, bom);
        }
        Files.move(tmp, reports, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The copy columns filled line by line, every other field kept as written: what {@link #fillByRecord} writes
     * for a file the batch wrote (each record one line), without parsing the hundreds of fields of every row.
     * False, the file left to {@link #fillByRecord}, at the first line that is not such a record.
     */
    static boolean fillByLine(Path reports, Path tmp, Map<Long, String[]> figures, boolean bom)
            throws IOException {
        int count = ReportColumns.HEADER.size();
        // bytes in, bytes out: the hundreds of fields of a row are neither decoded nor encoded again
        try (InputStream r = Files.newInputStream(reports);
                OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE), 1 << 16);
                Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8); ICSVWriter csv = Csv.writer(w)) {
            Csv.ByteLines lines = new Csv.ByteLines(r);
            if (!lines.next()) {
                Csv.header(w, csv, ReportColumns.HEADER, bom);
                return true;
            }
            String header = new String(lines.line(), 0, lines.length(), StandardCharsets.UTF_8);
            String[] h = Csv.stripBom(new com.opencsv.RFC4180ParserBuilder().build().parseLine(header));
            if (!List.of(h).equals(ReportColumns.HEADER)) {
                throw new BatchException(reports + " has other columns than this version writes");
            }
            Csv.header(w, csv, ReportColumns.HEADER, bom);
            w.flush();
            int[] copyColumns = {ReportColumns.COPY_SHARE, ReportColumns.COPY_OF};
            while (lines.next()) {
                byte[] line = lines.line();
                int[] f = Csv.fields(line, lines.length(), count);
                if (f == null || !lines.ended()) {
                    return false;
                }
                String[] v = figures.get(Long.parseLong(new String(line, f[0], f[1] - f[0], StandardCharsets.UTF_8)));
                int at = 0;
                for (int column : copyColumns) {
                    bytes.write(line, at, f[2 * column] - at);
                    String value = v == null ? "" : column == ReportColumns.COPY_SHARE ? v[0] : v[1];
                    bytes.write(Csv.field(value).getBytes(StandardCharsets.UTF_8));
                    at = f[2 * column + 1];
                }
                bytes.write(line, at, lines.length() - at);
                bytes.write('\n');
            }
            bytes.flush();
            return true;
        } catch (NumberFormatException e) {
            return false; // a first field that is not a seq: read as records
        }
    }

    /** The copy columns filled record by record (opencsv reads and writes every row). */
    static void fillByRecord(Path reports, Path tmp, Map<Long, String[]> figures, boolean bom)
            throws IOException {
        try (Writer w = Csv.appender(tmp); ICSVWriter csv = Csv.writer(w)) {
            Csv.header(w, csv, ReportColumns.HEADER, bom);
            copy(reports, ReportColumns.HEADER, row -> {
                if (row.length == ReportColumns.HEADER.size()) {
                    String[] f = figures.get(Long.parseLong(row[0]));
                    row[ReportColumns.COPY_SHARE] = f == null ? "" : f[0];
                    row[ReportColumns.COPY_OF] = f == null ? "" : f[1];
                }
                csv.writeNext(row, false);
            });
            if (csv.checkError()) {
                throw new IOException("cannot write " + tmp);
            }
        }
    }

    /** A copy running on a thread of its own, awaited before anything else is written after it. */
    private static final class Copy {
        interface Work {
            void run() throws IOException;
        }

        private final java.util.concurrent.FutureTask<Void> task;
        private boolean done;

        Copy(Work work) {
            task = new java.util.concurrent.FutureTask<>(() -> {
                work.run();
                return null;
            });
            Thread t = new Thread(task, "ogi-findings-copy");
            t.setDaemon(true);
            t.start();
        }

        /** Waits for the copy to end; its failure is thrown here. */
        void await() throws IOException {
            if (!done) {
                CrossYear.take(task);
                done = true;
            }
        }

        /** Waits for the copy to end, whatever happened, before its output is closed. */
        void end() {
            boolean interrupted = false;
            while (!task.isDone()) {
                try {
                    task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    break; // thrown by await(), or after the pass's own failure
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private interface RowAction {
        void accept(String[] row) throws IOException;
    }

    /** Streams the data rows of a CSV file written by the batch (checking its header) to {@code action}. */
    private static void copy(Path file, List<String> header, RowAction action) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = Csv.reader(r)) {
            String[] h = Csv.stripBom(csv.readNext());
            if (h == null) {
                return;
            }
            if (!List.of(h).equals(header)) {
                throw new BatchException(file + " has other columns than this version writes");
            }
            String[] row;
            while ((row = csv.readNext()) != null) {
                action.accept(row);
            }
        } catch (CsvException e) {
            throw new IOException(file + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }
}
