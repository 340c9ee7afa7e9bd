package io.github.ogireport.internal.run;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.LimitExceededException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place that runs a file's work (read, parse, check) under its {@link ParseLimits}, under one deadline.
 * The thread that owns the file is the one that reads it, so a read that blocks counts against the same
 * deadline.
 *
 * <p>Two ways to run, by what the work may hold:
 * <ul>
 *   <li>{@link #run}: work that may not notice an interrupt (the rules of a check, a document reader) runs on a
 *       work thread (large stack) that can be stopped. A caller that is a work thread itself ({@link #threads}:
 *       the batch's workers, which own their files) runs it at once on its own thread; any other caller hands it
 *       to a pooled work thread and waits at most until the deadline.</li>
 *   <li>{@link #runHere}: a parse, whose own loops check for the interrupt ({@link Budget#tick}), runs on the
 *       caller's thread, whatever it is: handing a parse to another thread cost 60–120 µs per call on the 2-core
 *       build machines, a fifth of the seed's whole parse. Within it, the parts that run third-party code (the
 *       document readers: PDFBox was found looping for minutes) go through {@link #stoppable}, which hands them
 *       to a work thread that can be stopped, unless the caller is one. A parse that runs out of the caller's
 *       stack is run again on a work thread.</li>
 * </ul>
 * Either way there is one deadline, kept by the reaper: at it the work's thread is interrupted (the parse checks
 * for it in its loops and stops) and the caller gets a {@link Stop}; a work thread still running the work
 * {@link #GRACE_MS} later is stopped with {@code Thread.stop} (a caller's own thread never is). The deadline is
 * cancelled (and dropped from the reaper's queue) as soon as the work ends, so a finished work is not kept until
 * its deadline. A caller interrupted while waiting (a batch shutting down) hands the work to the same reaper at
 * once, so no stuck thread outlives its limit by more than the grace. No thread carries a deadline's interrupt to
 * its next work. Not API.
 */
public final class Runner {
    /** The stack of a work thread: deeply nested markup is walked recursively. */
    private static final long STACK = 64L * 1024 * 1024;
    /** How long a thread past its deadline has to notice the interrupt before it is stopped. */
    static final long GRACE_MS = 1_000;

    /**
     * The work threads of callers that are not work threads: reused, since creating a thread (with its large
     * stack) per file halved the throughput on small reports (seed: 806 against 1,822 reports/s).
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(threads("ogi-parse", false));

    /** Interrupts work at its deadline and stops it after the grace; independent of whoever waits. */
    private static final ScheduledThreadPoolExecutor REAPER = reaper();

    private Runner() {
    }

    private static ScheduledThreadPoolExecutor reaper() {
        ScheduledThreadPoolExecutor r = new ScheduledThreadPoolExecutor(1, t -> {
            Thread thread = new Thread(t, "ogi-reaper");
            thread.setDaemon(true);
            return thread;
        });
        r.setRemoveOnCancelPolicy(true); // a cancelled deadline leaves the queue at once, and its job with it
        return r;
    }

    /**
     * Daemon work threads named {@code name-1}, {@code name-2}, …: a caller on one runs its work on its own
     * thread (no hand-over), under the same deadline.
     */
    public static ThreadFactory threads(String name) {
        return threads(name, true);
    }

    private static ThreadFactory threads(String name, boolean numbered) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new WorkThread(r, numbered ? name + "-" + n.incrementAndGet() : name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A thread with the stack a parse needs; work started on it runs on it. */
    private static final class WorkThread extends Thread {
        WorkThread(Runnable r, String name) {
            super(null, r, name, STACK);
        }
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
     * Runs {@code work} for {@code file} under {@code limits} on a work thread: its result, or {@code stopped}
     * applied to why it gave none. Exceptions other than a limit hit are rethrown to the caller (unchecked ones as
     * they are).
     */
    public static <R> R run(String file, ParseLimits limits, Function<Budget, R> work, Function<Stop, R> stopped) {
        Object result;
        if (limits.timeout().isZero()) {
            result = attempt(file, limits, work);
        } else {
            Job<R> job = new Job<>(file, limits, work, System.nanoTime() + limits.timeout().toNanos());
            result = Thread.currentThread() instanceof WorkThread ? job.call() : handOver(job);
        }
        return outcome(result, stopped);
    }

    /**
     * Runs {@code work} (a parse: its loops check {@link Budget#tick}) for {@code file} under {@code limits} on
     * the caller's thread, which the deadline interrupts; third-party code within it runs through
     * {@link #stoppable}. Its result, or {@code stopped} applied to why it gave none.
     */
    public static <R> R runHere(String file, ParseLimits limits, Function<Budget, R> work,
            Function<Stop, R> stopped) {
        if (Thread.currentThread() instanceof WorkThread) {
            return run(file, limits, work, stopped);
        }
        Object result;
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        if (limits.timeout().isZero()) {
            result = attempt(file, limits, work);
        } else {
            result = new Job<>(file, limits, work, deadline).call();
        }
        if (result instanceof Stop && ((Stop) result).reason() == Reason.NESTED) {
            // the caller's stack is smaller than a work thread's: the same work again where it was always run,
            // within what is left of the time limit
            result = limits.timeout().isZero() ? handOver(new Job<>(file, limits, work, Long.MAX_VALUE), false)
                    : handOver(new Job<>(file, limits, work, deadline), true);
        }
        return outcome(result, stopped);
    }

    /**
     * Runs third-party code of a {@link #runHere} work (a document reader) where it can be stopped: at once on a
     * work thread, else on a pooled one, waited for until the deadline of the work running on this thread.
     * A limit hit or a deadline in it ends the whole work with its {@link Stop}.
     */
    public static <T> T stoppable(Supplier<T> work) {
        Job<?> outer = Thread.currentThread() instanceof WorkThread ? null : HERE.get();
        if (outer == null) {
            return work.get();
        }
        Object result = handOver(new Job<>(outer.file, outer.limits, budget -> work.get(), outer.deadline), true);
        if (result instanceof Stop) {
            throw new Stopped((Stop) result);
        }
        @SuppressWarnings("unchecked")
        T t = (T) result;
        return t;
    }

    private static <R> R outcome(Object result, Function<Stop, R> stopped) {
        if (result instanceof Stop) {
            return stopped.apply((Stop) result);
        }
        @SuppressWarnings("unchecked")
        R r = (R) result;
        return r;
    }

    /** A {@link #stoppable} part's stop, carried out of the work that ran it. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Stop stop;

        Stopped(Stop stop) {
            super(stop.message(), null, false, false);
            this.stop = stop;
        }
    }

    /**
     * The deadlines of the jobs running, kept by one check on the reaper at the earliest of them: a job starting
     * and ending costs an entry in a set, where a timer of its own scheduled and cancelled on the reaper woke its
     * thread each time (20–40 µs of a 150 µs parse on the 2-core build machine). A job whose deadline is later than
     * the check already set (the usual case: every job has the same time limit) sets none; the check expires the
     * jobs past their deadline and sets the next for the earliest one left.
     */
    private static final class Deadlines {
        private static final java.util.Set<Job<?>> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();
        /** When the next check runs ({@code System.nanoTime}), or none set: guarded by the class. */
        private static long checkAt;
        private static boolean set;

        private Deadlines() {
        }

        /** Watches {@code job} until {@link #drop}: at its deadline the job {@linkplain Job#expire expires}. */
        static void watch(Job<?> job) {
            RUNNING.add(job); // before the check is set: a check running now either sees the job or sets none
            checkBy(job.deadline);
        }

        static void drop(Job<?> job) {
            RUNNING.remove(job);
        }

        /** Sets a check at {@code deadline} unless one runs by then. */
        private static synchronized void checkBy(long deadline) {
            if (set && checkAt - deadline <= 0) {
                return;
            }
            set = true;
            checkAt = deadline;
            REAPER.schedule(Deadlines::check, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }

        /** Expires the jobs past their deadline, then sets the check for the earliest left. */
        private static void check() {
            synchronized (Deadlines.class) {
                set = false; // a job watched from now on sets its own check, unless this one sets an earlier
            }
            long now = System.nanoTime();
            long next = 0;
            boolean left = false;
            for (Job<?> job : RUNNING) {
                if (job.deadline - now <= 0) {
                    RUNNING.remove(job);
                    job.expire();
                } else if (!left || job.deadline - next < 0) {
                    next = job.deadline;
                    left = true;
                }
            }
            if (left) {
                checkBy(next);
            }
        }
    }

    /** The {@link #runHere} job running on this (non-work) thread, for {@link #stoppable}. */
    private static final ThreadLocal<Job<?>> HERE = new ThreadLocal<>();

    /** Runs the job on a pooled work thread and waits for it until its deadline. */
    private static Object handOver(Job<?> job) {
        return handOver(job, true);
    }

    /** Runs the job on a pooled work thread and waits for it until its deadline, or as long as it takes. */
    private static Object handOver(Job<?> job, boolean timed) {
        FutureTask<Object> task = new FutureTask<>(() -> {
            try {
                return job.call();
            } finally {
                Thread.interrupted(); // a pooled thread carries no interrupt (the job's own, say) to the next
            }
        });
        THREADS.execute(task);
        try {
            return timed ? task.get(Math.max(0, job.deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    : task.get();
        } catch (TimeoutException | CancellationException e) {
            job.expire(); // the reaper may not have got to it yet: the caller does not wait for it
            return job.timeout();
        } catch (InterruptedException e) {
            job.expire();
            Thread.currentThread().interrupt();
            return job.interrupted();
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
    }

    /** The work's result, or the {@link Stop} of a limit hit, a stack overflow or an out-of-memory. */
    private static Object attempt(String file, ParseLimits limits, Function<Budget, ?> work) {
        try {
            return work.apply(Budget.of(limits, file));
        } catch (LimitExceededException e) {
            return new Stop(Reason.LIMIT, e.getMessage());
        } catch (Stopped e) {
            return e.stop;
        } catch (StackOverflowError e) {
            return new Stop(Reason.NESTED, file + ": too deeply nested to parse");
        } catch (OutOfMemoryError e) {
            return new Stop(Reason.MEMORY, file + ": too large to parse (out of memory)");
        }
    }

    /**
     * One work under one deadline, run by {@link #call} on the thread that calls it. The reaper's
     * {@link #expire} at the deadline interrupts that thread and schedules {@link #stopIfStuck}; {@link #end}
     * cancels both, so that the reaper drops the job as soon as it is done.
     */
    private static final class Job<R> {
        private final String file;
        private final ParseLimits limits;
        private final Function<Budget, R> work;
        final long deadline;
        /** The reaper's stop of a thread past its deadline: guarded by {@code this}. */
        private ScheduledFuture<?> timer;
        /** The thread running this job, null before and after: guarded by {@code this}. */
        private Thread thread;
        private boolean done;
        private boolean expired;
        private boolean stopped;

        Job(String file, ParseLimits limits, Function<Budget, R> work, long deadline) {
            this.file = file;
            this.limits = limits;
            this.work = work;
            this.deadline = deadline;
        }

        /** Runs the work on this thread: its result or a {@link Stop}. */
        Object call() {
            Thread self = Thread.currentThread();
            synchronized (this) {
                if (done || expired) {
                    return expired ? timeout() : interrupted();
                }
                if (self.isInterrupted()) { // the caller is being shut down: the work does not start
                    done = true;
                    return interrupted();
                }
                thread = self;
            }
            Deadlines.watch(this);
            Object result = null;
            boolean here = !(self instanceof WorkThread);
            if (here) {
                HERE.set(this);
            }
            try {
                try {
                    result = attempt(file, limits, work);
                } finally {
                    end();
                    if (here) {
                        HERE.remove();
                    }
                }
            } catch (ThreadDeath e) {
                end();
                synchronized (this) {
                    if (!stopped) {
                        throw e; // not this job's stop (an outer job's, when one work runs another)
                    }
                }
                // stopIfStuck: the work was stuck past the grace (only this file's objects were in its hands)
            }
            synchronized (this) {
                if (!expired) {
                    // a caller's thread interrupted by its own code stopped the parse: that is what it was
                    return here && result instanceof Stop && self.isInterrupted() ? interrupted() : result;
                }
            }
            Thread.interrupted(); // the deadline's interrupt must not reach the thread's next work
            return timeout();
        }

        /** The work has ended (or been stopped): no interrupt or stop reaches this thread after it. */
        private void end() {
            synchronized (this) {
                done = true;
                thread = null;
                if (timer != null) {
                    timer.cancel(false);
                    timer = null;
                }
            }
            Deadlines.drop(this);
        }

        /** At the deadline: interrupts the work (once) and schedules its stop, should it not notice. */
        synchronized void expire() {
            if (done || expired) {
                return;
            }
            expired = true;
            if (thread != null) {
                thread.interrupt();
                if (thread instanceof WorkThread) { // a caller's own thread is never stopped
                    timer = REAPER.schedule(this::stopIfStuck, GRACE_MS, TimeUnit.MILLISECONDS);
                }
            }
        }

        /**
         * Stops a thread stuck in a loop that never checks for the interrupt (PDFBox expanding a CMap range of
         * billions of codes, found by the fuzzer: testdata/fuzz/fuzz-docs-20261128-4052-2024-f2021-owner-
         * password.pdf; a rule over a crafted report). The thread holds only this file's own objects, so
         * stopping it harms nothing shared; {@link #call} catches the {@code ThreadDeath} and the thread goes on
         * with its next work.
         */
        @SuppressWarnings({"deprecation", "removal"})
        synchronized void stopIfStuck() {
            if (thread == null) {
                return;
            }
            try {
                stopped = true;
                thread.stop();
            } catch (UnsupportedOperationException e) {
                // a later Java: the daemon thread is left to finish on its own
            }
        }

        Stop timeout() {
            String limit = ParseLimits.seconds(limits.timeout());
            return new Stop(Reason.TIMEOUT, ParseLimits.message(file, "still running after " + limit, limit,
                    "--timeout"));
        }

        Stop interrupted() {
            return new Stop(Reason.INTERRUPTED, file + ": interrupted");
        }
    }
}
