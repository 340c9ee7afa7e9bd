package io.github.ogireport.batch;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.Report;
import io.github.ogireport.output.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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

    /** Reads one input (a hook for tests; the default is {@link OgiReports#parse(byte[], String)}). */
    interface Parser {
        Report parse(byte[] bytes, String name) throws Exception;
    }

    private final BatchOptions options;
    private final Checker checker;
    private final Parser parser;

    /** A runner with the rules of {@code registry}. */
    public BatchRunner(BatchOptions options, RuleRegistry registry) {
        this(options, registry, (bytes, name) -> OgiReports.parse(bytes, name, options.limits()));
    }

    BatchRunner(BatchOptions options, RuleRegistry registry, Parser parser) {
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
            Outcome o;
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
                finish(error(this, "timeout", "took longer than " + options.timeout().toMillis() / 1000.0
                        + " s (--timeout)"));
            }
        }

        private void finish(Outcome o) {
            try {
                if (o.skipped()) {
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

    private static final Outcome SKIPPED = new Outcome("skipped", true, null, List.of(), null, null);

    /** True with --resume when reports.csv has a row for this path and content already. */
    private boolean resumed(Task task) {
        return options.resume() && task.out.doneKeys().contains(Outputs.key(task.path.toString(), task.sha256));
    }

    private Outcome process(Task task) throws Exception {
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
        MessageDigest sha = sha256();
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
        if (bytes == null) {
            return error(task, "too_large", io.github.ogireport.ParseLimits.message(name, size + " bytes",
                    String.valueOf(options.maxSize()), "--max-size"));
        }
        Report report;
        try {
            report = parser.parse(bytes, name);
        } catch (OutOfMemoryError | StackOverflowError e) {
            return error(task, "unreadable", "too large or too deeply nested to parse: " + e.getClass().getSimpleName());
        }
        CheckResult result = checker.check(report);
        return outcome(task, report, result);
    }

    private Outcome outcome(Task task, Report report, CheckResult result) {
        String name = task.path.toString();
        List<String> row = new ArrayList<>(ReportColumns.HEADER.size());
        boolean ok = report.isReadable();
        long errors = 0;
        long warnings = 0;
        long infos = 0;
        List<String[]> findings = new ArrayList<>();
        for (Finding f : result.shown()) {
            if (f.status() == Status.PASS) {
                continue;
            }
            if (f.severity() == Severity.ERROR) {
                errors++;
            } else if (f.severity() == Severity.WARNING) {
                warnings++;
            } else {
                infos++;
            }
            StringBuilder cells = new StringBuilder();
            for (CellRef c : f.cells()) {
                cells.append(cells.length() == 0 ? "" : " ").append(c.path());
            }
            findings.add(new String[] {Long.toString(task.seq), CsvText.safe(name), task.sha256, "report", f.ruleId(),
                f.status().name(), f.severity().name(), cells.toString(), CsvText.safe(f.messageZh()),
                CsvText.safe(f.messageEn()), ""});
        }
        row.add(Long.toString(task.seq));
        row.add(CsvText.safe(name));
        row.add(Long.toString(task.size));
        row.add(task.sha256);
        row.add(ok ? "ok" : "unreadable");
        row.add(CsvText.safe(report.error().orElse("")));
        row.add(ok ? report.format().name() : "");
        row.add(report.year().isPresent() ? Integer.toString(report.year().getAsInt()) : "");
        row.add(CsvText.safe(report.agency().orElse("")));
        row.add(CsvText.safe(report.agency().map(OrganKey::of).orElse("")));
        row.add(result.verdict().name());
        row.add(ok ? Long.toString(errors) : "");
        row.add(ok ? Long.toString(warnings) : "");
        row.add(ok ? Long.toString(infos) : "");
        row.add(""); // copy_share: the cross-year pass fills it in
        row.add(""); // copy_of
        row.addAll(ReportColumns.cells(report));
        Optional<ReportSummary> summary = ReportSummary.of(task.seq, name, task.sha256, report);
        return new Outcome(ok ? "ok" : "unreadable", false, row.toArray(new String[0]), findings,
                ResultJson.toJson(result), summary.map(ReportSummary::toLine).orElse(null));
    }

    private Outcome error(Task task, String status, String message) {
        String name = task.path.toString();
        Report report = Report.unreadable(name, "", message);
        List<String> row = new ArrayList<>(ReportColumns.HEADER.size());
        row.add(Long.toString(task.seq));
        row.add(CsvText.safe(name));
        row.add(task.size < 0 ? "" : Long.toString(task.size));
        row.add(task.sha256);
        row.add(status);
        row.add(CsvText.safe(message));
        while (row.size() < ReportColumns.HEADER.size()) {
            row.add("");
        }
        row.set(ReportColumns.META.indexOf("verdict"), CheckResult.Verdict.UNREADABLE.name());
        return new Outcome(status, false, row.toArray(new String[0]), List.of(),
                ResultJson.toJson(new CheckResult(report, List.of(), options.config())), null);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
