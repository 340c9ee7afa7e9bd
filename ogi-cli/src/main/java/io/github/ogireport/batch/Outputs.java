package io.github.ogireport.batch;

import com.opencsv.CSVReader;
import com.opencsv.ICSVWriter;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first pass's output files, written one input at a time under one lock and flushed after each, in the
 * order findings, results, summaries, reports: a reports.csv row is the last thing written for an input, so
 * a row there means the input is complete (what --resume relies on).
 */
final class Outputs {
    private final Writer reportsOut;
    private final ICSVWriter reports;
    private final Writer findingsOut;
    private final ICSVWriter findings;
    private final Writer results;
    private final Writer summaries;
    private final Set<String> doneKeys;
    private final java.nio.channels.FileChannel lockChannel;
    private final java.nio.channels.FileLock lock;
    private boolean closed;
    private volatile boolean closedEarly;
    private volatile IOException failure;

    private Outputs(Path dir, boolean bom, Set<String> doneKeys, java.nio.channels.FileChannel lockChannel,
            java.nio.channels.FileLock lock) throws IOException {
        this.doneKeys = doneKeys;
        this.lockChannel = lockChannel;
        this.lock = lock;
        Path reportsFile = dir.resolve(BatchRunner.REPORTS);
        Path findingsFile = dir.resolve(BatchRunner.FINDINGS);
        boolean newReports = !Files.exists(reportsFile) || Files.size(reportsFile) == 0;
        boolean newFindings = !Files.exists(findingsFile) || Files.size(findingsFile) == 0;
        reportsOut = Csv.appender(reportsFile);
        reports = Csv.writer(reportsOut);
        findingsOut = Csv.appender(findingsFile);
        findings = Csv.writer(findingsOut);
        results = Csv.appender(dir.resolve(BatchRunner.RESULTS));
        summaries = Csv.appender(dir.resolve(BatchRunner.WORK).resolve(BatchRunner.SUMMARIES));
        if (newReports) {
            Csv.header(reportsOut, reports, ReportColumns.HEADER, bom);
        }
        if (newFindings) {
            Csv.header(findingsOut, findings, BatchRunner.FINDINGS_HEADER, bom);
        }
    }

    static Outputs open(BatchOptions o) throws IOException {
        Path dir = o.out();
        Files.createDirectories(dir.resolve(BatchRunner.WORK));
        // one run at a time per folder: a second one (or a --resume while the first still runs) would mix rows
        java.nio.channels.FileChannel lockChannel = java.nio.channels.FileChannel.open(
                dir.resolve(BatchRunner.WORK).resolve("lock"), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        java.nio.channels.FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new BatchException("another ogi batch is writing to " + dir + ": wait for it or stop it first");
        }
        try {
            return open(o, dir, lockChannel, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    private static Outputs open(BatchOptions o, Path dir, java.nio.channels.FileChannel lockChannel,
            java.nio.channels.FileLock lock) throws IOException {
        Path reports = dir.resolve(BatchRunner.REPORTS);
        boolean previous = Files.exists(reports) && Files.size(reports) > 0;
        if (previous && !o.resume() && !o.overwrite()) {
            throw new BatchException(reports + " exists: use --resume to continue that run, or --overwrite to "
                    + "start again");
        }
        List<Path> files = List.of(reports, dir.resolve(BatchRunner.FINDINGS), dir.resolve(BatchRunner.RESULTS),
                dir.resolve(BatchRunner.WORK).resolve(BatchRunner.SUMMARIES));
        Set<String> keys = new HashSet<>();
        if (o.resume()) {
            for (Path f : files) {
                Csv.truncatePartialLine(f);
            }
            keys = readKeys(reports);
        } else {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir.resolve(BatchRunner.CROSSYEAR));
            Files.deleteIfExists(dir.resolve(BatchRunner.SUMMARY));
        }
        return new Outputs(dir, o.excel() || Csv.hasBom(reports), keys, lockChannel, lock);
    }

    static String key(String path, String sha256) {
        return path + '\u0000' + sha256;
    }

    private static Set<String> readKeys(Path reports) throws IOException {
        Set<String> keys = new HashSet<>();
        if (!Files.exists(reports) || Files.size(reports) == 0) {
            return keys;
        }
        try (Reader r = Files.newBufferedReader(reports, StandardCharsets.UTF_8); CSVReader csv = Csv.reader(r)) {
            String[] header = Csv.stripBom(csv.readNext());
            if (header == null) {
                return keys;
            }
            if (!Arrays.asList(header).equals(ReportColumns.HEADER)) {
                throw new BatchException(reports + " has other columns (written by another version?): "
                        + "use another --out folder, or --overwrite");
            }
            int path = ReportColumns.META.indexOf("path");
            int sha = ReportColumns.META.indexOf("sha256");
            String[] row;
            while ((row = csv.readNext()) != null) {
                if (row.length > sha) {
                    keys.add(key(CsvText.unsafe(row[path]), row[sha]));
                }
            }
        } catch (CsvException e) {
            throw new BatchException(reports + " cannot be read as CSV: " + e.getMessage());
        }
        return keys;
    }

    Set<String> doneKeys() {
        return doneKeys;
    }

    /** Writes one input's rows; false when the outputs are closed already (interrupted). */
    synchronized boolean write(BatchRow o) {
        if (closed) {
            return false;
        }
        try {
            for (String[] f : o.findings()) {
                findings.writeNext(f, false);
            }
            findings.flush();
            results.write(o.json());
            results.write('\n');
            results.flush();
            if (o.summary() != null) {
                summaries.write(o.summary());
                summaries.write('\n');
                summaries.flush();
            }
            reports.writeNext(o.row(), false);
            reports.flush();
            if (reports.checkError() || findings.checkError()) {
                throw new IOException("cannot write the CSV files");
            }
            return true;
        } catch (IOException e) {
            failure = e;
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the files (the shutdown hook calls this while tasks may still run: later writes are refused). */
    synchronized void interrupt() {
        closedEarly = !closed;
        close();
    }

    synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (AutoCloseable c : new AutoCloseable[] {findings, results, summaries, reports}) {
            try {
                c.close();
            } catch (Exception e) {
                // closing what was flushed after every row: nothing is lost
            }
        }
    }

    /** Lets another run use the folder (after the cross-year pass). */
    void unlock() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // the lock goes with the process anyway
        }
    }

    boolean wasClosedEarly() {
        return closedEarly;
    }

    /** The first write failure, if any. */
    IOException failure() {
        return failure;
    }
}
