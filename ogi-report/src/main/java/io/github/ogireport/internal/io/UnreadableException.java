package io.github.ogireport.internal.io;

/** The bytes are not a report this version can read; the message says why. Not API. */
public final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason why the input could not be read, for the user */
    public UnreadableException(String reason) {
        super(reason);
    }
}
