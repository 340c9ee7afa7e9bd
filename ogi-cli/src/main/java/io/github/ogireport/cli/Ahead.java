package io.github.ogireport.cli;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.internal.run.Checks;
import io.github.ogireport.internal.run.Runner;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The check of the one report a bare {@code ogi check FILE} names, begun on a work thread as the JVM starts, while
 * the main thread builds picocli's model and parses the same command line (tens of milliseconds of a cold run, in
 * which the check's thread would otherwise wait; docs/performance.md, start-up). With no
 * option given, the command's limits and rules are the defaults, and its one input is that file: {@link #take}
 * hands the result over only when the parsed command line says so, so the command runs as it would without it
 * (same output, same errors, same exit status). Anything else (an option, a folder, {@code @LIST}, two files, a
 * file that is not there) starts nothing.
 */
final class Ahead {
    /** The check begun (made on its thread), or null: taken once by {@link #take}. */
    private static FutureTask<Ahead> begun;

    private final Path file;
    private final RuleRegistry registry;
    /** The thread checking: the fields below are set when it ends. */
    private final Thread thread;
    private CheckResult result;
    /** What the check threw (a RuntimeException or an Error: Checks.check declares nothing else). */
    private Throwable thrown;

    private Ahead(Path file) {
        this.file = file;
        this.registry = RuleRegistry.withServiceLoader();
        this.thread = Thread.currentThread();
    }

    /** Checks the file, on the thread that made this. */
    private void check() {
        try {
            result = Checks.check(file, ParseLimits.defaults(), new Checker(registry, CheckConfig.defaults()));
        } catch (RuntimeException | Error e) {
            thrown = e;
        }
    }

    /** Begins the check when {@code args} is {@code check FILE}, FILE a regular file. */
    static synchronized void begin(String... args) {
        if (args.length != 2 || !"check".equals(args[0]) || args[1].isEmpty() || args[1].charAt(0) == '-'
                || args[1].charAt(0) == '@') {
            return;
        }
        Path file;
        try {
            file = Path.of(args[1]);
        } catch (InvalidPathException e) {
            return; // picocli says why
        }
        if (!Files.isRegularFile(file)) {
            return;
        }
        FutureTask<Ahead> made = new FutureTask<>(() -> new Ahead(file));
        // a work thread: the check runs on it as on the one the command would hand it to
        Runner.threads("ogi-ahead").newThread(() -> {
            made.run();
            try {
                made.get().check();
            } catch (InterruptedException | ExecutionException e) {
                // the registry could not be made: take() gives nothing and the command makes it itself
            }
        }).start();
        begun = made;
    }

    /** The check begun, or null when none was (or the rules could not be made): its registry is ready. */
    static synchronized Ahead take() {
        FutureTask<Ahead> made = begun;
        begun = null;
        if (made == null) {
            return null;
        }
        try {
            return made.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** True when this is the check of {@code inputs} under {@code limits} and {@code config}. */
    boolean isFor(List<Path> inputs, ParseLimits limits, CheckConfig config) {
        return inputs.size() == 1 && inputs.get(0).equals(file) && defaults(limits) && defaults(config);
    }

    // component by component: a record's own equals is linked on first use through ObjectMethods, which costs
    // a cold run tens of milliseconds (docs/performance.md, start-up)
    private static boolean defaults(ParseLimits l) {
        ParseLimits d = ParseLimits.defaults();
        return l.maxBytes() == d.maxBytes() && l.maxChars() == d.maxChars() && l.maxCells() == d.maxCells()
                && l.maxSpan() == d.maxSpan() && l.timeout().equals(d.timeout()) && l.maxPages() == d.maxPages();
    }

    private static boolean defaults(CheckConfig c) {
        CheckConfig d = CheckConfig.defaults();
        return c.disabled().equals(d.disabled()) && c.only().equals(d.only()) && c.failOn() == d.failOn()
                && c.amountTolerance().equals(d.amountTolerance()) && c.includePass() == d.includePass();
    }

    /** The rules the check runs. */
    RuleRegistry registry() {
        return registry;
    }

    /** The check's result, waited for; what it threw, rethrown. */
    CheckResult result() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (thrown instanceof RuntimeException) {
            throw (RuntimeException) thrown;
        }
        if (thrown != null) {
            throw (Error) thrown;
        }
        return result;
    }
}
