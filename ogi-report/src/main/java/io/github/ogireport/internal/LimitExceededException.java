package io.github.ogireport.internal;

/**
 * A parse stopped at one of its {@link io.github.ogireport.ParseLimits}; the message is the one a user sees
 * (file, what was found, limit, option). Unchecked, so that it leaves deep loops and third-party callbacks;
 * {@code OgiReports} turns it into a report with an error. Not API.
 */
public final class LimitExceededException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LimitExceededException(String message) {
        super(message, null, false, false);
    }

    /** The limit hit somewhere in the causes of {@code e}, or null. */
    public static LimitExceededException in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitExceededException) {
                return (LimitExceededException) t;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
