package io.github.ogireport;

import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.internal.run.Reading;
import io.github.ogireport.internal.run.Runner;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

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
 * with a time limit runs on the caller's thread, which is interrupted when the time is up (the parse stops at
 * its next check of the interrupt, and the caller's thread keeps no interrupt of it); the PDF and Word readers,
 * third-party code, run in a pooled thread of their own, stopped shortly after the time is up if they do not
 * notice.
 */
public final class OgiReports {
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
     * Parses a report file within {@code limits}: only a regular file is read (a folder, a FIFO or a device
     * gives a report with an error), and not beyond the size limit, counted as it is read. The time limit
     * covers the read.
     *
     * @param file the report file
     * @param limits the parse limits
     * @return the report; a file that cannot be read gives a report with an error, not an exception
     * @throws IOException when the file cannot be read
     */
    public static Report parse(Path file, ParseLimits limits) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        try {
            return Runner.runHere(file.toString(), limits, budget -> {
                try {
                    return Reading.file(file, budget);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, stop -> unreadable(file.toString(), stop));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
            return Reading.tooLarge(fileName, "more than " + limits.maxBytes() + " bytes", limits);
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
        return Runner.runHere(fileName, limits, budget -> Reading.bytes(bytes, fileName, budget),
                stop -> unreadable(fileName, stop));
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
        return Runner.runHere("<text>", limits, budget -> Reading.text(text, budget),
                stop -> unreadable("<text>", stop));
    }

    private static Report unreadable(String fileName, Runner.Stop stop) {
        return Report.unreadable(fileName, "", stop.message());
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
