package io.github.ogireport.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line in-process, capturing standard output and error.
 *
 * @param status the exit status
 * @param out    what it printed on standard output
 * @param err    what it printed on standard error
 */
record CliRun(int status, String out, String err) {

    static CliRun of(String... args) {
        return of(Main::run, args);
    }

    /** {@code args} run by {@code runner}, which returns the exit status. */
    static CliRun of(java.util.function.ToIntFunction<String[]> runner, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = runner.applyAsInt(args);
            return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
