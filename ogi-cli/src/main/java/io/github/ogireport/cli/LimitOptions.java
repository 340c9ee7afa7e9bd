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
    // the defaults, one definition for the annotations, the mixin built in code and a plain command line (Plain)
    static final String MAX_SIZE = "50MB";
    static final long MAX_CHARS = 20_000_000;
    static final long MAX_CELLS = 200_000;
    static final int MAX_SPAN = 500;
    static final int MAX_PAGES = 500;
    static final String TIMEOUT = "60s";

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = MAX_SIZE,
            description = "size limit per file: bytes, or 512KB, 50MB, 1GB (default: ${DEFAULT-VALUE})")
    String maxSize;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "" + MAX_CHARS,
            description = "characters of text per file (default: ${DEFAULT-VALUE})")
    long maxChars;

    @Option(names = "--max-cells", paramLabel = "N", defaultValue = "" + MAX_CELLS,
            description = "table cells per file (default: ${DEFAULT-VALUE})")
    long maxCells;

    @Option(names = "--max-span", paramLabel = "N", defaultValue = "" + MAX_SPAN,
            description = "largest rowspan or colspan of a table cell (default: ${DEFAULT-VALUE})")
    int maxSpan;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "" + MAX_PAGES,
            description = "pages of a PDF (default: ${DEFAULT-VALUE})")
    int maxPages;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = TIMEOUT,
            description = "time limit per file: 500ms, 30s, 2m (default: ${DEFAULT-VALUE})")
    String timeout;

    /** The options above as a picocli mixin built in code, without reading the annotations. */
    static CommandSpec mixin() {
        CommandSpec mixin = CommandSpec.create();
        mixin.addOption(Specs.option("--max-size", String.class, "SIZE",
                "size limit per file: bytes, or 512KB, 50MB, 1GB (default: ${DEFAULT-VALUE})").defaultValue(MAX_SIZE)
                .build());
        mixin.addOption(Specs.option("--max-chars", long.class, "N",
                "characters of text per file (default: ${DEFAULT-VALUE})").defaultValue("" + MAX_CHARS).build());
        mixin.addOption(Specs.option("--max-cells", long.class, "N",
                "table cells per file (default: ${DEFAULT-VALUE})").defaultValue("" + MAX_CELLS).build());
        mixin.addOption(Specs.option("--max-span", int.class, "N",
                "largest rowspan or colspan of a table cell (default: ${DEFAULT-VALUE})").defaultValue("" + MAX_SPAN)
                .build());
        mixin.addOption(Specs.option("--max-pages", int.class, "N",
                "pages of a PDF (default: ${DEFAULT-VALUE})").defaultValue("" + MAX_PAGES).build());
        mixin.addOption(Specs.option("--timeout", String.class, "TIME",
                "time limit per file: 500ms, 30s, 2m (default: ${DEFAULT-VALUE})").defaultValue(TIMEOUT).build());
        return mixin;
    }

    /** The values parsed by a command that has {@link #mixin()}. */
    static LimitOptions of(CommandSpec command) {
        return of(Specs.parsed(command));
    }

    /** The values of a command that has {@link #mixin()}. */
    static LimitOptions of(Values values) {
        LimitOptions o = new LimitOptions();
        o.maxSize = values.value("--max-size");
        o.maxChars = values.<Long>value("--max-chars");
        o.maxCells = values.<Long>value("--max-cells");
        o.maxSpan = values.<Integer>value("--max-span");
        o.maxPages = values.<Integer>value("--max-pages");
        o.timeout = values.value("--timeout");
        return o;
    }

    /** The options' defaults by name, typed as picocli gives them: the values of a plain command line. */
    static java.util.Map<String, Object> defaults() {
        return java.util.Map.of("--max-size", MAX_SIZE, "--max-chars", MAX_CHARS, "--max-cells", MAX_CELLS,
                "--max-span", MAX_SPAN, "--max-pages", MAX_PAGES, "--timeout", TIMEOUT);
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
