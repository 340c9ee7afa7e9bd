package io.github.ogireport.internal.run;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.LimitExceededException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The one place that runs a file's work (read, parse, check) under its {@link ParseLimits}: on a pooled thread
 * of its own with a large stack, under one deadline that starts when the work is handed over. The thread that
 * owns the file is the one that reads it, so a read that blocks counts against the same deadline.
 *
 * <p>At the deadline the work is interrupted (the parse checks for it in its loops and stops) and the caller
 * gets a {@link Stop}; a thread still running {@link #GRACE_MS} later is stopped with {@code Thread.stop}.
 * The same happens when the caller itself is interrupted while waiting (a batch shutting down): every path
 * that leaves a running work behind hands it to the reaper, so no stuck thread outlives its limit by more
 * than the grace. Not API.
 */
public final class Runner {
    /** The stack of a work thread: deeply nested markup is walked recursively. */
    private static final long STACK = 64L * 1024 * 1024;
    /** How long a thread past its deadline has to notice the interrupt before it is stopped. */
    static final long GRACE_MS = 1_000;

    /**
     * The threads work runs on: reused, since creating a thread (with its large stack) per file halved the
     * throughput on small reports (seed: 806 against 1,822 reports/s).
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "ogi-parse", STACK);
        t.setDaemon(true);
        return t;
    });

    /** Interrupts work at its deadline and stops it after the grace; independent of whoever waits. */
    private static final ScheduledExecutorService REAPER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "ogi-reaper");
        t.setDaemon(true);
        return t;
    });

    private Runner() {
    }

    /** Why a work gave no result. */
    public enum Reason {
        /** Past the time limit. */
        TIMEOUT,
        /** A size, character, cell, span or page limit. */
        LIMIT,
        /** Too deeply nested: the stack ran out. */
        NESTED,
        /** Out of memory. */
        MEMORY,
        /** The caller was interrupted while waiting. */
        INTERRUPTED
    }

    /**
     * A work that gave no result.
     *
     * @param reason  why
     * @param message the user's message, naming the file (and the limit and its option where there is one)
     */
    public record Stop(Reason reason, String message) {
    }

    /**
     * Runs {@code work} for {@code file} under {@code limits}: its result, or {@code stopped} applied to why it
     * gave none. Exceptions other than a limit hit are rethrown to the caller (unchecked ones as they are).
     */
    public static <R> R run(String file, ParseLimits limits, Function<Budget, R> work, Function<Stop, R> stopped) {
        if (limits.timeout().isZero()) {
            Stop stop;
            try {
                return work.apply(Budget.of(limits, file));
            } catch (LimitExceededException e) {
                stop = new Stop(Reason.LIMIT, e.getMessage());
            } catch (StackOverflowError e) {
                stop = nested(file);
            } catch (OutOfMemoryError e) {
                stop = memory(file);
            }
            return stopped.apply(stop);
        }
        Job<R> job = new Job<>(file, limits, work);
        FutureTask<Object> task = new FutureTask<>(job::call);
        job.task = task;
        THREADS.execute(task);
        long timeout = limits.timeout().toNanos();
        REAPER.schedule(job::abandon, timeout, TimeUnit.NANOSECONDS);
        Object result;
        try {
            result = task.get(timeout, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | java.util.concurrent.CancellationException e) {
            // cancelled: the reaper got to the deadline first
            job.abandon();
            String limit = ParseLimits.seconds(limits.timeout());
            return stopped.apply(new Stop(Reason.TIMEOUT, ParseLimits.message(file, "still running after " + limit,
                    limit, "--timeout")));
        } catch (InterruptedException e) {
            job.abandon();
            Thread.currentThread().interrupt();
            return stopped.apply(new Stop(Reason.INTERRUPTED, file + ": interrupted"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
        if (result instanceof Stop) {
            return stopped.apply((Stop) result);
        }
        @SuppressWarnings("unchecked")
        R r = (R) result;
        return r;
    }

    private static Stop nested(String file) {
        return new Stop(Reason.NESTED, file + ": too deeply nested to parse");
    }

    private static Stop memory(String file) {
        return new Stop(Reason.MEMORY, file + ": too large to parse (out of memory)");
    }

    /** One work on one pooled thread; {@link #abandon} interrupts it and schedules its stop. */
    private static final class Job<R> {
        private final String file;
        private final ParseLimits limits;
        private final Function<Budget, R> work;
        volatile FutureTask<Object> task;
        /** The thread running this job, null before and after: guarded by {@code this}. */
        private Thread thread;
        private boolean done;
        private boolean abandoned;

        Job(String file, ParseLimits limits, Function<Budget, R> work) {
            this.file = file;
            this.limits = limits;
            this.work = work;
        }

        Object call() {
            synchronized (this) {
                if (done) {
                    return new Stop(Reason.INTERRUPTED, file + ": interrupted");
                }
                thread = Thread.currentThread();
            }
            try {
                return work.apply(Budget.of(limits, file));
            } catch (LimitExceededException e) {
                return new Stop(Reason.LIMIT, e.getMessage());
            } catch (StackOverflowError e) {
                return nested(file);
            } catch (OutOfMemoryError e) {
                return memory(file);
            } finally {
                synchronized (this) {
                    done = true;
                    thread = null;
                }
                Thread.interrupted(); // a pooled thread must not carry this job's interrupt to the next
            }
        }

        /** Interrupts the work (once) and stops its thread if it still runs it after the grace. */
        void abandon() {
            synchronized (this) {
                if (done || abandoned) {
                    return;
                }
                abandoned = true;
            }
            task.cancel(true);
            REAPER.schedule(this::stopIfStuck, GRACE_MS, TimeUnit.MILLISECONDS);
        }

        /**
         * Stops a thread stuck in a loop that never checks for the interrupt (PDFBox expanding a CMap range of
         * billions of codes, found by the fuzzer: testdata/fuzz/fuzz-docs-20261128-4052-2024-f2021-owner-
         * password.pdf; a rule over a crafted report). The thread holds only this file's own objects, so
         * stopping it harms nothing shared; the pool replaces it.
         */
        @SuppressWarnings({"deprecation", "removal"})
        void stopIfStuck() {
            synchronized (this) {
                if (thread == null) {
                    return;
                }
                try {
                    thread.stop();
                } catch (UnsupportedOperationException e) {
                    // a later Java: the daemon thread is left to finish on its own
                }
            }
        }
    }
}
