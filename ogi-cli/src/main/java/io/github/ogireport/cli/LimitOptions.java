package io.github.ogireport.cli;

import io.github.ogireport.ParseLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The parse limits as options of extract, check and batch (one definition: {@link ParseLimits}); public so that
 * another command line that runs the batch's work (the Spark job in {@code examples/spark}) takes the same
 * options as a picocli mixin ({@code @Mixin LimitOptions}). ogi's own commands take the same options from
 * {@link #mixin()}, built in code (reading annotations is slow to start, {@link Specs}); a test keeps the two equal.
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

    /** The options above as a picocli mixin built in code, without reading the annotations. */
    static CommandSpec mixin() {
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(Specs.option("--max-size", String.class, "SIZE",
                "size limit per file: bytes, or 512KB, 50MB, 1GB (default: ${DEFAULT-VALUE})").defaultValue("50MB")
                .build());
        mixin.addOption(Specs.option("--max-chars", long.class, "N",
                "characters of text per file (default: ${DEFAULT-VALUE})").defaultValue("20000000").build());
        mixin.addOption(Specs.option("--max-cells", long.class, "N",
                "table cells per file (default: ${DEFAULT-VALUE})").defaultValue("200000").build());
        mixin.addOption(Specs.option("--max-span", int.class, "N",
                "largest rowspan or colspan of a table cell (default: ${DEFAULT-VALUE})").defaultValue("500").build());
        mixin.addOption(Specs.option("--max-pages", int.class, "N",
                "pages of a PDF (default: ${DEFAULT-VALUE})").defaultValue("500").build());
        mixin.addOption(Specs.option("--timeout", String.class, "TIME",
                "time limit per file: 500ms, 30s, 2m (default: ${DEFAULT-VALUE})").defaultValue("60s").build());
        return mixin;
    }

    /** The values parsed by a command that has {@link #mixin()}. */
    static LimitOptions of(CommandSpec command) {
        LimitOptions o = new LimitOptions();
        o.maxSize = Specs.value(command, "--max-size");
        o.maxChars = Specs.<Long>value(command, "--max-chars");
        o.maxCells = Specs.<Long>value(command, "--max-cells");
        o.maxSpan = Specs.<Integer>value(command, "--max-span");
        o.maxPages = Specs.<Integer>value(command, "--max-pages");
        o.timeout = Specs.value(command, "--timeout");
        return o;
    }

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
