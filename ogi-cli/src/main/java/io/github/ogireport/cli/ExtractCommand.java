package io.github.ogireport.cli;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.internal.run.Checks;
import io.github.ogireport.model.Report;
import io.github.ogireport.output.ResultJson;
import io.github.ogireport.output.TablesText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ogi extract}: prints the sections and tables of each report. */
final class ExtractCommand implements Callable<Integer> {

    enum Format { text, json }

    /** The model: built in code, as the annotations {@code @Command}, {@code @Option} would give it ({@link Specs}). */
    final CommandSpec spec = Specs.command(this, "extract",
            "Prints the tables of each report: aligned text for people, or one JSON result document "
                    + "per line (see result-json.md).",
            "With no FILE, reads the bundled samples in testdata/samples.");

    ExtractCommand() {
        Specs.exitCodes(spec, "0:every input was read", "2:an input could not be read (its line says why)");
        spec.addOption(Specs.option("--format", Format.class, "<format>", "text or json (default: ${DEFAULT-VALUE})")
                .defaultValue("text").build());
        spec.addPositional(Specs.positionals("FILE", "0..*", Path.class,
                "report files or folders (walked recursively)"));
        spec.addMixin("limitOptions", LimitOptions.mixin());
    }

    @Override
    public Integer call() throws IOException {
        Format format = Specs.value(spec, "--format");
        List<Path> files = Specs.positionals(spec);
        PrintWriter out = spec.commandLine().getOut();
        ParseLimits limits;
        try {
            limits = LimitOptions.of(spec).limits();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return OgiCommand.EXIT_UNREADABLE;
        }
        List<Path> given = Inputs.givenOrSamples(files, spec.commandLine().getErr());
        if (given == null) {
            return OgiCommand.EXIT_UNREADABLE;
        }
        List<Path> inputs = Inputs.expand(given, spec.commandLine().getErr());
        if (inputs == null) {
            return OgiCommand.EXIT_UNREADABLE;
        }
        int status = 0;
        for (Path file : inputs) {
            Report report = read(file, limits);
            if (!report.isReadable()) {
                status = OgiCommand.EXIT_UNREADABLE;
            }
            if (format == Format.json) {
                out.println(ResultJson.toJson(report));
            } else {
                out.println(TablesText.render(report));
            }
            if (CheckCommand.failed(out, "standard output", spec.commandLine().getErr())) {
                return OgiCommand.EXIT_UNREADABLE;
            }
        }
        return status;
    }

    /** Reads one input under {@code limits}; I/O failures become an unreadable report naming the reason. */
    static Report read(Path file, ParseLimits limits) {
        return Checks.parse(file, limits);
    }
}
