package io.github.ogireport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ogi} command: parses and checks government information-disclosure annual reports. */
@Command(name = "ogi", mixinStandardHelpOptions = true, versionProvider = OgiCommand.Version.class,
        description = "Parses and checks China's government information-disclosure annual reports "
                + "(政府信息公开工作年度报告).")
public final class OgiCommand implements Runnable {
    /**
     * The subcommands, in the order the help lists them. Added by {@link #commandLine(java.io.OutputStream,
     * String...)}, not by the annotation: building picocli's model of a command (reflection, annotation proxies)
     * is most of a short run's start-up, so a run of one subcommand builds that one only.
     */
    private static final Class<?>[] SUBCOMMANDS = {CheckCommand.class, ExtractCommand.class, BatchCommand.class,
        GenerateCommand.class, CommandLine.HelpCommand.class};

    /** Exit status: an input could not be read, or the command line was wrong. */
    public static final int EXIT_UNREADABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        CommandLine cl = new CommandLine(new OgiCommand());
        String first = argv.length == 0 ? "" : argv[0];
        Class<?> only = null;
        for (Class<?> c : SUBCOMMANDS) {
            if (c != CommandLine.HelpCommand.class && c.getAnnotation(Command.class).name().equals(first)) {
                only = c;
            }
        }
        for (Class<?> c : SUBCOMMANDS) {
            if (only == null || c == only) {
                cl.addSubcommand(c);
            }
        }
        // "@files.txt" is a list of inputs (Inputs), not picocli's argument file
        cl.setExpandAtFiles(false);
        cl.setOut(CheckedOutput.of(stdout, "standard output", true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            cl.getErr().println(ex.getMessage());
            ex.getCommandLine().usage(cl.getErr());
            return EXIT_UNREADABLE;
        });
        // anything a command did not expect: one line, exit 2, not a stack trace a script reads as exit 1
        cl.setExecutionExceptionHandler((ex, command, parsed) -> {
            cl.getErr().println("ogi " + command.getCommandName() + ": " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            return EXIT_UNREADABLE;
        });
        return cl;
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
