package io.github.ogireport.cli;


/** {@code java -jar ogi.jar}: the command-line entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return OgiCommand.commandLine().execute(args);
    }
}
