package io.github.ogireport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ratios of {@link BenchRatios}, measured another way: each work and its floor (the same
 * {@link ParseBenchmark} methods, on the same inputs) run in alternating slices on one thread of one JVM, each
 * slice timed in the thread's CPU time, and the ratio taken round by round. On a loaded 2-core machine JMH's
 * separate trials of a work and of its floor can meet different loads (its errors reach ±90 % here); alternating
 * slices of a few hundred milliseconds meet the same, and CPU time leaves out the time the thread waited for a
 * core. The median of the rounds' ratios is printed with their range. {@code scripts/ratios} runs it.
 *
 * <p>Arguments: {@code [--rounds N] [--slice-ms M] [--warmup-s S] [REGEX]}, REGEX selecting pairs by their
 * work's name (default: all).
 */
public final class Interleaved {
    private Interleaved() {
    }

    /** A measured work: one call of a benchmark method. */
    private interface Work {
        void run() throws Exception;
    }

    /** Work, floor, goal and what the ratio means; {@code check} pairs divide the floor's rate by the work's. */
    private record Pair(String work, String floor, double goal, boolean costShare, String what) {
    }

    private static final List<Pair> PAIRS = List.of(
            new Pair("seedText", "floorSeedSplit", 0.3, false, "text parse / decode-and-split floor (goal >= 0.3)"),
            new Pair("syntheticText", "floorTextSplit", 0.3, false,
                    "text parse / decode-and-split floor, 20 KB text (goal >= 0.3)"),
            new Pair("syntheticHtml", "floorSyntheticHtml", 0.7, false,
                    "HTML parse / Jsoup.parse + select(tr), 70 KB (goal >= 0.7)"),
            new Pair("realHtml", "floorRealHtml", 0.7, false,
                    "HTML parse / Jsoup.parse + select(tr), real 36 KB (goal >= 0.7)"),
            new Pair("checkSeed", "seedText", 0.5, true, "check / parse of the seed (goal <= 0.5)"),
            new Pair("checkHtml", "syntheticHtml", 0.5, true, "check / parse of the 70 KB HTML report (goal <= 0.5)"));

    /** Runs the pairs; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        int rounds = 15;
        long sliceMs = 300;
        long warmupS = 15;
        Pattern select = Pattern.compile("");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds":
                    rounds = Integer.parseInt(args[++i]);
                    break;
                case "--slice-ms":
                    sliceMs = Long.parseLong(args[++i]);
                    break;
                case "--warmup-s":
                    warmupS = Long.parseLong(args[++i]);
                    break;
                default:
                    select = Pattern.compile(args[i]);
            }
        }
        ParseBenchmark b = new ParseBenchmark();
        b.load();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        Map<String, Work> works = new LinkedHashMap<>();
        works.put("seedText", () -> b.seedText(bh));
        works.put("syntheticText", () -> b.syntheticText(bh));
        works.put("syntheticHtml", () -> b.syntheticHtml(bh));
        works.put("realHtml", () -> b.realHtml(bh));
        works.put("checkSeed", () -> bh.consume(b.checkSeed()));
        works.put("checkHtml", () -> bh.consume(b.checkHtml()));
        works.put("floorSeedSplit", () -> b.floorSeedSplit(bh));
        works.put("floorTextSplit", () -> b.floorTextSplit(bh));
        works.put("floorSyntheticHtml", () -> b.floorSyntheticHtml(bh));
        works.put("floorRealHtml", () -> b.floorRealHtml(bh));

        List<Pair> pairs = new ArrayList<>();
        for (Pair p : PAIRS) {
            if (select.matcher(p.work()).find()) {
                pairs.add(p);
            }
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        // warm-up: every work used, in turn, until the compiler has settled
        long warmEnd = System.nanoTime() + warmupS * 1_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            for (Pair p : pairs) {
                rate(works.get(p.work()), 100, cpu);
                rate(works.get(p.floor()), 100, cpu);
            }
        }
        System.out.printf("%d rounds of %d ms slices per work, after %d s of warm-up; load %s%n", rounds, sliceMs,
                warmupS, load());
        for (Pair p : pairs) {
            double[] ratios = new double[rounds];
            double[] workRates = new double[rounds];
            double[] floorRates = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                // the order alternates, so that neither side always runs first after the other's garbage
                if (r % 2 == 0) {
                    workRates[r] = rate(works.get(p.work()), sliceMs, cpu);
                    floorRates[r] = rate(works.get(p.floor()), sliceMs, cpu);
                } else {
                    floorRates[r] = rate(works.get(p.floor()), sliceMs, cpu);
                    workRates[r] = rate(works.get(p.work()), sliceMs, cpu);
                }
                ratios[r] = p.costShare() ? floorRates[r] / workRates[r] : workRates[r] / floorRates[r];
            }
            double m = median(ratios);
            boolean met = p.costShare() ? m <= p.goal() : m >= p.goal();
            System.out.printf("  %-62s %6.3f (%.3f-%.3f)  %s   %s %,.0f/cpu-s, %s %,.0f/cpu-s%n", p.what(), m,
                    min(ratios), max(ratios), met ? "met" : "NOT met", p.work(), median(workRates), p.floor(),
                    median(floorRates));
        }
        System.out.printf("load at the end %s%n", load());
    }

    /** Calls of {@code work} per second of this thread's CPU time, over about {@code ms} of wall time. */
    private static double rate(Work work, long ms, ThreadMXBean cpu) throws Exception {
        long end = System.nanoTime() + ms * 1_000_000L;
        long calls = 0;
        long c0 = cpu.getCurrentThreadCpuTime();
        do {
            work.run();
            calls++;
        } while (System.nanoTime() < end);
        long used = cpu.getCurrentThreadCpuTime() - c0;
        return calls * 1e9 / Math.max(1, used);
    }

    private static String load() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] a) {
        return Arrays.stream(a).min().orElse(Double.NaN);
    }

    private static double max(double[] a) {
        return Arrays.stream(a).max().orElse(Double.NaN);
    }
}
