package io.github.ogireport.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ogi} command: parses and checks government information-disclosure annual reports. */
@Command(name = "ogi", mixinStandardHelpOptions = true, versionProvider = OgiCommand.Version.class,
        description = "Parses and checks China's government information-disclosure annual reports "
                + "(政府信息公开工作年度报告).",
        subcommands = {CheckCommand.class, ExtractCommand.class, BatchCommand.class, GenerateCommand.class,
            CommandLine.HelpCommand.class})
public final class OgiCommand implements Runnable {
    /** Exit status: an input could not be read, or the command line was wrong. */
    public static final int EXIT_UNREADABLE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line, writing UTF-8 whatever the platform default. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new OgiCommand());
        // "@files.txt" is a list of inputs (Inputs), not picocli's argument file
        cl.setExpandAtFiles(false);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            cl.getErr().println(ex.getMessage());
            ex.getCommandLine().usage(cl.getErr());
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
