package io.github.ogireport.spi;

import io.github.ogireport.ParseLimits;

/**
 * The limits of one parse, as a {@link DocumentReader} must honour them. Each method throws an unchecked
 * exception of the library's when a limit is passed (or the parse's time is up); a reader lets it propagate
 * (wrapped or not: the library finds it in the cause chain).
 */
public interface ReadBudget {
    /**
     * The limits this parse runs under.
     *
     * @return the limits of this parse
     */
    ParseLimits limits();

    /** Called in every loop of a reader: stops the parse once its time limit has passed. */
    void tick();

    /**
     * Counts {@code n} more characters of text read.
     *
     * @param n characters read since the last call
     */
    void chars(long n);

    /**
     * Checks a document's page count before its pages are read.
     *
     * @param n the document's page count
     */
    void pages(int n);
}
