package io.github.ogireport.cli;

import io.github.ogireport.corpus.CorpusGenerator;
import io.github.ogireport.corpus.FaultScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ogi generate}: a synthetic corpus with known faults, and scoring a batch run against it. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes --count synthetic annual reports (pipe text and HTML with spans) whose tables "
                + "reconcile within each report and across each organ's years, with a share --faults of them given "
                + "one known fault, all recorded in DIR/manifest.csv.",
            "With --score BATCH_DIR, writes nothing: compares BATCH_DIR/findings.csv (an ogi batch run over DIR) "
                + "with DIR/manifest.csv and prints recall and precision."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:done (with --score: every fault found and no unexplained ERROR)",
            "1:with --score: a fault was missed or an unexplained ERROR reported", "2:the command line is wrong"})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--count", paramLabel = "N", defaultValue = "100", description = "reports to write (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the corpus folder")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--faults", paramLabel = "RATE", defaultValue = "0.1",
            description = "share of reports with an injected fault, 0 to 1 (default: ${DEFAULT-VALUE})")
    double faults;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "mix",
            description = "text, html or mix (default: ${DEFAULT-VALUE})")
    CorpusGenerator.Format format;

    @Option(names = "--score", paramLabel = "BATCH_DIR", description = "score an ogi batch run over DIR instead")
    Path score;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (score != null) {
            if (!Files.isRegularFile(out.resolve("manifest.csv")) || !Files.isRegularFile(score.resolve("findings.csv"))) {
                spec.commandLine().getErr().println("need " + out.resolve("manifest.csv") + " and "
                        + score.resolve("findings.csv"));
                return OgiCommand.EXIT_UNREADABLE;
            }
            FaultScore.Score s = FaultScore.score(out, score);
            stdout.print(s.toText());
            stdout.flush();
            return s.found() == s.expected() && s.unexpectedErrors() == 0 ? 0 : 1;
        }
        CorpusGenerator.Stats stats;
        try {
            stats = CorpusGenerator.generate(new CorpusGenerator.Options(count, out, seed, faults, format));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return OgiCommand.EXIT_UNREADABLE;
        }
        stdout.printf("%d reports of %d organs in %s; faults injected: %s (manifest.csv)%n", stats.files(),
                stats.organs(), out, stats.faults());
        stdout.flush();
        return 0;
    }
}
