package io.github.ogireport.batch;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.Completeness;
import io.github.ogireport.model.Report;
import io.github.ogireport.output.ResultJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one input gives the batch's tables: its {@code reports.csv} row ({@link ReportColumns#HEADER}), its
 * {@code findings.csv} rows ({@link BatchRunner#FINDINGS_HEADER}, scope {@code report}), its
 * {@code results.jsonl} line and its cross-year summary ({@link CrossYearPair}). {@code ogi batch} writes these
 * to its files; an engine of its own (the Spark job in {@code examples/spark}) builds the same rows here, so both
 * write the same tables.
 *
 * <p>Every input gives exactly one row: an input that cannot be read, is too large, takes too long or breaks
 * the parser gets an error row whose {@code status} says why ({@code not_found}, {@code io_error},
 * {@code too_large}, {@code timeout}, {@code failed}) and whose {@code error} column names the reason.
 * Serializable, so that a distributed engine can move rows between machines.
 *
 * @param status   {@code ok}, {@code unreadable} or an error status as above
 * @param row      the reports.csv row (the array is the caller's to fill in: the cross-year columns
 *                 {@code copy_share} and {@code copy_of} are empty until the cross-year pass)
 * @param findings the findings.csv rows of the single-report rules that did not pass
 * @param json     the result document (docs/result-json.md) on one line
 * @param summary  the line the cross-year rules compare ({@link CrossYearPair}), or null when the report has
 *                 no organ or no year (or could not be read)
 */
public record BatchRow(String status, String[] row, List<String[]> findings, String json, String summary)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks that nothing is missing; the row and findings are kept as given. */
    public BatchRow {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(row, "row");
        findings = List.copyOf(findings);
        Objects.requireNonNull(json, "json");
    }

    /**
     * This row with another sequence number (in the row, the findings and the summary), for an engine that
     * numbers its inputs only after reading them (the Spark job numbers them in path order).
     */
    public BatchRow withSeq(long seq) {
        String n = Long.toString(seq);
        String[] r = row.clone();
        if (r.length > 0) {
            r[0] = n;
        }
        List<String[]> f = new ArrayList<>(findings.size());
        for (String[] x : findings) {
            String[] y = x.clone();
            y[0] = n;
            f.add(y);
        }
        String s = null;
        if (summary != null) {
            ReportSummary o = ReportSummary.parse(summary);
            s = new ReportSummary(seq, o.path(), o.sha256(), o.organKey(), o.organ(), o.year(), o.format(), o.cin(),
                    o.cout(), o.t1(), o.narrative()).toLine();
        }
        return new BatchRow(status, r, f, json, s);
    }

    /** Reads one input (a hook for tests; the default is {@code OgiReports.parse(bytes, name, limits)}). */
    public interface Parser {
        /** The report read from {@code bytes}. */
        Report parse(byte[] bytes, String name) throws Exception;
    }

    /**
     * Reads {@code in} to its end (hashing all of it, keeping at most {@code maxSize} bytes), then parses and
     * checks it as {@code ogi batch} does ({@link #parsed}). A read failure gives an {@code io_error} row.
     *
     * @param seq     the input's sequence number
     * @param name    the input's path as it should appear in the tables
     * @param in      its content (not closed here)
     * @param options the limits ({@link BatchOptions#maxSize()}, {@link BatchOptions#limits()}) and the rules'
     *                configuration
     * @param parser  how it is parsed
     * @param checker how it is checked
     * @return its row; never null
     */
    public static BatchRow read(long seq, String name, InputStream in, BatchOptions options, Parser parser,
            Checker checker) {
        MessageDigest sha = sha256();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long size = 0;
        try {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
                size += n;
                if (kept != null && size <= options.maxSize()) {
                    kept.write(buf, 0, n);
                } else {
                    kept = null; // over the size limit: hashed to its end, never parsed
                }
                if (Thread.currentThread().isInterrupted()) {
                    return timeout(seq, name, size, "", options);
                }
            }
        } catch (IOException e) {
            return error(seq, name, -1, "", "io_error", "cannot read: " + e, options);
        }
        String hash = HexFormat.of().formatHex(sha.digest());
        return parsed(seq, name, kept == null ? null : kept.toByteArray(), size, hash, options, parser, checker);
    }

    /**
     * Parses and checks one input already read.
     *
     * @param bytes  its content, or null when it is larger than {@link BatchOptions#maxSize()} (a
     *               {@code too_large} row, without parsing)
     * @param size   its size in bytes
     * @param sha256 the hexadecimal SHA-256 of its content
     * @return its row; never null: whatever the parser throws becomes an error row
     */
    public static BatchRow parsed(long seq, String name, byte[] bytes, long size, String sha256,
            BatchOptions options, Parser parser, Checker checker) {
        if (bytes == null) {
            return error(seq, name, size, sha256, "too_large", ParseLimits.message(name, size + " bytes",
                    String.valueOf(options.maxSize()), "--max-size"), options);
        }
        try {
            Report report;
            try {
                report = parser.parse(bytes, name);
            } catch (OutOfMemoryError | StackOverflowError e) {
                return error(seq, name, size, sha256, "unreadable",
                        "too large or too deeply nested to parse: " + e.getClass().getSimpleName(), options);
            }
            return of(seq, name, size, sha256, report, checker.check(report));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return timeout(seq, name, size, sha256, options);
        } catch (Throwable e) { // a broken input must not lose its row, whatever it throws
            return error(seq, name, size, sha256, "failed", "internal error: " + e, options);
        }
    }

    /** The row of a parsed and checked report. */
    public static BatchRow of(long seq, String name, long size, String sha256, Report report, CheckResult result) {
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
            findings.add(new String[] {Long.toString(seq), CsvText.safe(name), sha256, "report", f.ruleId(),
                f.status().name(), f.severity().name(), cells.toString(), CsvText.safe(f.messageZh()),
                CsvText.safe(f.messageEn()), "", f.responsibility().name()});
        }
        row.add(Long.toString(seq));
        row.add(CsvText.safe(name));
        row.add(Long.toString(size));
        row.add(sha256);
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
        Completeness reading = report.completeness();
        row.add(ok ? Integer.toString(reading.percent()) : "");
        row.add(ok ? CsvText.safe(String.join(" ", reading.notRead())) : "");
        row.add(Outputs.pathId(name));
        row.addAll(ReportColumns.cells(report));
        Optional<ReportSummary> summary = ReportSummary.of(seq, name, sha256, report);
        return new BatchRow(ok ? "ok" : "unreadable", row.toArray(new String[0]), findings,
                ResultJson.toJson(result), summary.map(ReportSummary::toLine).orElse(null));
    }

    /**
     * The row of an input that could not be processed.
     *
     * @param size    its size, or -1 when unknown
     * @param sha256  its hash, or "" when unknown
     * @param status  why, as a word ({@code not_found}, {@code io_error}, {@code too_large}, {@code timeout},
     *                {@code failed}, {@code unreadable})
     * @param message the reason, for a person
     */
    public static BatchRow error(long seq, String name, long size, String sha256, String status, String message,
            BatchOptions options) {
        Report report = Report.unreadable(name, "", message);
        List<String> row = new ArrayList<>(ReportColumns.HEADER.size());
        row.add(Long.toString(seq));
        row.add(CsvText.safe(name));
        row.add(size < 0 ? "" : Long.toString(size));
        row.add(sha256);
        row.add(status);
        row.add(CsvText.safe(message));
        while (row.size() < ReportColumns.HEADER.size()) {
            row.add("");
        }
        row.set(ReportColumns.META.indexOf("verdict"), CheckResult.Verdict.UNREADABLE.name());
        row.set(ReportColumns.PATH_SHA256, Outputs.pathId(name));
        return new BatchRow(status, row.toArray(new String[0]), List.of(),
                ResultJson.toJson(new CheckResult(report, List.of(), options.config())), null);
    }

    /** The row of an input that took longer than {@link BatchOptions#timeout()}. */
    public static BatchRow timeout(long seq, String name, long size, String sha256, BatchOptions options) {
        return error(seq, name, size, sha256, "timeout", "took longer than " + options.timeout().toMillis() / 1000.0
                + " s (--timeout)", options);
    }

    /** A SHA-256 digest of this thread's, reset (looking one up per file cost microseconds). */
    static MessageDigest sha256() {
        MessageDigest d = SHA256.get();
        d.reset();
        return d;
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(BatchRow::newSha256);

    /** A new SHA-256 digest. */
    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
