package io.github.ogireport.cli;

import io.github.ogireport.ParseLimits;
import picocli.CommandLine.Option;

/**
 * The parse limits as options of extract, check and batch (one definition: {@link ParseLimits}); public so that
 * another command line that runs the batch's work (the Spark job in {@code examples/spark}) takes the same
 * options as a picocli mixin ({@code @Mixin LimitOptions}).
 */
public final class LimitOptions {
    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "50MB",
            description = "size limit per file: bytes, or 512KB, 50MB, 1GB (default: ${DEFAULT-VALUE})")
    String maxSize;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "20000000",
            description = "characters of text per file (default: ${DEFAULT-VALUE})")
    long maxChars;

    @Option(names = "--max-cells", paramLabel = "N", defaultValue = "200000",
            description = "table cells per file (default: ${DEFAULT-VALUE})")
    long maxCells;

    @Option(names = "--max-span", paramLabel = "N", defaultValue = "500",
            description = "largest rowspan or colspan of a table cell (default: ${DEFAULT-VALUE})")
    int maxSpan;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "500",
            description = "pages of a PDF (default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "60s",
            description = "time limit per file: 500ms, 30s, 2m (default: ${DEFAULT-VALUE})")
    String timeout;

    /**
     * The limits given.
     *
     * @throws IllegalArgumentException for a value that is not a size, a time or a positive number
     */
    public ParseLimits limits() {
        return new ParseLimits(BatchCommand.size(maxSize), maxChars, maxCells, maxSpan,
                BatchCommand.duration(timeout), maxPages);
    }
}
