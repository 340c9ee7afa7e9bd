package io.github.ogireport.batch;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@code ogi batch}: parses and checks many reports in parallel in one JVM and writes reports.csv,
 * findings.csv, results.jsonl, crossyear.csv and summary.txt (docs/batch.md).
 *
 * <p>First pass: each input is read, hashed, parsed and checked in a task of its own, at most {@code jobs} at
 * a time; its rows are written as soon as it completes (completion order; the {@code seq} column is the
 * input's place in the input list) and flushed, so memory does not grow with the number of inputs and an
 * interrupted run leaves valid files. A task past the time limit is cancelled and gets a {@code timeout} row;
 * its thread, if the parser does not notice the interrupt, finishes in the background and its result is
 * dropped, while a new thread takes its place. A compact summary per report goes to a work file on disk.
 * Second pass: the cross-year rules over those summaries ({@link CrossYear}).
 */
public final class BatchRunner {
    public static final String REPORTS = "reports.csv";
    public static final String FINDINGS = "findings.csv";
    public static final String RESULTS = "results.jsonl";
    public static final String CROSSYEAR = "crossyear.csv";
    public static final String SUMMARY = "summary.txt";
    /** The work folder (per-report summaries for the cross-year pass). */
    public static final String WORK = ".ogi-batch";
    static final String SUMMARIES = "summaries.tsv";

    /** The columns of findings.csv. */
    public static final List<String> FINDINGS_HEADER = List.of("seq", "file", "sha256", "scope", "rule", "status",
            "severity", "cells", "message", "message_en", "other_file");
    /** The columns of crossyear.csv. */
    public static final List<String> CROSSYEAR_HEADER = List.of("seq", "file", "organ_key", "year", "prev_seq",
            "prev_file", "prev_year", "copy_share", "T2-Y1", "T1-Y1");

    private final BatchOptions options;
    private final Checker checker;
    private final BatchRow.Parser parser;

    /** A runner with the rules of {@code registry}. */
    public BatchRunner(BatchOptions options, RuleRegistry registry) {
        this(options, registry, (bytes, name) -> OgiReports.parse(bytes, name, options.limits()));
    }

    BatchRunner(BatchOptions options, RuleRegistry registry, BatchRow.Parser parser) {
        this.options = Objects.requireNonNull(options, "options");
        this.checker = new Checker(registry, options.config());
        this.parser = parser;
    }

    /**
     * Processes {@code inputs} (files; the caller expands folders and list files).
     *
     * @throws BatchException when the output folder cannot be used (a previous run without --resume or
     *                        --overwrite, other columns)
     * @throws IOException    when the outputs cannot be written
     */
    public BatchStats run(List<Path> inputs) throws IOException {
        BatchStats stats = new BatchStats(inputs.size());
        Outputs out = Outputs.open(options);
        AtomicBoolean finished = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            if (!finished.get()) {
                stats.finish(true);
                out.interrupt();
                writeSummary(stats);
            }
        }, "ogi-batch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Progress progress = new Progress(stats, options.progress());
        ExecutorService pool = Executors.newCachedThreadPool(daemon("ogi-batch-worker"));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon("ogi-batch-timer"));
        timer.setRemoveOnCancelPolicy(true);
        Semaphore slots = new Semaphore(options.jobs());
        try {
            for (int i = 0; i < inputs.size(); i++) {
                slots.acquireUninterruptibly();
                Task task = new Task(i, inputs.get(i), out, stats, slots);
                task.timeout = timer.schedule(task::timeout, options.timeout().toMillis(), TimeUnit.MILLISECONDS);
                task.future = pool.submit(task);
            }
            slots.acquireUninterruptibly(options.jobs()); // every task has written its row (or timed out)
            slots.release(options.jobs());
        } finally {
            progress.stop();
            pool.shutdownNow();
            timer.shutdownNow();
        }
        out.close();
        try {
            if (out.failure() != null) {
                throw out.failure();
            }
            if (!out.wasClosedEarly()) {
                CrossYearPass.run(options, stats);
            }
            stats.finish(out.wasClosedEarly());
            finished.set(true);
            writeSummary(stats);
        } finally {
            finished.set(true);
            out.unlock();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already
            }
        }
        return stats;
    }

    private void writeSummary(BatchStats stats) {
        try {
            Files.writeString(options.out().resolve(SUMMARY), stats.toText());
        } catch (IOException e) {
            System.err.println("cannot write " + SUMMARY + ": " + e.getMessage());
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** One input: processed once, its row written exactly once (by itself or by its timeout). */
    private final class Task implements Runnable {
        final long seq;
        final Path path;
        final Outputs out;
        final BatchStats stats;
        final Semaphore slots;
        final AtomicBoolean claimed = new AtomicBoolean();
        volatile Future<?> future;
        volatile ScheduledFuture<?> timeout;
        volatile long size = -1;
        volatile String sha256 = "";

        Task(long seq, Path path, Outputs out, BatchStats stats, Semaphore slots) {
            this.seq = seq;
            this.path = path;
            this.out = out;
            this.stats = stats;
            this.slots = slots;
        }

        @Override
        public void run() {
            BatchRow o;
            try {
                o = process(this);
            } catch (Throwable e) { // a broken input must not lose its row, whatever it throws
                o = error(this, "failed", "internal error: " + e);
            }
            if (claimed.compareAndSet(false, true)) {
                ScheduledFuture<?> t = timeout;
                if (t != null) {
                    t.cancel(false);
                }
                finish(o);
            }
        }

        void timeout() {
            if (claimed.compareAndSet(false, true)) {
                Future<?> f = future;
                if (f != null) {
                    f.cancel(true);
                }
                finish(BatchRow.timeout(seq, path.toString(), size, sha256, options));
            }
        }

        /** Writes the row of this input; {@link #SKIPPED} counts it as skipped. */
        private void finish(BatchRow o) {
            try {
                if (o == SKIPPED) {
                    stats.skip();
                } else if (out.write(o)) {
                    stats.row(o.status());
                    for (String[] f : o.findings()) {
                        stats.finding(f[4], Status.valueOf(f[5]), f[6]);
                    }
                }
            } finally {
                slots.release();
            }
        }
    }

    /** What {@link #process} returns for an input that --resume skips (compared by identity). */
    private static final BatchRow SKIPPED = new BatchRow("skipped", new String[0], List.of(), "", null);

    /** True with --resume when reports.csv has a row for this path and content already. */
    private boolean resumed(Task task) {
        return options.resume() && task.out.doneKeys().contains(Outputs.key(task.path.toString(), task.sha256));
    }

    private BatchRow process(Task task) throws Exception {
        Path path = task.path;
        String name = path.toString();
        long size;
        try {
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            return resumed(task) ? SKIPPED : error(task, "not_found", "file not found");
        } catch (IOException e) {
            return resumed(task) ? SKIPPED : error(task, "io_error", "cannot read: " + e);
        }
        task.size = size;
        if (Files.isDirectory(path)) {
            return resumed(task) ? SKIPPED : error(task, "io_error", "a folder, not a file");
        }
        byte[] bytes = null;
        MessageDigest sha = BatchRow.sha256();
        if (size > options.maxSize()) {
            try (InputStream in = Files.newInputStream(path)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = in.read(buf)) > 0) {
                    sha.update(buf, 0, n);
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException();
                    }
                }
            }
            task.sha256 = HexFormat.of().formatHex(sha.digest());
        } else {
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                return resumed(task) ? SKIPPED : error(task, "io_error", "cannot read: " + e);
            }
            task.sha256 = HexFormat.of().formatHex(sha.digest(bytes));
        }
        if (resumed(task)) {
            return SKIPPED;
        }
        return BatchRow.parsed(task.seq, name, bytes, size, task.sha256, options, parser, checker);
    }

    private BatchRow error(Task task, String status, String message) {
        return BatchRow.error(task.seq, task.path.toString(), task.size, task.sha256, status, message, options);
    }
}
