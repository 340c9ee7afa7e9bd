package io.github.ogireport.cli;

import io.github.ogireport.corpus.CorpusGenerator;
import io.github.ogireport.corpus.FaultScore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ogi generate}: a synthetic corpus with known faults, and scoring a batch run against it. */
final class GenerateCommand implements Callable<Integer> {

    /** The model: built in code, as the annotations {@code @Command}, {@code @Option} would give it ({@link Specs}). */
    final CommandSpec spec = Specs.command(this, "generate",
            "Writes --count synthetic annual reports (pipe text and HTML with spans) whose tables "
                    + "reconcile within each report and across each organ's years, with a share --faults of them "
                    + "given one known fault, all recorded in DIR/manifest.csv.",
            "With --score BATCH_DIR, writes nothing: compares BATCH_DIR/findings.csv (an ogi batch run over DIR) "
                    + "with DIR/manifest.csv and prints recall and precision.");

    GenerateCommand() {
        Specs.exitCodes(spec, "0:done (with --score: every fault found and no unexplained ERROR)",
                "1:with --score: a fault was missed or an unexplained ERROR reported", "2:the command line is wrong");
        spec.addOption(Specs.option("--count", int.class, "N", "reports to write (default: ${DEFAULT-VALUE})")
                .defaultValue("100").build());
        spec.addOption(Specs.option("--out", Path.class, "DIR", "the corpus folder").required(true).build());
        spec.addOption(Specs.option("--seed", long.class, "S", "random seed (default: ${DEFAULT-VALUE})")
                .defaultValue("1").build());
        spec.addOption(Specs.option("--faults", double.class, "RATE",
                "share of reports with an injected fault, 0 to 1 (default: ${DEFAULT-VALUE})").defaultValue("0.1")
                .build());
        spec.addOption(Specs.option("--format", CorpusGenerator.Format.class, "FORMAT",
                "text, html or mix (default: ${DEFAULT-VALUE})").defaultValue("mix").build());
        spec.addOption(Specs.option("--score", Path.class, "BATCH_DIR", "score an ogi batch run over DIR instead")
                .build());
    }

    @Override
    public Integer call() throws IOException {
        Path out = Specs.value(spec, "--out");
        Path score = Specs.value(spec, "--score");
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
            stats = CorpusGenerator.generate(new CorpusGenerator.Options(Specs.<Integer>value(spec, "--count"), out,
                    Specs.<Long>value(spec, "--seed"), Specs.<Double>value(spec, "--faults"),
                    Specs.value(spec, "--format")));
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
