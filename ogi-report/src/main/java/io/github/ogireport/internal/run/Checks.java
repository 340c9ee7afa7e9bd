package io.github.ogireport.internal.run;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A file read, parsed and checked under one deadline ({@link Runner}): what {@code ogi check} runs. Not API. */
public final class Checks {
    private Checks() {
    }

    /** The parse of {@code file}; a file that cannot be read is a report whose error says why. */
    public static Report parse(Path file, ParseLimits limits) {
        return Runner.run(file.toString(), limits, budget -> read(file, budget),
                stop -> Report.unreadable(file.toString(), "", stop.message()));
    }

    /** The check of {@code file}: the time limit bounds the read, the parse and the rules together. */
    public static CheckResult check(Path file, ParseLimits limits, Checker checker) {
        return check(file, limits, checker, () -> { });
    }

    /**
     * The check of {@code file}, as {@link #check(Path, ParseLimits, Checker)}, running {@code beforeCheck} before the
     * rules, after the parse or its stop (the command line's class warm-up waits there).
     */
    public static CheckResult check(Path file, ParseLimits limits, Checker checker, Runnable beforeCheck) {
        return Runner.run(file.toString(), limits, budget -> {
            Report report = read(file, budget);
            beforeCheck.run();
            return checker.check(report);
        }, stop -> {
            beforeCheck.run();
            return checker.check(Report.unreadable(file.toString(), "", stop.message()));
        });
    }

    private static Report read(Path file, io.github.ogireport.internal.Budget budget) {
        try {
            return Reading.file(file, budget);
        } catch (NoSuchFileException e) {
            return Report.unreadable(file.toString(), "", "file not found");
        } catch (IOException e) {
            return Report.unreadable(file.toString(), "", "cannot read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }
}
