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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code ogi batch}: bulk analysis of many reports for researchers (docs/batch.md). */
final class BatchCommand implements Callable<Integer> {

    /** The model: built in code, as the annotations {@code @Command}, {@code @Option} would give it ({@link Specs}). */
    final CommandSpec spec = Specs.command(this, "batch",
            "Parses and checks many reports in parallel and writes reports.csv (one row per file, every "
                    + "table cell a column), findings.csv, results.jsonl, crossyear.csv and summary.txt into --out. "
                    + "Compares the reports of each organ across years (T2-Y1, T1-Y1, X-COPY). See docs/batch.md.",
            "PATH is a file, a folder (walked recursively), or @LIST: a file naming one input per line.");

    BatchCommand() {
        Specs.exitCodes(spec, "0:the run completed (files that could not be read have rows saying why; summary.txt "
                + "and the last line count them)",
                "2:the command line is wrong, the output folder cannot be used, or a file got no row (an internal "
                + "error while writing it)");
        spec.addPositional(Specs.positionals("PATH", "1..*", Path.class, "files, folders or @LIST files"));
        spec.addOption(Specs.option("--out", Path.class, "DIR", "the output folder").required(true).build());
        spec.addOption(Specs.option("--jobs", int.class, "N", "files processed at once (default: the number of cores)")
                .defaultValue("0").build());
        spec.addMixin("limits", LimitOptions.mixin());
        spec.addOption(Specs.flag("--resume", "continue the run in --out: skip files already in its reports.csv "
                + "with the same SHA-256"));
        spec.addOption(Specs.flag("--overwrite", "start again, replacing a previous run in --out"));
        spec.addOption(Specs.flag("--excel", "write a UTF-8 byte order mark so that Excel and WPS read the CSV "
                + "files as UTF-8"));
        spec.addOption(Specs.option("--similarity-threshold", double.class, "SHARE",
                "X-COPY: share of a report's narrative repeated from the organ's previous report at "
                        + "or above which it is reported (default: ${DEFAULT-VALUE})").defaultValue("0.8").build());
        spec.addOption(Specs.ids("--disable", "rule IDs not to run"));
        spec.addOption(Specs.ids("--only", "run only these rule IDs"));
        spec.addOption(OptionSpec.builder("--progress").type(Boolean.class).negatable(true)
                .description("progress on standard error (default: when it is a terminal)").build());
    }

    @Override
    public Integer call() {
        List<Path> paths = Specs.positionals(spec);
        Path out = Specs.value(spec, "--out");
        int jobs = Specs.<Integer>value(spec, "--jobs");
        List<String> disable = Specs.values(Specs.value(spec, "--disable"));
        List<String> only = Specs.values(Specs.value(spec, "--only"));
        Boolean progress = Specs.value(spec, "--progress");
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
            options = new BatchOptions(out, n, Specs.flag(spec, "--resume"), Specs.flag(spec, "--overwrite"),
                    Specs.flag(spec, "--excel"), Specs.<Double>value(spec, "--similarity-threshold"), cfg,
                    showProgress, LimitOptions.of(spec).limits());
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
        if (stats.lost() > 0) {
            err.println(stats.lost() + " of the files got no row: an internal error while writing them (above)");
            return OgiCommand.EXIT_UNREADABLE;
        }
        return 0;
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    /** The longest time limit per file: a day (a longer one would overflow the clock's nanoseconds anyway). */
    private static final double MAX_TIMEOUT_MS = 24 * 3_600_000.0;

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
        if (ms > MAX_TIMEOUT_MS) {
            throw new IllegalArgumentException("the time limit must be at most 24h: " + s);
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
        if (v * mult > 1024.0 * 1024 * 1024 * 1024) {
            throw new IllegalArgumentException("the size limit must be at most 1TB: " + s);
        }
        return Math.round(v * mult);
    }
}
