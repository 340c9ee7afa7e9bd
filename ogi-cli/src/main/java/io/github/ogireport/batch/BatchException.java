package io.github.ogireport.batch;

/** The output folder cannot be used as asked (a previous run there, columns of another version). */
public final class BatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BatchException(String message) {
        super(message);
    }
}
