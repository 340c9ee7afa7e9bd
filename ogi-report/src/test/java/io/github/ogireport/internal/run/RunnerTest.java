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

    private static String deep(int n) {
        return n < 0 ? "" : deep(n + 1) + "x";
    }
}
