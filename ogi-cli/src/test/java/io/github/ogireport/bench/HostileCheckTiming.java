package io.github.ogireport.bench;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.hostile.HostileInputs;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The time bound of the hostile narrative inputs, outside the unit suite (timings on shared build machines are
 * not assertions for unit tests): {@code check} of 100,000 × "1件、" (700 KB) must take well under 5 s (it took
 * 110 s). Prints the parse and check times, wall and CPU, and exits with 1 past the bound. Run from the project
 * root after {@code mvn test-compile}: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * io.github.ogireport.bench.HostileCheckTiming}.
 */
public final class HostileCheckTiming {
    /** The bound on one check of the input, CPU time of the checking thread. */
    static final long BOUND_MS = 5_000;

    private HostileCheckTiming() {
    }

    public static void main(String[] args) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        byte[] input = HostileInputs.commaFigures(HostileInputs.COMMA_FIGURES).getBytes(StandardCharsets.UTF_8);
        long worst = 0;
        for (int round = 0; round < 3; round++) {
            long w0 = System.nanoTime();
            Report r = OgiReports.parse(input, "commas.txt");
            long w1 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            CheckResult result = OgiReports.check(r);
            long c1 = cpu.getCurrentThreadCpuTime();
            long w2 = System.nanoTime();
            long checkCpu = (c1 - c0) / 1_000_000;
            worst = Math.max(worst, checkCpu);
            System.out.printf(Locale.ROOT, "100,000 x '1件、' (%d KB): parse %d ms wall, check %d ms wall / %d ms CPU,"
                    + " %d findings%n", input.length / 1024, (w1 - w0) / 1_000_000, (w2 - w1) / 1_000_000, checkCpu,
                    result.findings().size());
        }
        if (worst > BOUND_MS) {
            System.out.println("FAIL: check took " + worst + " ms CPU, over " + BOUND_MS + " ms");
            System.exit(1);
        }
        System.out.println("ok: under " + BOUND_MS + " ms");
    }
}
