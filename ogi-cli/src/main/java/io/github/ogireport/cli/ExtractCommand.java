package io.github.ogireport.cli;

import io.github.ogireport.OgiReports;
import io.github.ogireport.ParseLimits;
import io.github.ogireport.model.Report;
import io.github.ogireport.output.ResultJson;
import io.github.ogireport.output.TablesText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ogi extract}: prints the sections and tables of each report. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the tables of each report: aligned text for people, or one JSON result document "
                + "per line (see result-json.md).",
                "With no FILE, reads the bundled samples in testdata/samples."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:every input was read", "2:an input could not be read (its line says why)"})
final class ExtractCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "report files or folders (walked recursively)")
    List<Path> files = new ArrayList<>();

    @CommandLine.Mixin
    LimitOptions limitOptions = new LimitOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ParseLimits limits;
        try {
            limits = limitOptions.limits();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return OgiCommand.EXIT_UNREADABLE;
        }
        List<Path> given = Inputs.givenOrSamples(files, spec.commandLine().getErr());
        if (given == null) {
            return OgiCommand.EXIT_UNREADABLE;
        }
        int status = 0;
        for (Path file : Inputs.expand(given)) {
            Report report = read(file, limits);
            if (!report.isReadable()) {
                status = OgiCommand.EXIT_UNREADABLE;
            }
            if (format == Format.json) {
                out.println(ResultJson.toJson(report));
            } else {
                out.println(TablesText.render(report));
            }
            out.flush();
        }
        return status;
    }

    /** Reads one input; I/O failures become an unreadable report naming the reason. */
    static Report read(Path file, ParseLimits limits) {
        try {
            return OgiReports.parse(file, limits);
        } catch (NoSuchFileException e) {
            return Report.unreadable(file.toString(), "", "file not found");
        } catch (IOException e) {
            return Report.unreadable(file.toString(), "", "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (OutOfMemoryError | StackOverflowError e) {
            return Report.unreadable(file.toString(), "", "too large or too deeply nested to parse: "
                    + e.getClass().getSimpleName());
        }
    }
}
