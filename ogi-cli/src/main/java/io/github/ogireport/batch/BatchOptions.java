package io.github.ogireport.batch;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.check.CheckConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a batch runs.
 *
 * @param out                 the output folder
 * @param jobs                files processed at once (threads)
 * @param timeout             the time limit per file
 * @param maxSize             the size limit per file in bytes; larger files get an error row without being parsed
 * @param resume              continue the run in {@code out}: skip inputs already in its reports.csv with the
 *                            same SHA-256
 * @param overwrite           start again even if {@code out} holds a previous run
 * @param excel               write a UTF-8 byte order mark at the start of the CSV files (Excel and WPS then read
 *                            them as UTF-8)
 * @param similarityThreshold the X-COPY threshold (share of the narrative repeated from the previous report)
 * @param config              the rules to run and their settings
 * @param progress            print progress on standard error
 * @param limits              the parse limits of each file; its size limit and time limit are {@code maxSize}
 *                            and {@code timeout} (the constructor makes them agree)
 */
public record BatchOptions(Path out, int jobs, Duration timeout, long maxSize, boolean resume, boolean overwrite,
        boolean excel, double similarityThreshold, CheckConfig config, boolean progress, ParseLimits limits) {

    /** Default time limit per file. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Default size limit per file: 50 MB. */
    public static final long DEFAULT_MAX_SIZE = 50L * 1024 * 1024;
    /** Default X-COPY threshold. */
    public static final double DEFAULT_SIMILARITY = 0.8;

    /** Options with the default parse limits but for {@code timeout} and {@code maxSize}. */
    public BatchOptions(Path out, int jobs, Duration timeout, long maxSize, boolean resume, boolean overwrite,
            boolean excel, double similarityThreshold, CheckConfig config, boolean progress) {
        this(out, jobs, timeout, maxSize, resume, overwrite, excel, similarityThreshold, config, progress,
                ParseLimits.defaults());
    }

    /** Options whose time and size limits are those of {@code limits}. */
    public BatchOptions(Path out, int jobs, boolean resume, boolean overwrite, boolean excel,
            double similarityThreshold, CheckConfig config, boolean progress, ParseLimits limits) {
        this(out, jobs, limits.timeout(), limits.maxBytes(), resume, overwrite, excel, similarityThreshold, config,
                progress, limits);
    }

    public BatchOptions {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(config, "config");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxSize < 0) {
            throw new IllegalArgumentException("max size must not be negative: " + maxSize);
        }
        if (!(similarityThreshold > 0 && similarityThreshold <= 1)) {
            throw new IllegalArgumentException("similarity threshold must be in (0, 1]: " + similarityThreshold);
        }
        limits = limits.withMaxBytes(Math.max(1, maxSize)).withTimeout(timeout);
        if (resume && overwrite) {
            throw new IllegalArgumentException("--resume and --overwrite exclude each other");
        }
    }

    /** Defaults: as many jobs as cores, 60 s, 50 MB, threshold 0.8, all rules, no progress. */
    public static BatchOptions defaults(Path out) {
        return new BatchOptions(out, Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT, DEFAULT_MAX_SIZE,
                false, false, false, DEFAULT_SIMILARITY, CheckConfig.defaults(), false);
    }
}
