package io.github.ogireport.spi;

import java.io.IOException;

/**
 * Reads PDF and Word files for the library. Implementations are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.github.ogireport.spi.DocumentReader}); the one the project ships is in
 * {@code io.github.ogireport:ogi-report-documents}. An implementation must be thread-safe, must not load its
 * heavy classes before its first {@link #read}, and must call the budget in its loops.
 */
public interface DocumentReader {
    /**
     * Reads one document.
     *
     * @param bytes    the whole file
     * @param fileName its name (readers detect by name and bytes)
     * @param kind     what the bytes start with
     * @param budget   the parse's limits
     * @return the document's content for the library to lay out
     * @throws DocumentException for a document that cannot be read, with the reason
     * @throws IOException       when the reader's own I/O fails (the library reports the file as damaged)
     */
    DocumentContent read(byte[] bytes, String fileName, DocumentKind kind, ReadBudget budget)
            throws DocumentException, IOException;
}
