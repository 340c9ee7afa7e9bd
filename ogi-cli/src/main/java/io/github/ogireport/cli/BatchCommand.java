package io.github.ogireport.cli;

import io.github.ogireport.batch.BatchException;
import io.github.ogireport.batch.BatchOptions;
import io.github.ogireport.batch.BatchRunner;
import io.github.ogireport.batch.BatchStats;
import io.github.ogireport.batch.CrossYearRules;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ogi batch}: bulk analysis of many reports for researchers (docs/batch.md). */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Parses and checks many reports in parallel and writes reports.csv (one row per file, every "
                + "table cell a column), findings.csv, results.jsonl, crossyear.csv and summary.txt into --out. "
                + "Compares the reports of each organ across years (T2-Y1, T1-Y1, X-COPY). See docs/batch.md.",
            "PATH is a file, a folder (walked recursively), or @LIST: a file naming one input per line."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:the run completed (files that could not be read have rows saying why; summary.txt and "
                + "the last line count them)",
            "2:the command line is wrong or the output folder cannot be used"})
final class BatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders or @LIST files")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the output folder")
    Path out;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "0",
            description = "files processed at once (default: the number of cores)")
    int jobs;

    @CommandLine.Mixin
    LimitOptions limits = new LimitOptions();

    @Option(names = "--resume", description = "continue the run in --out: skip files already in its reports.csv "
            + "with the same SHA-256")
    boolean resume;

    @Option(names = "--overwrite", description = "start again, replacing a previous run in --out")
    boolean overwrite;

    @Option(names = "--excel", description = "write a UTF-8 byte order mark so that Excel and WPS read the CSV "
            + "files as UTF-8")
    boolean excel;

    @Option(names = "--similarity-threshold", paramLabel = "SHARE", defaultValue = "0.8",
            description = "X-COPY: share of a report's narrative repeated from the organ's previous report at "
                    + "or above which it is reported (default: ${DEFAULT-VALUE})")
    double similarityThreshold;

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "rule IDs not to run")
    List<String> disable = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "run only these rule IDs")
    List<String> only = new ArrayList<>();

    @Option(names = "--progress", negatable = true,
            description = "progress on standard error (default: when it is a terminal)")
    Boolean progress;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        RuleRegistry registry = RuleRegistry.withServiceLoader();
        BatchOptions options;
        List<Path> inputs;
        try {
            for (String id : union(disable, only)) {
                if (registry.rule(id).isEmpty() && CrossYearRules.byId(id).isEmpty()) {
                    throw new IllegalArgumentException("unknown rule ID: " + id + " (see README for the rule list)");
                }
            }
            CheckConfig cfg = CheckConfig.defaults().withRules(new LinkedHashSet<>(disable), new LinkedHashSet<>(only));
            int n = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
            boolean showProgress = progress != null ? progress : System.console() != null;
            options = new BatchOptions(out, n, resume, overwrite, excel, similarityThreshold, cfg, showProgress,
                    limits.limits());
            inputs = Inputs.expandAll(paths);
        } catch (IllegalArgumentException | IOException e) {
            err.println(e instanceof IOException ? "cannot read the inputs: " + e : e.getMessage());
            return OgiCommand.EXIT_UNREADABLE;
        }
        BatchStats stats;
        try {
            stats = new BatchRunner(options, registry).run(inputs);
        } catch (BatchException e) {
            err.println(e.getMessage());
            return OgiCommand.EXIT_UNREADABLE;
        } catch (IOException e) {
            err.println("cannot write the outputs in " + out + ": " + e);
            return OgiCommand.EXIT_UNREADABLE;
        }
        StringBuilder reasons = new StringBuilder();
        stats.byStatus().forEach((k, v) -> {
            if (!k.equals("ok")) {
                reasons.append(reasons.length() == 0 ? " (" : ", ").append(k).append(' ').append(v);
            }
        });
        if (reasons.length() > 0) {
            reasons.append(')');
        }
        stdout.printf(Locale.ROOT, "%d files: %d rows written%s, %d ok, %d failed%s; %d findings; %.1f s, "
                + "%.1f reports/s; results in %s%n", stats.inputs(), stats.rows(),
                stats.skipped() > 0 ? " (" + stats.skipped() + " skipped: already done)" : "", stats.ok(),
                stats.failed(), reasons, stats.findings(), stats.seconds(), stats.rate(), out);
        stdout.flush();
        return 0;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    /** Reads 500ms, 30s, 2m, 1h, or a number of seconds. */
    static Duration duration(String s) {
        Matcher m = DURATION.matcher(s.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time limit (500ms, 30s, 2m): " + s);
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double ms = v * ("ms".equals(unit) ? 1 : "s".equals(unit) ? 1000 : "m".equals(unit) ? 60_000 : 3_600_000);
        if (ms < 1) {
            throw new IllegalArgumentException("the time limit must be positive: " + s);
        }
        return Duration.ofMillis(Math.round(ms));
    }

    /** Reads a byte count, or 512KB, 50MB, 1GB (powers of 1024). */
    static long size(String s) {
        Matcher m = SIZE.matcher(s.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size (bytes, or 512KB, 50MB, 1GB): " + s);
        }
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        long mult = unit.startsWith("k") ? 1024L : unit.startsWith("m") ? 1024L * 1024 : unit.startsWith("g")
                ? 1024L * 1024 * 1024 : 1;
        return Math.round(v * mult);
    }
}
