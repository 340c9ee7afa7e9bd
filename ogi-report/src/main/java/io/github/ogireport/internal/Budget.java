package io.github.ogireport.internal;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.spi.ReadBudget;

/**
 * What one parse may still use of its {@link ParseLimits}: counts cells and characters as the layouts make
 * them, checks spans and pages, and notices an interrupt (a parse past its time limit is interrupted and must
 * stop). Each check throws {@link LimitExceededException} with the user's message. One per parse, one thread.
 * Not API.
 */
public final class Budget implements ReadBudget {
    private final ParseLimits limits;
    private final String file;
    /** False for the internal overloads without limits: spans are clamped as before, nothing else counted. */
    private final boolean enforced;
    private long cells;
    private long chars;

    private Budget(ParseLimits limits, String file, boolean enforced) {
        this.limits = limits;
        this.file = file;
        this.enforced = enforced;
    }

    /** The budget of one parse of {@code file}. */
    public static Budget of(ParseLimits limits, String file) {
        return new Budget(limits, file, true);
    }

    /** No limits beyond clamping spans to the default (for internal callers and tests). */
    public static Budget unlimited() {
        return new Budget(ParseLimits.defaults(), "<input>", false);
    }

    @Override
    public ParseLimits limits() {
        return limits;
    }

    public String file() {
        return file;
    }

    /** Stops when the thread was interrupted (the parse is past its time limit). Cheap: call it in loops. */
    @Override
    public void tick() {
        if (Thread.currentThread().isInterrupted()) {
            throw new LimitExceededException(ParseLimits.message(file, "interrupted after the time limit",
                    ParseLimits.seconds(limits.timeout()), "--timeout"));
        }
    }

    /**
     * The span a table cell may have: {@code n} itself when within the limit.
     *
     * @param what {@code rowspan} or {@code colspan}
     */
    public int span(String what, int n) {
        if (n <= limits.maxSpan()) {
            return n;
        }
        if (!enforced) {
            return limits.maxSpan();
        }
        throw new LimitExceededException(ParseLimits.message(file, "a " + what + " of " + n,
                String.valueOf(limits.maxSpan()), "--max-span"));
    }

    /** Counts {@code n} more table cells. */
    public void cells(long n) {
        cells += n;
        if (enforced && cells > limits.maxCells()) {
            throw new LimitExceededException(ParseLimits.message(file, "more than " + limits.maxCells()
                    + " table cells", String.valueOf(limits.maxCells()), "--max-cells"));
        }
    }

    /** Counts {@code n} more characters of text. */
    @Override
    public void chars(long n) {
        chars += n;
        if (enforced && chars > limits.maxChars()) {
            throw new LimitExceededException(ParseLimits.message(file, "more than " + limits.maxChars()
                    + " characters of text", String.valueOf(limits.maxChars()), "--max-chars"));
        }
    }

    /** Checks the characters of a whole text at once. */
    public void text(long length) {
        if (enforced && length > limits.maxChars()) {
            throw new LimitExceededException(ParseLimits.message(file, length + " characters of text",
                    String.valueOf(limits.maxChars()), "--max-chars"));
        }
    }

    /** Checks the pages of a PDF. */
    @Override
    public void pages(int n) {
        if (enforced && n > limits.maxPages()) {
            throw new LimitExceededException(ParseLimits.message(file, n + " pages",
                    String.valueOf(limits.maxPages()), "--max-pages"));
        }
    }
}
