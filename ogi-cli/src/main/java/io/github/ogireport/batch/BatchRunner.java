package io.github.ogireport.batch;

import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.LimitExceededException;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.run.Reading;
import io.github.ogireport.internal.run.Runner;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@code ogi batch}: parses and checks many reports in parallel in one JVM and writes reports.csv,
 * findings.csv, results.jsonl, crossyear.csv and summary.txt (docs/batch.md).
 *
 * <p>First pass: {@code jobs} work threads each take the next input and read, hash, parse and check it; its
 * rows are written as soon as it completes (completion order; the {@code seq} column is the input's place in
 * the input list) and flushed in small groups ({@link Outputs}), so memory does not grow with the number of
 * inputs and an interrupted run leaves valid files. Each input's read, parse and check run under one deadline
 * ({@link Runner}, the same as {@code ogi check}): past it the input gets a {@code timeout} row, and its thread
 * is interrupted, then stopped if it does not notice. A compact summary per report goes to a work file.
 * Second pass: the cross-year rules over those summaries ({@link CrossYear}).
 */
public final class BatchRunner {
    // the file names and headers live in BatchFiles (Outputs and CrossYearPass use them, not this class)
    public static final String REPORTS = BatchFiles.REPORTS;
    public static final String FINDINGS = BatchFiles.FINDINGS;
    public static final String RESULTS = BatchFiles.RESULTS;
    public static final String CROSSYEAR = BatchFiles.CROSSYEAR;
    public static final String SUMMARY = BatchFiles.SUMMARY;
    /** The work folder (per-report summaries for the cross-year pass). */
    public static final String WORK = BatchFiles.WORK;
    static final String SUMMARIES = BatchFiles.SUMMARIES;

    /** The columns of findings.csv. */
    public static final List<String> FINDINGS_HEADER = BatchFiles.FINDINGS_HEADER;
    /** The columns of crossyear.csv. */
    public static final List<String> CROSSYEAR_HEADER = BatchFiles.CROSSYEAR_HEADER;

    private final BatchOptions options;
    private final Checker checker;
    /**
     * Parses one input on the thread {@link Runner} gave it (a hook for tests; the default parses under the
     * batch's budget, whose deadline is the input's).
     */
    private final BatchRow.Parser parser;
    /** Sees each row just before it is written (a hook for tests: a row whose lines cannot be made). */
    java.util.function.Consumer<BatchRow> beforeWrite = row -> {
    };

    /** A runner with the rules of {@code registry}. */
    public BatchRunner(BatchOptions options, RuleRegistry registry) {
        this(options, registry, (bytes, name) -> Reading.bytes(bytes, name,
                io.github.ogireport.internal.Budget.of(options.limits(), name)));
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
        // work threads: each takes the next input itself and runs its read, parse and check under Runner's
        // deadline; no hand-over per input (handing each file to a pooled thread left a core idle for 50-150 µs
        // a file on this 2-core VM, some 5 % of a small report's time)
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(options.jobs(), inputs.size()));
        CountDownLatch idle = new CountDownLatch(workers);
        ThreadFactory threads = Runner.threads("ogi-batch-worker");
        List<Thread> started = new ArrayList<>(workers);
        try {
            for (int w = 0; w < workers; w++) {
                Thread t = threads.newThread(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < inputs.size() && !out.isClosed();
                                i = next.getAndIncrement()) {
                            Path input = inputs.get(i);
                            try {
                                new Task(i, input, out, stats).run();
                            } catch (java.io.UncheckedIOException e) {
                                throw e;
                            } catch (RuntimeException | Error e) {
                                // not even its error row could be written: counted and said, and the next input
                                stats.noRow();
                                System.err.println(input + ": no row written (internal error): " + e);
                            }
                        }
                    } catch (java.io.UncheckedIOException e) {
                        // the outputs cannot be written (out.failure() has it): this thread stops, run() reports it
                    } finally {
                        idle.countDown();
                    }
                });
                started.add(t);
                t.start();
            }
            awaitUninterruptibly(idle); // every input has its row (or the outputs failed or were closed)
        } finally {
            progress.stop();
            for (Thread t : started) {
                t.interrupt(); // none is running an input by now, unless the outputs failed
            }
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

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeSummary(BatchStats stats) {
        try {
            Files.writeString(options.out().resolve(SUMMARY), stats.toText());
        } catch (IOException e) {
            System.err.println("cannot write " + SUMMARY + ": " + e.getMessage());
        }
    }

    /**
     * One input: read, parsed and checked by {@link Runner} under the one time limit (a thread past it is
     * interrupted, then stopped), its row written exactly once.
     */
    private final class Task implements Runnable {
        final long seq;
        final Path path;
        final Outputs out;
        final BatchStats stats;
        volatile long size = -1;
        volatile String sha256 = "";

        Task(long seq, Path path, Outputs out, BatchStats stats) {
            this.seq = seq;
            this.path = path;
            this.out = out;
            this.stats = stats;
        }

        @Override
        public void run() {
            BatchRow o;
            try {
                o = Runner.run(path.toString(), options.limits(), budget -> {
                    try {
                        return process(this);
                    } catch (LimitExceededException e) {
                        throw e;
                    } catch (Exception e) {
                        return error(this, e instanceof java.io.InterruptedIOException ? "timeout" : "failed",
                                "internal error: " + e);
                    }
                }, stop -> error(this, stop.reason() == Runner.Reason.TIMEOUT
                        || stop.reason() == Runner.Reason.INTERRUPTED ? "timeout" : "unreadable", stop.message()));
            } catch (Throwable e) { // a broken input must not lose its row, whatever it throws
                o = error(this, "failed", "internal error: " + e);
            }
            finish(o);
        }

        private void finish(BatchRow row) {
            if (row == SKIPPED) {
                stats.skip();
                return;
            }
            BatchRow o = row;
            boolean written;
            try {
                beforeWrite.accept(o);
                written = out.write(o);
            } catch (java.io.UncheckedIOException e) {
                throw e; // the outputs cannot be written: the run stops and says so
            } catch (RuntimeException | Error e) {
                // its lines could not be made (out of memory with a huge report's result, say; Outputs appends
                // all of an input's lines or none): an error row in their place, so the input does not disappear
                o = error(this, "failed", "internal error while writing its rows: " + e);
                beforeWrite.accept(o);
                written = out.write(o);
            }
            if (written) {
                stats.row(o.status());
                if ("ok".equals(o.status())) {
                    stats.completeness(o.row()[ReportColumns.META.indexOf("completeness")]);
                }
                for (String[] f : o.findings()) {
                    stats.finding(f[4], Status.valueOf(f[5]), f[6]);
                }
            }
        }
    }

    /** What {@link #process} returns for an input that --resume skips (compared by identity). */
    private static final BatchRow SKIPPED = new BatchRow("skipped", new String[0], List.of(), "", null);

    /** True with --resume when reports.csv has a row for this exact path and content already. */
    private boolean resumed(Task task) {
        return options.resume() && task.out.doneKeys().contains(Outputs.key(task.path, task.sha256));
    }

    private BatchRow process(Task task) throws Exception {
        Path path = task.path;
        String name = path.toString();
        Reading.FileBytes read;
        MessageDigest sha = BatchRow.sha256();
        try {
            read = Reading.read(path, options.maxSize(), sha);
        } catch (NoSuchFileException e) {
            return resumed(task) ? SKIPPED : error(task, "not_found", "file not found");
        } catch (UnreadableException e) {
            return resumed(task) ? SKIPPED : error(task, "io_error", e.getMessage());
        } catch (java.io.InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            return resumed(task) ? SKIPPED : error(task, "io_error", "cannot read: " + e);
        }
        task.size = read.size();
        task.sha256 = HexFormat.of().formatHex(sha.digest());
        if (resumed(task)) {
            return SKIPPED;
        }
        if (read.over()) {
            return error(task, "too_large", io.github.ogireport.ParseLimits.message(name, read.size() + " bytes",
                    String.valueOf(options.maxSize()), "--max-size"));
        }
        Report report = parser.parse(read.bytes(), name);
        CheckResult result = checker.check(report);
        return outcome(task, report, result);
    }

    private BatchRow outcome(Task task, Report report, CheckResult result) {
        return BatchRow.of(task.seq, task.path.toString(), task.size, task.sha256, report, result);
    }

    private BatchRow error(Task task, String status, String message) {
        return BatchRow.error(task.seq, task.path.toString(), task.size, task.sha256, status, message, options);
    }
}
