package io.github.ogireport.internal.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.ogireport.ParseLimits;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Runner}: where the work runs, and what a deadline leaves behind on the thread. */
class RunnerTest {
    private final ExecutorService workers = Executors.newSingleThreadExecutor(Runner.threads("test-worker"));
    private static volatile long sink;

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private static ParseLimits timeout(long ms) {
        return ParseLimits.defaults().withTimeout(Duration.ofMillis(ms));
    }

    private static String run(ParseLimits limits, java.util.function.Supplier<String> work) {
        return Runner.run("f.txt", limits, budget -> work.get(), stop -> stop.reason().name());
    }

    @Test
    void aWorkThreadRunsTheWorkItselfOthersHandItOver() throws Exception {
        Thread[] ran = new Thread[1];
        Future<Thread> caller = workers.submit(() -> {
            run(timeout(10_000), () -> {
                ran[0] = Thread.currentThread();
                return "ok";
            });
            return Thread.currentThread();
        });
        assertSame(caller.get(), ran[0], "on the worker that owns the file");
        run(timeout(10_000), () -> {
            ran[0] = Thread.currentThread();
            return "ok";
        });
        assertNotSame(Thread.currentThread(), ran[0], "a plain caller hands it to a work thread");
        assertEquals("ogi-parse", ran[0].getName());
    }

    @Test
    void pastTheDeadlineTheWorkerIsInterruptedThenFreeForItsNextWork() throws Exception {
        Future<String[]> f = workers.submit(() -> {
            String first = run(timeout(100), () -> {
                try {
                    Thread.sleep(60_000);
                    return "slept";
                } catch (InterruptedException e) {
                    return "interrupted"; // swallowed, as a careless library does
                }
            });
            boolean carried = Thread.currentThread().isInterrupted();
            String next = run(timeout(10_000), () -> "ok");
            return new String[] {first, Boolean.toString(carried), next};
        });
        String[] r = f.get();
        assertEquals("TIMEOUT", r[0]);
        assertEquals("false", r[1], "the deadline's interrupt is not carried to the next work");
        assertEquals("ok", r[2]);
    }

    @Test
    void aWorkStuckPastTheGraceIsStoppedAndTheWorkerGoesOn() throws Exception {
        Future<String[]> f = workers.submit(() -> {
            String first = run(timeout(100), () -> {
                while (true) { // never looks at the interrupt
                    sink++;
                }
            });
            String next = run(timeout(10_000), () -> "ok");
            return new String[] {first, next, Boolean.toString(Thread.currentThread().isInterrupted())};
        });
        String[] r = f.get();
        assertEquals("TIMEOUT", r[0]);
        assertEquals("ok", r[1]);
        assertEquals("false", r[2]);
    }

    @Test
    void aFinishedWorkIsNotInterruptedLater() throws Exception {
        Future<Boolean> f = workers.submit(() -> {
            run(timeout(200), () -> "quick");
            Thread.sleep(600); // past the first work's deadline: it was cancelled, nothing reaches this thread
            return Thread.currentThread().isInterrupted();
        });
        assertFalse(f.get());
    }

    @Test
    void aStackOverflowIsAStop() throws Exception {
        Future<String> f = workers.submit(() -> run(timeout(30_000), () -> deep(0)));
        assertEquals("NESTED", f.get());
    }

    private static String here(ParseLimits limits, java.util.function.Function<io.github.ogireport.internal.Budget,
            String> work) {
        return Runner.runHere("f.txt", limits, work, stop -> stop.reason().name());
    }

    /** A plain thread with a small stack, as a library caller's may be. */
    private static <T> T onPlainThread(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Thread t = new Thread(null, task, "caller", 256 * 1024);
        t.start();
        return task.get();
    }

    @Test
    void aParseRunsOnTheCallersOwnThread() throws Exception {
        Thread[] ran = new Thread[1];
        Thread caller = onPlainThread(() -> {
            here(timeout(10_000), budget -> {
                ran[0] = Thread.currentThread();
                return "ok";
            });
            return Thread.currentThread();
        });
        assertSame(caller, ran[0], "no hand-over for a parse");
    }

    @Test
    void pastTheDeadlineAParseOnTheCallersThreadStopsAtItsNextTickAndLeavesNoInterrupt() throws Exception {
        String[] r = onPlainThread(() -> {
            String first = here(timeout(100), budget -> {
                while (true) {
                    budget.tick(); // as the layouts' loops do
                    sink++;
                }
            });
            boolean carried = Thread.currentThread().isInterrupted();
            return new String[] {first, Boolean.toString(carried), here(timeout(10_000), budget -> "ok")};
        });
        assertEquals("TIMEOUT", r[0]);
        assertEquals("false", r[1], "the deadline's interrupt is not carried back to the caller");
        assertEquals("ok", r[2]);
    }

    @Test
    void aCallersOwnThreadIsNeverStoppedOnlyInterrupted() throws Exception {
        boolean[] finished = new boolean[1];
        String r = onPlainThread(() -> here(timeout(100), budget -> {
            long end = System.nanoTime() + Runner.GRACE_MS * 1_000_000 + 500_000_000L;
            while (System.nanoTime() < end) { // past the deadline and the grace, never looking at the interrupt
                sink++;
            }
            finished[0] = true;
            return "late";
        }));
        assertEquals("TIMEOUT", r, "late, so past its deadline");
        assertEquals(true, finished[0], "the caller's code ran to its end: no ThreadDeath in a caller's thread");
    }

    @Test
    void aCallerInterruptedByItsOwnCodeGetsInterruptedAndKeepsItsInterrupt() throws Exception {
        String[] r = onPlainThread(() -> {
            Thread.currentThread().interrupt();
            String first = here(timeout(10_000), budget -> "ran");
            return new String[] {first, Boolean.toString(Thread.interrupted())};
        });
        assertEquals("INTERRUPTED", r[0]);
        assertEquals("true", r[1]);
    }

    @Test
    void aStuckStoppablePartEndsTheParseAtTheDeadlineAndIsStopped() throws Exception {
        Thread[] ran = new Thread[1];
        long[] took = new long[1];
        String[] r = onPlainThread(() -> {
            long t0 = System.nanoTime();
            String first = here(timeout(200), budget -> Runner.stoppable(() -> {
                ran[0] = Thread.currentThread();
                while (true) { // a document reader that never looks at the interrupt
                    sink++;
                }
            }));
            took[0] = (System.nanoTime() - t0) / 1_000_000;
            return new String[] {first, Boolean.toString(Thread.currentThread().isInterrupted())};
        });
        assertEquals("TIMEOUT", r[0]);
        assertEquals("false", r[1]);
        org.junit.jupiter.api.Assertions.assertNotNull(ran[0], "the stoppable part ran");
        assertEquals("ogi-parse", ran[0].getName(), "third-party code runs where it can be stopped");
        for (int i = 0; i < 100 && ran[0].getState() == Thread.State.RUNNABLE; i++) {
            Thread.sleep(100); // the grace, then the stop: the pooled thread waits for its next work
        }
        assertFalse(ran[0].getState() == Thread.State.RUNNABLE, "the stuck part is stopped after the grace");
    }

    @Test
    void aStoppablePartOnAWorkThreadRunsThereAndItsResultComesBack() throws Exception {
        Thread[] ran = new Thread[1];
        Future<Thread> caller = workers.submit(() -> {
            assertEquals("doc", here(timeout(10_000), budget -> Runner.stoppable(() -> {
                ran[0] = Thread.currentThread();
                return "doc";
            })));
            return Thread.currentThread();
        });
        assertSame(caller.get(), ran[0]);
        assertEquals("doc", onPlainThread(() -> here(timeout(10_000), budget -> Runner.stoppable(() -> "doc"))));
    }

    @Test
    void aLimitHitInAStoppablePartIsTheParsesStop() throws Exception {
        assertEquals("LIMIT", onPlainThread(() -> here(timeout(10_000), budget -> Runner.stoppable(() -> {
            throw new io.github.ogireport.internal.LimitExceededException("f.txt: over");
        }))));
    }

    @Test
    void aParseDeeperThanTheCallersStackIsRunAgainOnAWorkThread() throws Exception {
        int[] depth = new int[1];
        String r = onPlainThread(() -> here(timeout(30_000), budget -> {
            depth[0] = 0;
            return bounded(0, 20_000, depth); // a 256 KB stack overflows, a work thread's does not
        }));
        assertEquals("deep", r);
        assertEquals("NESTED", onPlainThread(() -> here(timeout(30_000), budget -> deep(0))),
                "deeper than any stack is still a stop");
    }

    private static String bounded(int n, int max, int[] depth) {
        depth[0] = Math.max(depth[0], n);
        return n == max ? "deep" : bounded(n + 1, max, depth).substring(0);
    }

    private static String deep(int n) {
        return n < 0 ? "" : deep(n + 1) + "x";
    }
}
