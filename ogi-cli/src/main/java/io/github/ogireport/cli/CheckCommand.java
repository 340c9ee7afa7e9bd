package io.github.ogireport.cli;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Severity;
import io.github.ogireport.internal.run.Checks;
import io.github.ogireport.model.Report;
import io.github.ogireport.output.FindingsText;
import io.github.ogireport.output.HtmlReport;
import io.github.ogireport.output.ResultJson;
import io.github.ogireport.output.Sarif;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code ogi check}: runs the rules over each report and reports what they found. */
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, html }

    enum Lang { zh, en }

    /** The default of {@code --format}. */
    static final Format FORMAT = Format.text;
    /** The default of {@code --lang}. */
    static final Lang LANG = Lang.zh;

    /** The model: built in code, as the annotations {@code @Command}, {@code @Option} would give it ({@link Specs}). */
    final CommandSpec spec = Specs.command(this, "check",
            "Checks each report: sections, tables, every sum the tables imply, narrative figures "
                    + "against the tables, year and format.",
            "With no FILE, checks the bundled samples in testdata/samples.");

    CheckCommand() {
        Specs.exitCodes(spec, "0:no finding fails at or above --fail-on",
                "1:some finding fails at or above --fail-on",
                "2:an input could not be read, or the command line is wrong");
        spec.addOption(Specs.option("--format", Format.class, "<format>", "text, json, sarif, or html (one "
                + "self-contained page for all reports; best with -o) (default: ${DEFAULT-VALUE})")
                .defaultValue(FORMAT.name()).build());
        spec.addOption(Specs.option("--lang", Lang.class, "<lang>",
                "language of messages and of the HTML page: zh or en (default: ${DEFAULT-VALUE})")
                .defaultValue(LANG.name()).build());
        spec.addOption(Specs.ids("--disable", "rule IDs not to run"));
        spec.addOption(Specs.ids("--only", "run only these rule IDs"));
        spec.addOption(Specs.option("--fail-on", String.class, "SEVERITY",
                "error, warning or info: the least severe failure that fails a report (default: error)").build());
        spec.addOption(Specs.option("--amount-tolerance", BigDecimal.class, "WANYUAN",
                "largest difference accepted between 万元 amounts (default: 0)").build());
        spec.addOption(Specs.flag("--all", "list passing evaluations too"));
        spec.addOption(Specs.option("--config", Path.class, "FILE",
                "a properties file with the same keys: disable, only, fail-on, amount-tolerance, all").build());
        spec.addOption(OptionSpec.builder("-o", "--output").type(Path.class).paramLabel("FILE")
                .description("write to FILE instead of standard output").build());
        spec.addPositional(Specs.positionals("FILE", "0..*", Path.class,
                "report files or folders (walked recursively)"));
        spec.addMixin("limitOptions", LimitOptions.mixin());
    }

    @Override
    public Integer call() throws IOException {
        return run(Specs.parsed(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Checks the files of {@code values} with its options, writing to {@code stdout} and {@code err}. */
    static int run(Values values, PrintWriter stdout, PrintWriter err) throws IOException {
        Format format = values.value("--format");
        Lang lang = values.value("--lang");
        Path output = values.value("--output");
        List<Path> files = values.files();
        Warmup warmup = Warmup.forCheck(files, format == Format.text);
        CheckConfig cfg;
        ParseLimits limits;
        RuleRegistry registry = RuleRegistry.withServiceLoader();
        try {
            limits = LimitOptions.of(values).limits();
            cfg = config(values, registry);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return OgiCommand.EXIT_UNREADABLE;
        }
        List<Path> given = Inputs.givenOrSamples(files, err);
        if (given == null) {
            return OgiCommand.EXIT_UNREADABLE;
        }
        List<Path> inputs = Inputs.expand(given, err);
        if (inputs == null) {
            return OgiCommand.EXIT_UNREADABLE;
        }
        Locale locale = lang == Lang.zh ? Locale.CHINESE : Locale.ROOT;
        Checker checker = new Checker(registry, cfg);
        List<CheckResult> results = new ArrayList<>();
        String target = output == null ? "standard output" : output.toString();
        PrintWriter out;
        if (output == null) {
            out = stdout;
        } else {
            try {
                out = CheckedOutput.of(Files.newBufferedWriter(output, StandardCharsets.UTF_8), target, false);
            } catch (IOException e) {
                err.println("cannot write " + target + ": " + Inputs.reason(e));
                return OgiCommand.EXIT_UNREADABLE;
            }
        }
        int status = 0;
        try {
            for (Path file : inputs) {
                CheckResult result = Checks.check(file, limits, checker, warmup::awaitCheck);
                Report report = result.report();
                if (!report.isReadable()) {
                    status = OgiCommand.EXIT_UNREADABLE;
                } else if (result.verdict() == CheckResult.Verdict.FAILED && status == 0) {
                    status = 1;
                }
                if (format == Format.text) {
                    out.println(FindingsText.render(result, locale));
                } else if (format == Format.json) {
                    out.println(ResultJson.toJson(result));
                } else {
                    results.add(result);
                }
                if (failed(out, target, err)) {
                    return OgiCommand.EXIT_UNREADABLE;
                }
            }
            if (format == Format.sarif) {
                out.println(Sarif.write(results, registry.rules(), new OgiCommand.Version().getVersion()[0], locale));
            } else if (format == Format.html) {
                out.print(HtmlReport.render(results, registry.rules(), new OgiCommand.Version().getVersion()[0], locale));
            }
            if (failed(out, target, err)) {
                return OgiCommand.EXIT_UNREADABLE;
            }
            if (output != null) {
                out.close(); // a close that fails (the last block on a full disk) sets the error
                String failure = CheckedOutput.failureAfterClose(out, target);
                if (failure != null) {
                    err.println(failure);
                    return OgiCommand.EXIT_UNREADABLE;
                }
            }
        } finally {
            if (output != null) {
                out.close();
            }
        }
        return status;
    }

    /** True (after saying so on {@code err}) when the output could not be written. */
    static boolean failed(PrintWriter out, String target, PrintWriter err) {
        String failure = CheckedOutput.failure(out, target);
        if (failure != null) {
            err.println(failure);
            return true;
        }
        return false;
    }

    private static CheckConfig config(Values values, RuleRegistry registry) throws IOException {
        Path config = values.value("--config");
        List<String> disable = values.list("--disable");
        List<String> only = values.list("--only");
        String failOn = values.value("--fail-on");
        BigDecimal amountTolerance = values.value("--amount-tolerance");
        boolean all = values.flag("--all");
        CheckConfig cfg = CheckConfig.defaults();
        if (config != null) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(config);
                    var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read --config " + config + ": " + Inputs.reason(e));
            }
            cfg = CheckConfig.fromProperties(p, cfg);
        }
        Set<String> disabled = new LinkedHashSet<>(cfg.disabled());
        disabled.addAll(disable);
        Set<String> onlyIds = new LinkedHashSet<>(cfg.only());
        onlyIds.addAll(only);
        for (String id : union(disabled, onlyIds)) {
            if (registry.rule(id).isEmpty()) {
                throw new IllegalArgumentException("unknown rule ID: " + id + " (see README for the rule list)");
            }
        }
        Severity severity = failOn == null ? cfg.failOn() : CheckConfig.severity(failOn);
        BigDecimal tolerance = amountTolerance == null ? cfg.amountTolerance() : amountTolerance;
        return new CheckConfig(disabled, onlyIds, severity, tolerance, cfg.includePass() || all);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }
}
