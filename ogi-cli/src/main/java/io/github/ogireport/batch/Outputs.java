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
 * The first pass's output files, written under one lock, a small group of inputs at a time, each group in the
 * order findings, results, summaries, reports: a reports.csv row is the last thing written for an input, so
 * a row there means the input is complete (what --resume relies on).
 */
final class Outputs {
    /** The four files, in the order a group is written: findings, results, summaries, reports. */
    private final java.io.OutputStream[] files = new java.io.OutputStream[4];
    private static final int FINDINGS = 0;
    private static final int RESULTS = 1;
    private static final int SUMMARIES = 2;
    private static final int REPORTS = 3;
    private final Set<String> doneKeys;
    private final java.nio.channels.FileChannel lockChannel;
    private final java.nio.channels.FileLock lock;
    /**
     * The lines of inputs written since the last write, per file, as UTF-8: a group of inputs goes out as one
     * write per file (not four per input), at the latest after {@link #GROUP_BYTES} bytes or
     * {@link #GROUP_NANOS}. Guarded by {@code this}.
     */
    private final Pending[] pending = {new Pending(), new Pending(), new Pending(), new Pending()};
    private long lastWrite = System.nanoTime();
    private static final int GROUP_BYTES = 1 << 17;
    private static final long GROUP_NANOS = 1_000_000_000L;
    private boolean closed;
    private volatile boolean closedEarly;
    private volatile IOException failure;

    private Outputs(Path dir, boolean bom, Set<String> doneKeys, java.nio.channels.FileChannel lockChannel,
            java.nio.channels.FileLock lock) throws IOException {
        this.doneKeys = doneKeys;
        this.lockChannel = lockChannel;
        this.lock = lock;
        Path reportsFile = dir.resolve(BatchFiles.REPORTS);
        Path findingsFile = dir.resolve(BatchFiles.FINDINGS);
        boolean newReports = !Files.exists(reportsFile) || Files.size(reportsFile) == 0;
        boolean newFindings = !Files.exists(findingsFile) || Files.size(findingsFile) == 0;
        files[REPORTS] = Csv.appendStream(reportsFile);
        files[FINDINGS] = Csv.appendStream(findingsFile);
        files[RESULTS] = Csv.appendStream(dir.resolve(BatchFiles.RESULTS));
        files[SUMMARIES] = Csv.appendStream(dir.resolve(BatchFiles.WORK).resolve(BatchFiles.SUMMARIES));
        if (newReports) {
            header(files[REPORTS], ReportColumns.HEADER, bom);
        }
        if (newFindings) {
            header(files[FINDINGS], BatchFiles.FINDINGS_HEADER, bom);
        }
    }

    /** Writes a header line through a writer of its own, flushed to the file (the lines go straight to it). */
    private static void header(java.io.OutputStream file, List<String> header, boolean bom) throws IOException {
        Writer w = new java.io.OutputStreamWriter(file, StandardCharsets.UTF_8);
        Csv.header(w, Csv.writer(w), header, bom);
        w.flush();
    }

    static Outputs open(BatchOptions o) throws IOException {
        Path dir = o.out();
        Files.createDirectories(dir.resolve(BatchFiles.WORK));
        // one run at a time per folder: a second one (or a --resume while the first still runs) would mix rows
        java.nio.channels.FileChannel lockChannel = java.nio.channels.FileChannel.open(
                dir.resolve(BatchFiles.WORK).resolve("lock"), java.nio.file.StandardOpenOption.CREATE,
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
        Path reports = dir.resolve(BatchFiles.REPORTS);
        boolean previous = Files.exists(reports) && Files.size(reports) > 0;
        if (previous && !o.resume() && !o.overwrite()) {
            throw new BatchException(reports + " exists: use --resume to continue that run, or --overwrite to "
                    + "start again");
        }
        List<Path> files = List.of(reports, dir.resolve(BatchFiles.FINDINGS), dir.resolve(BatchFiles.RESULTS),
                dir.resolve(BatchFiles.WORK).resolve(BatchFiles.SUMMARIES));
        Set<String> keys = new HashSet<>();
        if (o.resume()) {
            for (Path f : files) {
                Csv.truncatePartialLine(f);
            }
            Done done = readDone(reports);
            keys = done.keys;
            dropUnfinished(dir, done);
        } else {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir.resolve(BatchFiles.CROSSYEAR));
            Files.deleteIfExists(dir.resolve(BatchFiles.SUMMARY));
        }
        return new Outputs(dir, o.excel() || Csv.hasBom(reports), keys, lockChannel, lock);
    }

    /** What --resume skips: the exact path (by its {@link #pathId}) with the same content. */
    static String key(Path path, String sha256) {
        return pathId(path) + ' ' + sha256;
    }

    /**
     * The SHA-256 of the path exactly as given (UTF-8 of {@link Path#toString}): reversible where the
     * {@code path} column is not (its line breaks are spaces, a leading {@code =} gets an apostrophe).
     */
    static String pathId(Path path) {
        return pathId(path.toString());
    }

    /** The SHA-256 of a path's UTF-8, hex. */
    static String pathId(String path) {
        return java.util.HexFormat.of().formatHex(PATH_DIGEST.get().digest(path.getBytes(StandardCharsets.UTF_8)));
    }

    /** A digest per thread for {@link #pathId} alone (a content digest may be half-way on the same thread). */
    private static final ThreadLocal<java.security.MessageDigest> PATH_DIGEST =
            ThreadLocal.withInitial(BatchRow::newSha256);

    /** The inputs reports.csv has rows for. */
    private static final class Done {
        /** {@link #key}s. */
        final Set<String> keys = new HashSet<>();
        /** {@code seq sha256} of each row: how the other files' lines name their input. */
        final Set<String> seqs = new HashSet<>();
        long rows;
    }

    private static Done readDone(Path reports) throws IOException {
        Done done = new Done();
        if (!Files.exists(reports) || Files.size(reports) == 0) {
            return done;
        }
        try (Reader r = Files.newBufferedReader(reports, StandardCharsets.UTF_8); CSVReader csv = Csv.reader(r)) {
            String[] header = Csv.stripBom(csv.readNext());
            if (header == null) {
                return done;
            }
            if (!Arrays.asList(header).equals(ReportColumns.HEADER)) {
                throw new BatchException(reports + " has other columns (written by another version?): "
                        + "use another --out folder, or --overwrite");
            }
            int sha = ReportColumns.META.indexOf("sha256");
            String[] row;
            while ((row = csv.readNext()) != null) {
                if (row.length == ReportColumns.HEADER.size()) {
                    done.keys.add(row[ReportColumns.PATH_SHA256] + ' ' + row[sha]);
                    done.seqs.add(row[0] + ' ' + row[sha]);
                    done.rows++;
                }
            }
        } catch (CsvException e) {
            throw new BatchException(reports + " cannot be read as CSV: " + e.getMessage());
        }
        return done;
    }

    /**
     * Removes the lines of inputs whose reports.csv row was never written (a kill between an input's writes):
     * findings and summaries lines name their input by seq and SHA-256; results.jsonl has one line per row,
     * in the same order, so it keeps its first {@code rows} lines. The resumed run writes those inputs again.
     */
    private static void dropUnfinished(Path dir, Done done) throws IOException {
        com.opencsv.ICSVParser parser = new com.opencsv.RFC4180ParserBuilder().build();
        boolean[] header = {true};
        Csv.keepLines(dir.resolve(BatchFiles.FINDINGS), line -> {
            if (header[0]) {
                header[0] = false;
                return true;
            }
            try {
                String[] f = parser.parseLine(line);
                return f.length > 2 && done.seqs.contains(f[0] + ' ' + f[2]);
            } catch (IOException e) {
                return false;
            }
        });
        Csv.keepLines(dir.resolve(BatchFiles.WORK).resolve(BatchFiles.SUMMARIES), line -> {
            String[] f = line.split("\t", 4);
            return f.length > 2 && done.seqs.contains(f[0] + ' ' + f[2]);
        });
        long[] n = {0};
        Csv.keepLines(dir.resolve(BatchFiles.RESULTS), line -> n[0]++ < done.rows);
    }

    Set<String> doneKeys() {
        return doneKeys;
    }

    /** Writes one input's rows; false when the outputs are closed already (interrupted). */
    boolean write(BatchRow o) {
        // the lines are made and encoded on the worker's own thread: only the appends wait for the other workers
        Lines lines = LINES.get();
        byte[] findingLines = lines.of(o.findings()).getBytes(StandardCharsets.UTF_8);
        byte[] resultLine = (o.json() + '\n').getBytes(StandardCharsets.UTF_8);
        byte[] summaryLine = o.summary() == null ? null : (o.summary() + '\n').getBytes(StandardCharsets.UTF_8);
        byte[] reportLine = lines.of(List.<String[]>of(o.row())).getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            if (closed) {
                return false;
            }
            // room for all four first: an input's lines are appended all or none (out of memory, say)
            pending[FINDINGS].reserve(findingLines.length);
            pending[RESULTS].reserve(resultLine.length);
            pending[SUMMARIES].reserve(summaryLine == null ? 0 : summaryLine.length);
            pending[REPORTS].reserve(reportLine.length);
            pending[FINDINGS].add(findingLines);
            pending[RESULTS].add(resultLine);
            if (summaryLine != null) {
                pending[SUMMARIES].add(summaryLine);
            }
            pending[REPORTS].add(reportLine);
            long now = System.nanoTime();
            if (pending[FINDINGS].length + pending[RESULTS].length + pending[SUMMARIES].length
                    + pending[REPORTS].length >= GROUP_BYTES || now - lastWrite >= GROUP_NANOS) {
                try {
                    writePending();
                } catch (IOException e) {
                    failure = e;
                    throw new UncheckedIOException(e);
                }
                lastWrite = now;
            }
            return true;
        }
    }

    /**
     * Writes the lines kept, file by file in the order findings, results, summaries, reports: a reports.csv row
     * reaches its file only after the input's other lines have reached theirs.
     */
    private void writePending() throws IOException {
        for (int i = 0; i < files.length; i++) {
            Pending p = pending[i];
            if (p.length > 0) {
                files[i].write(p.bytes, 0, p.length);
                p.length = 0;
            }
        }
    }

    /** Bytes kept for one file. */
    private static final class Pending {
        byte[] bytes = new byte[1 << 14];
        int length;

        void reserve(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        void add(byte[] b) {
            reserve(b.length);
            System.arraycopy(b, 0, bytes, length, b.length);
            length += b.length;
        }
    }

    /** Rows as CSV lines, as {@link Csv#writer} writes them; one per thread. */
    private static final class Lines {
        private final java.io.StringWriter out = new java.io.StringWriter();
        private final ICSVWriter csv = Csv.writer(out);

        String of(List<String[]> rows) {
            out.getBuffer().setLength(0);
            for (String[] row : rows) {
                csv.writeNext(row, false);
            }
            return out.toString();
        }
    }

    private static final ThreadLocal<Lines> LINES = ThreadLocal.withInitial(Lines::new);

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
        if (failure == null) {
            try {
                writePending();
            } catch (IOException e) {
                failure = e;
            }
        }
        for (AutoCloseable c : files) {
            try {
                c.close();
            } catch (Exception e) {
                // closing what was flushed: nothing is lost
            }
        }
    }

    /** True once the files are closed (the run ended, or the shutdown hook closed them). */
    synchronized boolean isClosed() {
        return closed;
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
