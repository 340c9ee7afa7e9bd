package io.github.ogireport.bench;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs JMH with the command line's options (as {@code org.openjdk.jmh.Main} would), then prints each measured
 * parse and check against its floor of the same run: the ratios that issue 12 sets goals for, independent of how
 * loaded the machine is. {@code scripts/bench} calls this.
 */
public final class BenchRatios {
    private BenchRatios() {
    }

    /** Work, its floor, the goal for work/floor (throughput), and what the goal means. */
    private static final String[][] RATIOS = {
        {"seedText", "floorSeedSplit", "0.3", "text parse / decode-and-split floor (goal >= 0.3)"},
        {"syntheticText", "floorTextSplit", "0.3", "text parse / decode-and-split floor, 70 KB report (goal >= 0.3)"},
        {"syntheticHtml", "floorSyntheticHtml", "0.7", "HTML parse / Jsoup.parse + select(tr), 70 KB (goal >= 0.7)"},
        {"realHtml", "floorRealHtml", "0.7", "HTML parse / Jsoup.parse + select(tr), real 36 KB (goal >= 0.7)"},
    };

    /** Check cost as a share of parse cost: parse throughput / check throughput (goal <= 0.5). */
    private static final String[][] CHECKS = {
        {"checkSeed", "seedText", "check / parse of the seed (goal <= 0.5)"},
        {"checkHtml", "syntheticHtml", "check / parse of the 70 KB HTML report (goal <= 0.5)"},
    };

    /** JMH's command line. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions options = new CommandLineOptions(args);
        if (options.shouldHelp() || options.shouldList()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> score = new HashMap<>();
        for (RunResult r : results) {
            String label = r.getParams().getBenchmark();
            score.put(label.substring(label.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Ratios (same run):");
        for (String[] r : RATIOS) {
            print(score, r[0], r[1], r[3], ratio -> ratio >= Double.parseDouble(r[2]));
        }
        for (String[] c : CHECKS) {
            // time(check)/time(parse) = throughput(parse)/throughput(check)
            print(score, c[1], c[0], c[2], ratio -> ratio <= 0.5);
        }
    }

    private static void print(Map<String, Double> score, String a, String b, String what,
            java.util.function.DoublePredicate goal) {
        Double x = score.get(a);
        Double y = score.get(b);
        if (x == null || y == null) {
            return;
        }
        double ratio = x / y;
        System.out.printf("  %-70s %6.3f  %s%n", what, ratio, goal.test(ratio) ? "met" : "NOT met");
    }
}
