package io.github.ogireport.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain command lines {@code ogi check FILE...} and {@code ogi extract FILE...} (a subcommand, then only
 * files or none: no option), run without picocli. picocli's classes are Java 5 class files, which JDK 17
 * verifies again on every run (its old verifier; a start-up archive holds them unverified), and with building the
 * command's model and parsing they were 50–70 ms of the CPU of a cold check of one report (docs/performance.md,
 * start-up). Anything else (an option, {@code --help}, an error) goes to picocli as before. The command runs the
 * same code either way ({@link CheckCommand#run}, {@link ExtractCommand#run}) with its options' defaults, the ones
 * picocli gives when no option is given (one definition; a test compares the two).
 */
final class Plain {
    private Plain() {
    }

    /** The files of {@code argv} when it is a plain command line; null when picocli is to read it. */
    static List<Path> files(String... argv) {
        if (argv.length == 0 || !("check".equals(argv[0]) || "extract".equals(argv[0]))) {
            return null;
        }
        List<Path> files = new ArrayList<>(argv.length - 1);
        for (int i = 1; i < argv.length; i++) {
            String a = argv[i];
            // an option, "--", "-" or an empty argument: picocli's reading of them is kept whatever it is
            if (a.isEmpty() || a.charAt(0) == '-') {
                return null;
            }
            try {
                files.add(Path.of(a)); // what picocli's converter for a Path gives
            } catch (InvalidPathException e) {
                return null; // picocli's message says why
            }
        }
        return files;
    }

    /** The values of the plain command line {@code ogi COMMAND FILES}: every option at its default. */
    static Values values(String command, List<Path> files) {
        Map<String, Object> defaults = new HashMap<>(LimitOptions.defaults());
        defaults.put("--format", "check".equals(command) ? CheckCommand.FORMAT : ExtractCommand.FORMAT);
        if ("check".equals(command)) {
            defaults.put("--lang", CheckCommand.LANG);
        }
        return new Values() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T value(String name) {
                return (T) defaults.get(name);
            }

            @Override
            public List<Path> files() {
                return files;
            }
        };
    }

    /**
     * Runs the plain command line {@code argv} ({@link #files} is not null), writing to {@code stdout} as the
     * picocli command line does: its exit status.
     */
    static int run(OutputStream stdout, String... argv) {
        String command = argv[0];
        Values values = values(command, files(argv));
        PrintWriter out = CheckedOutput.of(stdout, "standard output", true);
        PrintWriter err = stderr();
        try {
            return "check".equals(command) ? CheckCommand.run(values, out, err) : ExtractCommand.run(values, out, err);
        } catch (Exception e) {
            return unexpected(err, command, e);
        }
    }

    /** Standard error, UTF-8 whatever the platform default. */
    static PrintWriter stderr() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /**
     * Anything a command did not expect: one line naming the command, exit 2, not a stack trace a script reads
     * as exit 1.
     */
    static int unexpected(PrintWriter err, String command, Exception e) {
        err.println("ogi " + command + ": " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        return OgiCommand.EXIT_UNREADABLE;
    }
}
