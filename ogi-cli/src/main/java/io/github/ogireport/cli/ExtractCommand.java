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

    /** The default of {@code --format}. */
    static final Format FORMAT = Format.text;

    /** The model: built in code, as the annotations {@code @Command}, {@code @Option} would give it ({@link Specs}). */
    final CommandSpec spec = Specs.command(this, "extract",
            "Prints the tables of each report: aligned text for people, or one JSON result document "
                    + "per line (see result-json.md).",
            "With no FILE, reads the bundled samples in testdata/samples.");

    ExtractCommand() {
        Specs.exitCodes(spec, "0:every input was read", "2:an input could not be read (its line says why)");
        spec.addOption(Specs.option("--format", Format.class, "<format>", "text or json (default: ${DEFAULT-VALUE})")
                .defaultValue(FORMAT.name()).build());
        spec.addPositional(Specs.positionals("FILE", "0..*", Path.class,
                "report files or folders (walked recursively)"));
        spec.addMixin("limitOptions", LimitOptions.mixin());
    }

    @Override
    public Integer call() throws IOException {
        return run(Specs.parsed(spec), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Reads the files of {@code values} with its options, writing to {@code out} and {@code err}. */
    static int run(Values values, PrintWriter out, PrintWriter err) throws IOException {
        Format format = values.value("--format");
        List<Path> files = values.files();
        Warmup.forExtract(files);
        ParseLimits limits;
        try {
            limits = LimitOptions.of(values).limits();
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
            if (CheckCommand.failed(out, "standard output", err)) {
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
