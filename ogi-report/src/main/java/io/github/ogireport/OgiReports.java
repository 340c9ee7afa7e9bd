package io.github.ogireport;

import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.LimitExceededException;
import io.github.ogireport.internal.io.Decoded;
import io.github.ogireport.internal.io.Decoder;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.layout.HtmlLayout;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.TextLayout;
import io.github.ogireport.internal.recognize.ReportRecognizer;
import io.github.ogireport.internal.layout.Documents;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The entry point: parses a government information-disclosure annual report into a {@link Report}.
 *
 * <pre>{@code
 * Report report = OgiReports.parse(Path.of("2024-report.html"));
 * report.t2().flatMap(t -> t.cell(T2Row.NEW, T2Column.TOT)).ifPresent(System.out::println);
 * CheckResult checked = OgiReports.check(report);
 * checked.shown().forEach(f -> System.out.println(f.ruleId() + " " + f.message(Locale.CHINESE)));
 * }</pre>
 *
 * <p>Parsing never throws for bad content: a file that is empty, binary or not a report gives a report with
 * an {@link Report#error() error}; a report with unreadable parts lists them in {@link Report#problems()}.
 * Exceptions are thrown only for misuse (null arguments) and I/O failures. All methods are thread-safe.
 *
 * <p>Every parse stays within {@link ParseLimits} ({@link ParseLimits#defaults()} unless given): a file over a
 * limit (size, characters, table cells, span, time, pages) gives a report whose error names the file, the
 * limit and its option, e.g. {@code report.pdf: 5000 pages, over the limit of 500 (--max-pages)}. A parse
 * with a time limit runs in a thread of its own, interrupted when the time is up.
 */
public final class OgiReports {
    /** The stack of a parse thread: deeply nested markup is walked recursively. */
    private static final long PARSE_STACK = 64L * 1024 * 1024;

    private OgiReports() {
    }

    /**
     * Parses a report file. The container (page text, Markdown, HTML, PDF, Word) and the charset are detected
     * from the bytes and the file name. PDF and Word files are read through Apache Tika, loaded only then.
     *
     * @param file the report file
     * @return the report; a file that cannot be read gives a report with an error, not an exception
     * @throws IOException when the file cannot be read
     */
    public static Report parse(Path file) throws IOException {
        return parse(file, ParseLimits.defaults());
    }

    /**
     * Parses a report file within {@code limits}; a file over the size limit is not read.
     *
     * @param file the report file
     * @param limits the parse limits
     * @return the report; a file that cannot be read gives a report with an error, not an exception
     * @throws IOException when the file cannot be read
     */
    public static Report parse(Path file, ParseLimits limits) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            return tooLarge(file.toString(), size, limits);
        }
        return parse(Files.readAllBytes(file), file.toString(), limits);
    }

    /**
     * Parses a report from a stream (read to its end, but at most one byte past the default size limit; not
     * closed).
     *
     * @param fileName the file name, used to detect the container and named in errors
     * @param in the report's content
     * @return the report; a file that cannot be read gives a report with an error, not an exception
     * @throws IOException when the stream cannot be read
     */
    public static Report parse(InputStream in, String fileName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        ParseLimits limits = ParseLimits.defaults();
        // at most one byte over the limit is read: an endless stream does not fill the memory
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            return Report.unreadable(fileName, "application/octet-stream", ParseLimits.message(fileName,
                    "more than " + limits.maxBytes() + " bytes", String.valueOf(limits.maxBytes()), "--max-size"));
        }
        return parse(bytes, fileName, limits);
    }

    /**
     * Parses a report from bytes.
     *
     * @param fileName the file name, used to detect the container and named in errors
     * @param bytes the report's content
     * @return the report; a file that cannot be read gives a report with an error, not an exception
     */
    public static Report parse(byte[] bytes, String fileName) {
        return parse(bytes, fileName, ParseLimits.defaults());
    }

    /**
     * Parses a report from bytes within {@code limits}.
     *
     * @param fileName the file name, used to detect the container and named in errors
     * @param bytes the report's content
     * @param limits the parse limits
     * @return the report; a file that cannot be read gives a report with an error, not an exception
     */
    public static Report parse(byte[] bytes, String fileName, ParseLimits limits) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(limits, "limits");
        if (bytes.length > limits.maxBytes()) {
            return tooLarge(fileName, bytes.length, limits);
        }
        return withinLimits(fileName, limits, budget -> read(bytes, fileName, budget));
    }

    private static Report tooLarge(String fileName, long size, ParseLimits limits) {
        return Report.unreadable(fileName, "application/octet-stream", ParseLimits.message(fileName,
                size + " bytes", String.valueOf(limits.maxBytes()), "--max-size"));
    }

    private static Report read(byte[] bytes, String fileName, Budget budget) {
        Decoder.Binary binary = bytes.length == 0 ? null : Decoder.binary(bytes);
        if (binary != null) {
            // PDF and Word: the only path that loads Tika (and pays its start-up)
            try {
                Documents.Read read = Documents.read(bytes, fileName, binary, budget);
                return ReportRecognizer.recognize(fileName, read.contentType(), read.layout());
            } catch (UnreadableException e) {
                return Report.unreadable(fileName, binary == Decoder.Binary.PDF ? "application/pdf"
                        : "application/octet-stream", e.getMessage());
            }
        }
        // any charset read here takes at most 4 bytes a character: over 4 x the limit is over it for sure,
        // found without decoding (a 100 MB line is not turned into a string to be refused)
        budget.chars(bytes.length / 4);
        Decoded decoded;
        try {
            decoded = Decoder.decode(bytes, fileName);
        } catch (UnreadableException e) {
            return Report.unreadable(fileName, "application/octet-stream", e.getMessage());
        }
        return recognize(fileName, decoded, budget);
    }

    /**
     * Parses a report given as text: page text, Markdown or HTML (detected from the content).
     *
     * @param text the report's text
     * @return the report
     */
    public static Report parse(String text) {
        return parse(text, ParseLimits.defaults());
    }

    /**
     * Parses a report given as text within {@code limits} (the size limit does not apply: the text is read).
     *
     * @param text the report's text
     * @param limits the parse limits
     * @return the report
     */
    public static Report parse(String text, ParseLimits limits) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(limits, "limits");
        if (text.isEmpty()) {
            return Report.unreadable("<text>", "text/plain", "empty text");
        }
        boolean html = text.stripLeading().startsWith("<");
        return withinLimits("<text>", limits, budget -> recognize("<text>", new Decoded(text, "UTF-16",
                html ? Decoded.Container.HTML : Decoded.Container.TEXT), budget));
    }

    private static Report recognize(String source, Decoded decoded, Budget budget) {
        budget.text(decoded.text().length());
        Layout layout = decoded.container() == Decoded.Container.HTML
                ? HtmlLayout.parse(decoded.text(), budget)
                : TextLayout.parse(decoded.text(), budget);
        budget.tick();
        return ReportRecognizer.recognize(source, decoded.contentType(), layout);
    }

    /** How long a parse thread past its time limit has to notice the interrupt. */
    private static final long GRACE_MS = 2_000;

    /**
     * Stops a parse thread that did not end within {@link #GRACE_MS} of its interrupt: one stuck in a library
     * loop that never checks for it (PDFBox expanding a CMap range of billions of codes from a broken PDF,
     * found by the fuzzer: testdata/fuzz/fuzz-docs-20261128-4052-2024-f2021-owner-password.pdf). The thread
     * holds only that parse's own objects, so stopping it harms nothing shared; without it, it would spin
     * for hours.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static void stopIfStuck(AtomicReference<Thread> runner) {
        Thread worker = runner.get();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MS);
        while (worker != null && runner.get() == worker && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (worker != null && runner.get() == worker) {
            try {
                worker.stop(); // the pool replaces the thread
            } catch (UnsupportedOperationException e) {
                // a later Java: the daemon thread is left to finish on its own
            }
        }
    }

    /**
     * The threads parses run on when they have a time limit: reused, since creating a thread (with its large
     * stack) per parse halved the throughput on small reports (seed: 806 against 1,822 reports/s).
     */
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "ogi-parse", PARSE_STACK);
        t.setDaemon(true);
        return t;
    });

    /** One parse under {@code limits}: within its time limit, a limit hit or a stack exhausted is an error. */
    private static Report withinLimits(String fileName, ParseLimits limits,
            java.util.function.Function<Budget, Report> parse) {
        Supplier<Report> guarded = () -> {
            try {
                return parse.apply(Budget.of(limits, fileName));
            } catch (LimitExceededException e) {
                return Report.unreadable(fileName, "", e.getMessage());
            } catch (StackOverflowError e) {
                return Report.unreadable(fileName, "", fileName + ": too deeply nested to parse");
            }
        };
        if (limits.timeout().isZero()) {
            return guarded.get();
        }
        AtomicReference<Thread> runner = new AtomicReference<>();
        FutureTask<Report> task = new FutureTask<>(() -> {
            runner.set(Thread.currentThread());
            try {
                return guarded.get();
            } finally {
                runner.set(null);
                Thread.interrupted(); // a pooled thread must not carry this parse's interrupt to the next
            }
        });
        PARSERS.execute(task);
        try {
            return task.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true); // the parse checks for the interrupt in its loops and stops
            stopIfStuck(runner);
            String limit = ParseLimits.seconds(limits.timeout());
            return Report.unreadable(fileName, "", ParseLimits.message(fileName, "still parsing after " + limit,
                    limit, "--timeout"));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            return Report.unreadable(fileName, "", fileName + ": interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Checks a parsed report with the built-in rules and the default configuration.
     *
     * @param report a parsed report
     * @return its findings and verdict
     */
    public static CheckResult check(Report report) {
        return check(report, CheckConfig.defaults());
    }

    /**
     * Checks a parsed report with the built-in rules (and any found by ServiceLoader) under {@code config}.
     *
     * @param report a parsed report
     * @param config which rules run, and their settings
     * @return its findings and verdict
     */
    public static CheckResult check(Report report, CheckConfig config) {
        return new Checker(Rules.REGISTRY, config).check(report);
    }

    /**
     * Like {@link #parse(Path)} but with I/O failures unchecked, for use in streams.
     *
     * @param file the report file
     * @return the report; a file that cannot be read gives a report with an error, not an exception
     */
    public static Report parseUnchecked(Path file) {
        try {
            return parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules of {@link #check}: built-in and ServiceLoader ones, found once (rules are stateless). */
    private static final class Rules {
        static final RuleRegistry REGISTRY = RuleRegistry.withServiceLoader();
    }
}
