package io.github.ogireport.cli;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Severity;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ogi check}: runs the rules over each report and reports what they found. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks each report: sections, tables, every sum the tables imply, narrative figures "
                + "against the tables, year and format.",
                "With no FILE, checks the bundled samples in testdata/samples."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:no finding fails at or above --fail-on",
                "1:some finding fails at or above --fail-on",
                "2:an input could not be read, or the command line is wrong"})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, html }

    enum Lang { zh, en }

    @Option(names = "--format", defaultValue = "text", description = "text, json, sarif, or html (one self-contained page for all reports; "
            + "best with -o) (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "language of messages and of the HTML page: zh or en (default: ${DEFAULT-VALUE})")
    Lang lang;

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "rule IDs not to run")
    List<String> disable = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "run only these rule IDs")
    List<String> only = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "error, warning or info: the least severe failure that fails a report (default: error)")
    String failOn;

    @Option(names = "--amount-tolerance", paramLabel = "WANYUAN",
            description = "largest difference accepted between 万元 amounts (default: 0)")
    BigDecimal amountTolerance;

    @Option(names = "--all", description = "list passing evaluations too")
    boolean all;

    @Option(names = "--config", paramLabel = "FILE",
            description = "a properties file with the same keys: disable, only, fail-on, amount-tolerance, all")
    Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "report files or folders (walked recursively)")
    List<Path> files = new ArrayList<>();

    @CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CheckConfig cfg;
        ParseLimits limits;
        RuleRegistry registry = RuleRegistry.withServiceLoader();
        try {
            limits = limitOptions.limits();
            cfg = config(registry);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return OgiCommand.EXIT_UNREADABLE;
        }
        List<Path> given = Inputs.givenOrSamples(files, spec.commandLine().getErr());
        if (given == null) {
            return OgiCommand.EXIT_UNREADABLE;
        }
        Locale locale = lang == Lang.zh ? Locale.CHINESE : Locale.ROOT;
        Checker checker = new Checker(registry, cfg);
        List<CheckResult> results = new ArrayList<>();
        PrintWriter out = output == null ? spec.commandLine().getOut()
                : new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
        int status = 0;
        try {
            for (Path file : Inputs.expand(given)) {
                Report report = ExtractCommand.read(file, limits);
                CheckResult result = checker.check(report);
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
                out.flush();
            }
            if (format == Format.sarif) {
                out.println(Sarif.write(results, registry.rules(), new OgiCommand.Version().getVersion()[0], locale));
            } else if (format == Format.html) {
                out.print(HtmlReport.render(results, registry.rules(), new OgiCommand.Version().getVersion()[0], locale));
            }
        } finally {
            out.flush();
            if (output != null) {
                out.close();
            }
        }
        return status;
    }

    private CheckConfig config(RuleRegistry registry) throws IOException {
        CheckConfig cfg = CheckConfig.defaults();
        if (config != null) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(config);
                    var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
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
