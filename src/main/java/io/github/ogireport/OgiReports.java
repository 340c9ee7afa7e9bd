package io.github.ogireport;

import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.internal.io.Decoded;
import io.github.ogireport.internal.io.Decoder;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.layout.HtmlLayout;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.TextLayout;
import io.github.ogireport.internal.recognize.ReportRecognizer;
import io.github.ogireport.internal.tika.Documents;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
 */
public final class OgiReports {
    private OgiReports() {
    }

    /**
     * Parses a report file. The container (page text, Markdown, HTML, PDF, Word) and the charset are detected
     * from the bytes and the file name. PDF and Word files are read through Apache Tika, loaded only then.
     *
     * @throws IOException when the file cannot be read
     */
    public static Report parse(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return parse(Files.readAllBytes(file), file.toString());
    }

    /**
     * Parses a report from a stream (read to its end, not closed).
     *
     * @param fileName the file name, used to detect the container and named in errors
     * @throws IOException when the stream cannot be read
     */
    public static Report parse(InputStream in, String fileName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        return parse(in.readAllBytes(), fileName);
    }

    /**
     * Parses a report from bytes.
     *
     * @param fileName the file name, used to detect the container and named in errors
     */
    public static Report parse(byte[] bytes, String fileName) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        Decoder.Binary binary = bytes.length == 0 ? null : Decoder.binary(bytes);
        if (binary != null) {
            // PDF and Word: the only path that loads Tika (and pays its start-up)
            try {
                Documents.Read read = Documents.read(bytes, fileName, binary);
                return ReportRecognizer.recognize(fileName, read.contentType(), read.layout());
            } catch (UnreadableException e) {
                return Report.unreadable(fileName, binary == Decoder.Binary.PDF ? "application/pdf"
                        : "application/octet-stream", e.getMessage());
            }
        }
        Decoded decoded;
        try {
            decoded = Decoder.decode(bytes, fileName);
        } catch (UnreadableException e) {
            return Report.unreadable(fileName, "application/octet-stream", e.getMessage());
        }
        return recognize(fileName, decoded);
    }

    /**
     * Parses a report given as text: page text, Markdown or HTML (detected from the content).
     */
    public static Report parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return Report.unreadable("<text>", "text/plain", "empty text");
        }
        boolean html = text.stripLeading().startsWith("<");
        return recognize("<text>", new Decoded(text, "UTF-16",
                html ? Decoded.Container.HTML : Decoded.Container.TEXT));
    }

    private static Report recognize(String source, Decoded decoded) {
        Layout layout = decoded.container() == Decoded.Container.HTML
                ? HtmlLayout.parse(decoded.text())
                : TextLayout.parse(decoded.text());
        return ReportRecognizer.recognize(source, decoded.contentType(), layout);
    }

    /** Checks a parsed report with the built-in rules and the default configuration. */
    public static CheckResult check(Report report) {
        return check(report, CheckConfig.defaults());
    }

    /** Checks a parsed report with the built-in rules (and any found by ServiceLoader) under {@code config}. */
    public static CheckResult check(Report report, CheckConfig config) {
        return new Checker(RuleRegistry.withServiceLoader(), config).check(report);
    }

    /** Like {@link #parse(Path)} but with I/O failures unchecked, for use in streams. */
    public static Report parseUnchecked(Path file) {
        try {
            return parse(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
