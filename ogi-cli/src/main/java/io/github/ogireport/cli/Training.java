package io.github.ogireport.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The training run of {@code bin/ogi}'s start-up archive: several ogi command lines run in one JVM, one after
 * the other, their arguments separated by {@value #THEN}, their output left to the caller (the launcher discards
 * it). One JVM records what all of them load: a JDK 24+ AOT configuration records a single run, and one run
 * costs less than one per command. Not API.
 */
public final class Training {
    /** The argument that ends one command line and starts the next. */
    static final String THEN = "--then";

    private Training() {
    }

    /**
     * Runs each command line of {@code args}, then exits as {@code ogi} does ({@link System#exit}: from JDK 21 on,
     * an exit loads the JDK's logging classes, which the archive then holds too).
     *
     * @param args command lines separated by {@value #THEN}
     */
    public static void main(String[] args) {
        run(args);
        System.exit(0);
    }

    /** Runs each command line of {@code args}. */
    static void run(String... args) {
        for (List<String> run : runs(args)) {
            Main.run(run.toArray(new String[0]));
        }
    }

    /** The command lines of {@code args}; an empty one (two separators in a row) is left out. */
    static List<List<String>> runs(String... args) {
        List<List<String>> runs = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String a : args) {
            if (THEN.equals(a)) {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            } else {
                run.add(a);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }
}
