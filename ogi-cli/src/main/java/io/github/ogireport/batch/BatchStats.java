package io.github.ogireport.batch;

import io.github.ogireport.check.Status;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Counts of a batch run; thread-safe. What {@code summary.txt} says. */
public final class BatchStats {
    private final long inputs;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private final Map<String, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final Map<String, Map<Status, LongAdder>> byRule = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> bySeverity = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byCompleteness = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();
    private volatile long finished;
    private volatile boolean interrupted;
    private volatile long comparisons;

    BatchStats(long inputs) {
        this.inputs = inputs;
    }

    void row(String status) {
        done.incrementAndGet();
        byStatus.computeIfAbsent(status, k -> new LongAdder()).increment();
    }

    void skip() {
        done.incrementAndGet();
        skipped.incrementAndGet();
    }

    /** Counts an input that got no row: not even its error row could be written (an internal failure). */
    void noRow() {
        lost.incrementAndGet();
    }

    /** Inputs that got no row because not even their error row could be written; 0 in a sound run. */
    public long lost() {
        return lost.get();
    }

    void finding(String rule, Status status, String severity) {
        byRule.computeIfAbsent(rule, k -> new ConcurrentHashMap<>()).computeIfAbsent(status, k -> new LongAdder())
                .increment();
        bySeverity.computeIfAbsent(severity, k -> new LongAdder()).increment();
    }

    /** Counts a report read by its completeness in percent (reports.csv's {@code completeness}). */
    void completeness(String percent) {
        if (percent == null || percent.isEmpty()) {
            return;
        }
        int p = Integer.parseInt(percent);
        String bucket = p == 100 ? "100%" : p >= 90 ? "90-99%" : p >= 50 ? "50-89%" : "0-49%";
        byCompleteness.computeIfAbsent(bucket, k -> new LongAdder()).increment();
    }

    /**
     * Reports read, by the share of their format's cells read under their own label: {@code 100%},
     * {@code 90-99%}, {@code 50-89%}, {@code 0-49%} (only the buckets that occur).
     */
    public Map<String, Long> byCompleteness() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String bucket : List.of("100%", "90-99%", "50-89%", "0-49%")) {
            LongAdder a = byCompleteness.get(bucket);
            if (a != null) {
                out.put(bucket, a.sum());
            }
        }
        return out;
    }

    void comparisons(long n) {
        comparisons = n;
    }

    void finish(boolean wasInterrupted) {
        if (finished == 0) {
            finished = System.nanoTime();
        }
        interrupted |= wasInterrupted;
    }

    /** Inputs given. */
    public long inputs() {
        return inputs;
    }

    /** Inputs dealt with so far: rows written plus inputs skipped by --resume. */
    public long done() {
        return done.get();
    }

    /** Inputs skipped because reports.csv already had them (--resume). */
    public long skipped() {
        return skipped.get();
    }

    /** Rows written in this run. */
    public long rows() {
        return done.get() - skipped.get();
    }

    /** Rows with status ok. */
    public long ok() {
        LongAdder a = byStatus.get("ok");
        return a == null ? 0 : a.sum();
    }

    /** Rows with another status (the file could not be read, timed out, was too large…). */
    public long failed() {
        return rows() - ok();
    }

    /** Rows per status. */
    public Map<String, Long> byStatus() {
        Map<String, Long> out = new TreeMap<>();
        byStatus.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    /** Non-PASS findings per rule and status (single-report and cross-year rules). */
    public Map<String, Map<Status, Long>> byRule() {
        Map<String, Map<Status, Long>> out = new TreeMap<>();
        byRule.forEach((rule, m) -> {
            Map<Status, Long> s = new EnumMap<>(Status.class);
            m.forEach((k, v) -> s.put(k, v.sum()));
            out.put(rule, s);
        });
        return out;
    }

    /** Non-PASS findings in all. */
    public long findings() {
        return bySeverity.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Seconds since the start (until the end once finished). */
    public double seconds() {
        long end = finished == 0 ? System.nanoTime() : finished;
        return (end - started) / 1e9;
    }

    /** Rows written per second. */
    public double rate() {
        double s = seconds();
        return s <= 0 ? 0 : rows() / s;
    }

    /** True when the run was stopped before the end. */
    public boolean interrupted() {
        return interrupted;
    }

    /** The text of summary.txt. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append("ogi batch summary\n");
        b.append(String.format(Locale.ROOT, "files: %d%n", inputs));
        b.append(String.format(Locale.ROOT, "rows written: %d%n", rows()));
        if (skipped() > 0) {
            b.append(String.format(Locale.ROOT, "skipped (already in reports.csv, --resume): %d%n", skipped()));
        }
        b.append(String.format(Locale.ROOT, "ok: %d%n", ok()));
        b.append(String.format(Locale.ROOT, "errors: %d%n", failed()));
        byStatus().forEach((k, v) -> {
            if (!k.equals("ok")) {
                b.append(String.format(Locale.ROOT, "  %-12s %d%n", k, v));
            }
        });
        if (lost() > 0) {
            b.append(String.format(Locale.ROOT, "WITHOUT A ROW (internal error; see the run's error output): %d%n",
                    lost()));
        }
        if (interrupted) {
            b.append(String.format(Locale.ROOT, "INTERRUPTED: %d of %d files done; run again with --resume%n",
                    done(), inputs));
        }
        if (!byCompleteness().isEmpty()) {
            b.append("reports by completeness of the reading (cells read under their own label):\n");
            byCompleteness().forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-12s %d%n", k, v)));
        }
        b.append(String.format(Locale.ROOT, "findings (not PASS): %d%n", findings()));
        byRule().forEach((rule, m) -> {
            long total = m.values().stream().mapToLong(Long::longValue).sum();
            StringBuilder parts = new StringBuilder();
            m.forEach((s, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(s).append(' ').append(n));
            b.append(String.format(Locale.ROOT, "  %-12s %7d  (%s)%n", rule, total, parts));
        });
        b.append(String.format(Locale.ROOT, "cross-year comparisons: %d%n", comparisons));
        b.append(String.format(Locale.ROOT, "time: %.1f s%n", seconds()));
        b.append(String.format(Locale.ROOT, "reports per second: %.1f%n", rate()));
        return b.toString();
    }
}
