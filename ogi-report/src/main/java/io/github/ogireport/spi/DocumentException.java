package io.github.ogireport.spi;

/**
 * A document a {@link DocumentReader} cannot read (password, no text layer, damaged, a kind it has no parser
 * for). The message is the reason, written for a user: the library reports it as the file's error.
 */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A document that cannot be read, with the reason a user can act on.
     *
     * @param reason why, for a person; it becomes the report's error
     */
    public DocumentException(String reason) {
        super(reason);
    }

    /**
     * A document that cannot be read because of {@code cause}. When the cause chain holds the exception a
     * {@link ReadBudget} threw, the library reports the limit, not this reason.
     *
     * @param reason why, for a person; it becomes the report's error
     * @param cause the failure of the reader
     */
    public DocumentException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
