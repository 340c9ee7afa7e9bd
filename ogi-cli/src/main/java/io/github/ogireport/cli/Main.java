package io.github.ogireport.cli;

import java.io.OutputStream;

/** {@code java -jar ogi.jar}: the command-line entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the file descriptor itself, not System.out, which hides why a write failed
        System.exit(run(new java.io.FileOutputStream(java.io.FileDescriptor.out), args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return run(System.out, args);
    }

    /** A plain {@code check} or {@code extract} runs without picocli ({@link Plain}); the rest through it. */
    private static int run(OutputStream stdout, String... args) {
        return Plain.files(args) != null ? Plain.run(stdout, args)
                : OgiCommand.commandLine(stdout, args).execute(args);
    }
}
