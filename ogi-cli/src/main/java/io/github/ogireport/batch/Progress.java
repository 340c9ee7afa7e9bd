package io.github.ogireport.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A progress line on standard error, redrawn every second: done/total, rate, ETA. */
final class Progress {
    private final BatchStats stats;
    private final ScheduledExecutorService timer;
    private final PrintStream err = System.err;

    Progress(BatchStats stats, boolean on) {
        this.stats = stats;
        if (on) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "ogi-batch-progress");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleAtFixedRate(this::print, 1, 1, TimeUnit.SECONDS);
        } else {
            timer = null;
        }
    }

    /** The progress line. */
    static String line(long done, long total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 ? duration((total - done) / rate) : "?";
        return String.format(Locale.ROOT, "%d/%d files  %.1f/s  ETA %s", done, total, rate, eta);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, s % 3600 / 60);
        }
        if (s >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
        }
        return s + "s";
    }

    private void print() {
        err.print("\r" + line(stats.done(), stats.inputs(), stats.seconds()) + "   ");
        err.flush();
    }

    void stop() {
        if (timer != null) {
            timer.shutdownNow();
            print();
            err.println();
        }
    }
}
