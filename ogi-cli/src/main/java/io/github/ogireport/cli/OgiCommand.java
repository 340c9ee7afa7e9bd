package io.github.ogireport.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The {@code ogi} command: parses and checks government information-disclosure annual reports. */
public final class OgiCommand implements Runnable {
    /**
     * The subcommands' names, in the order the help lists them, with {@code help} last. Their models are built in
     * code ({@link Specs}) and only for what runs ({@link #commandLine(java.io.OutputStream, String...)}).
     */
    private static final List<String> SUBCOMMANDS = List.of("check", "extract", "batch", "generate", "help");

    /** Exit status: an input could not be read, or the command line was wrong. */
    public static final int EXIT_UNREADABLE = 2;

    private final CommandSpec spec = Specs.command(this, "ogi",
            "Parses and checks China's government information-disclosure annual reports (政府信息公开工作年度报告).")
            .versionProvider(new Version());

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line for {@code args}, writing UTF-8 to System.out whatever the platform default. */
    static CommandLine commandLine(String... args) {
        return commandLine(System.out, args);
    }

    /**
     * The configured command line writing to {@code stdout}: {@link Main} gives the file descriptor itself, so
     * that a failed write (a full disk, {@code >/dev/full}) is seen with its reason; every write is checked
     * ({@link CheckedOutput}). When {@code argv} starts with a subcommand's name, the model has that subcommand
     * only (it is what runs, and it parses and reports its errors the same); otherwise (no arguments, options of
     * {@code ogi} itself, {@code help}, a name that is none) it has them all, as the help and the errors list them.
     */
    static CommandLine commandLine(java.io.OutputStream stdout, String... argv) {
        // picocli registers converters for java.sql and java.time types by reflection for every command line; no
        // option here has such a type (a user's own setting of the property is kept)
        if (System.getProperty(CONVERTERS_EXCLUDED) == null) {
            System.setProperty(CONVERTERS_EXCLUDED, "java\\.(sql|time)\\..*");
        }
        CommandLine cl = new CommandLine(new OgiCommand().spec);
        String first = argv.length == 0 ? "" : argv[0];
        boolean one = SUBCOMMANDS.contains(first) && !"help".equals(first);
        for (String name : SUBCOMMANDS) {
            if (!one || name.equals(first)) {
                cl.addSubcommand(name, subcommand(name));
            }
        }
        // "@files.txt" is a list of inputs (Inputs), not picocli's argument file
        cl.setExpandAtFiles(false);
        cl.setOut(CheckedOutput.of(stdout, "standard output", true));
        cl.setErr(Plain.stderr());
        cl.setParameterExceptionHandler((ex, args) -> {
            cl.getErr().println(ex.getMessage());
            ex.getCommandLine().usage(cl.getErr());
            return EXIT_UNREADABLE;
        });
        // anything a command did not expect: one line, exit 2, not a stack trace a script reads as exit 1
        cl.setExecutionExceptionHandler((ex, command, parsed) -> Plain.unexpected(cl.getErr(),
                command.getCommandName(), ex));
        return cl;
    }

    private static final String CONVERTERS_EXCLUDED = "picocli.converters.excludes";

    /** The model of the subcommand {@code name}; picocli's own {@code help} is read from its annotations. */
    private static Object subcommand(String name) {
        switch (name) {
            case "check":
                return new CheckCommand().spec;
            case "extract":
                return new ExtractCommand().spec;
            case "batch":
                return new BatchCommand().spec;
            case "generate":
                return new GenerateCommand().spec;
            default:
                return CommandLine.HelpCommand.class;
        }
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = OgiCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ogi-report " + (v == null ? "(development build)" : v)};
        }
    }
}
