package io.github.ogireport.cli;


/** {@code java -jar ogi.jar}: the command-line entry point. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the file descriptor itself, not System.out, which hides why a write failed
        System.exit(OgiCommand.commandLine(new java.io.FileOutputStream(java.io.FileDescriptor.out), args)
                .execute(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int run(String... args) {
        return OgiCommand.commandLine(args).execute(args);
    }
}
