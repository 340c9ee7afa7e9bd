package io.github.ogireport;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The limits a parse stays within, so that a hostile or broken file cannot exhaust memory or time. A file over
 * a limit is not an exception: {@link OgiReports#parse(byte[], String, ParseLimits)} gives a report whose
 * {@link io.github.ogireport.model.Report#error() error} names the file, the limit and the command-line option
 * that raises it, e.g. {@code report.pdf: 5000 pages, over the limit of 500 (--max-pages)}.
 *
 * <pre>{@code
 * Report r = OgiReports.parse(bytes, "report.pdf", ParseLimits.defaults().withMaxPages(2000));
 * }</pre>
 *
 * @param maxBytes the size of the file in bytes ({@code --max-size})
 * @param maxChars the characters of text: of a text or HTML file decoded, of a PDF's glyphs, of a Word file's
 *                 text ({@code --max-chars})
 * @param maxCells the table cells of the whole file, merged cells counted once per grid position they cover
 *                 ({@code --max-cells})
 * @param maxSpan  the largest {@code rowspan} or {@code colspan} of an HTML or Word table cell
 *                 ({@code --max-span})
 * @param timeout  the time a parse may take; {@link Duration#ZERO} for none ({@code --timeout})
 * @param maxPages the pages of a PDF ({@code --max-pages})
 */
public record ParseLimits(long maxBytes, long maxChars, long maxCells, int maxSpan, Duration timeout, int maxPages) {
    /** Default size: 50 MB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** Default characters of text: 20 million (a long report has about 30,000). */
    public static final long DEFAULT_MAX_CHARS = 20_000_000L;
    /** Default table cells: 200,000 (the three tables hold about 400). */
    public static final long DEFAULT_MAX_CELLS = 200_000L;
    /** Default span: 500 (the widest official table is 10 columns). */
    public static final int DEFAULT_MAX_SPAN = 500;
    /** Default time per file: 60 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Default pages: 500 (a report has 5 to 30). */
    public static final int DEFAULT_MAX_PAGES = 500;

    private static final ParseLimits DEFAULTS = new ParseLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS,
            DEFAULT_MAX_CELLS, DEFAULT_MAX_SPAN, DEFAULT_TIMEOUT, DEFAULT_MAX_PAGES);

    /**
     * Checks that every limit is positive and the timeout not negative.
     *
     * @param maxBytes the size of the file in bytes ({@code --max-size})
     * @param maxChars the characters of text: of a text or HTML file decoded, of a PDF's glyphs, of a Word file's text
     *     ({@code --max-chars})
     * @param maxCells the table cells of the whole file, merged cells counted once per grid position they cover ({@code
     *     --max-cells})
     * @param maxSpan the largest {@code rowspan} or {@code colspan} of an HTML or Word table cell ({@code --max-span})
     * @param timeout the time a parse may take; {@link Duration#ZERO} for none ({@code --timeout})
     * @param maxPages the pages of a PDF ({@code --max-pages})
     */
    public ParseLimits {
        Objects.requireNonNull(timeout, "timeout");
        positive(maxBytes, "maxBytes");
        positive(maxChars, "maxChars");
        positive(maxCells, "maxCells");
        positive(maxSpan, "maxSpan");
        positive(maxPages, "maxPages");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
    }

    private static void positive(long v, String name) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be at least 1: " + v);
        }
    }

    /**
     * The defaults: 50 MB, 20,000,000 characters, 200,000 cells, span 500, 60 s, 500 pages.
     *
     * @return the default limits (the {@code DEFAULT_} constants)
     */
    public static ParseLimits defaults() {
        return DEFAULTS;
    }

    /**
     * These limits with {@code maxBytes}.
     *
     * @param maxBytes the size limit in bytes
     * @return these limits with that size limit
     */
    public ParseLimits withMaxBytes(long maxBytes) {
        return new ParseLimits(maxBytes, maxChars, maxCells, maxSpan, timeout, maxPages);
    }

    /**
     * These limits with {@code maxChars}.
     *
     * @param maxChars the text limit in characters
     * @return these limits with that text limit
     */
    public ParseLimits withMaxChars(long maxChars) {
        return new ParseLimits(maxBytes, maxChars, maxCells, maxSpan, timeout, maxPages);
    }

    /**
     * These limits with {@code maxCells}.
     *
     * @param maxCells the limit of table cells
     * @return these limits with that cell limit
     */
    public ParseLimits withMaxCells(long maxCells) {
        return new ParseLimits(maxBytes, maxChars, maxCells, maxSpan, timeout, maxPages);
    }

    /**
     * These limits with {@code maxSpan}.
     *
     * @param maxSpan the largest rowspan or colspan
     * @return these limits with that span limit
     */
    public ParseLimits withMaxSpan(int maxSpan) {
        return new ParseLimits(maxBytes, maxChars, maxCells, maxSpan, timeout, maxPages);
    }

    /**
     * These limits with {@code timeout} ({@link Duration#ZERO}: none).
     *
     * @param timeout the time limit ({@link Duration#ZERO} for none)
     * @return these limits with that time limit
     */
    public ParseLimits withTimeout(Duration timeout) {
        return new ParseLimits(maxBytes, maxChars, maxCells, maxSpan, timeout, maxPages);
    }

    /**
     * These limits with {@code maxPages}.
     *
     * @param maxPages the page limit of a PDF
     * @return these limits with that page limit
     */
    public ParseLimits withMaxPages(int maxPages) {
        return new ParseLimits(maxBytes, maxChars, maxCells, maxSpan, timeout, maxPages);
    }

    /**
     * The message of a limit hit: {@code <file>: <what>, over the limit of <limit> (<option>)}.
     *
     * @param file   the file name
     * @param what   what was found, e.g. {@code 5000 pages}
     * @param limit  the limit, e.g. {@code 500}
     * @param option the command-line option that sets it, e.g. {@code --max-pages}
     * @return the message, e.g. {@code a.pdf: 5000 pages, over the limit of 500 (--max-pages)}
     */
    public static String message(String file, String what, String limit, String option) {
        return String.format(Locale.ROOT, "%s: %s, over the limit of %s (%s)", file, what, limit, option);
    }

    /**
     * A duration as a user writes it: {@code 60 s}, {@code 500 ms}.
     *
     * @param d a duration
     * @return it in whole seconds when it is, otherwise in milliseconds
     */
    public static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
