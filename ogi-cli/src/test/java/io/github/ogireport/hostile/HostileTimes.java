package io.github.ogireport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Times the command line on every input of issue 14's table (scripts/hostile-times; not a unit test: the
 * machine's load decides the times). Each case runs {@code java -jar target/ogi.jar …} as a process and
 * prints its exit code, wall time and first line of output; a {@code check --timeout 5s} past 7 s, or a case
 * whose exit code is not the expected one, makes the run fail. The heavier cases may end in their result or,
 * on a loaded machine, in the timeout error: either is accepted, the bound is what is tested.
 */
public final class HostileTimes {
    private static final Path JAR = Path.of("target/ogi.jar");
    private static final double BOUND_S = 7.0;

    private HostileTimes() {
    }

    private record Case(String name, int expect, List<String> args, String stdout) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/hostile-times"));
        List<Case> cases = new ArrayList<>();
        Path zeros1 = write(dir, "t2-zeros-1mb.txt", HostileCases.t2CellOfZeros(1_000_000));
        Path zeros300 = write(dir, "t2-zeros-300kb.txt", HostileCases.t2CellOfZeros(300_000));
        Path nines = write(dir, "nines-2mb.txt", HostileCases.regulationOfNines(2_000_000));
        cases.add(check("T2 cell 1+1,000,000 zeros (1 MB)", 1, zeros1));
        cases.add(check("T2 cell 1+300,000 zeros", 1, zeros300));
        cases.add(check("2 MB line 规章 | 99…9 |", -1, nines)); // 1 (read), or 2 (timeout) on a loaded machine
        Path out = dir.resolve("batch-out");
        // an ok row, or a timeout row when the machine is loaded
        cases.add(new Case("batch --timeout 5s, the 2 MB line", 0, List.of("batch", "--timeout", "5s", "--overwrite",
                "--out", out.toString(), nines.toString()), null));
        Path fifo = dir.resolve("fifo.txt");
        if (!Files.exists(fifo)) {
            new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        }
        cases.add(check("a FIFO", 2, fifo));
        cases.add(check("/dev/zero", 2, Path.of("/dev/zero")));
        cases.add(new Case("/dev/zero --max-size 1MB", 2, List.of("check", "--timeout", "5s", "--max-size", "1MB",
                "/dev/zero"), null));
        cases.add(check("/proc/self/status", 2, Path.of("/proc/self/status")));
        Path d = Files.createDirectories(dir.resolve("d.html"));
        cases.add(check("a directory named d.html", 2, d));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path list = dir.resolve("list.txt");
        Files.writeString(list, empty + "\n");
        cases.add(new Case("an empty folder in an @list", 2, List.of("check", "--timeout", "5s", "@" + list), null));
        cases.add(check("UTF-8 with one GBK line at the end", 0, bytes(dir, "utf8-gbk.txt",
                HostileCases.utf8WithOneGbkLine())));
        cases.add(check("lines alternating GBK/UTF-8", 0, bytes(dir, "alternating.txt",
                HostileCases.alternatingGbkUtf8())));
        cases.add(check("GBK page declaring iso-8859-1", 0, bytes(dir, "gbk-latin1.html",
                HostileCases.gbkPageDeclaringLatin1())));
        // without its NUL: a text file with a NUL byte is refused as binary content
        cases.add(check("ESC/BEL/U+202E in organ, label, text", 1, write(dir, "controls.txt",
                HostileCases.controlCharacters().replace("\u0000", ""))));
        byte[] pdf = io.github.ogireport.fixtures.DamagedDocuments.catalogFirst();
        // 0 (read, with a DAMAGED problem), or 2 (the timeout) when the machine is loaded
        cases.add(check("a PDF cut in half", -1, bytes(dir, "half.pdf", java.util.Arrays.copyOf(pdf, pdf.length / 2))));
        Path cmap = Path.of("testdata/fuzz/fuzz-docs-20261128-4052-2024-f2021-owner-password.pdf");
        if (Files.exists(cmap)) {
            cases.add(check("the fuzzer's CMap PDF (a library loop)", 2, cmap));
        }
        String narrative = Files.readString(HostileCases.SAMPLE) + "\n本年" + "1件、".repeat(100_000) + "\n";
        cases.add(check("narrative 100,000 × 1件、 (bound only)", -1, write(dir, "narrative.txt", narrative)));
        String sample = HostileCases.SAMPLE.toString();
        cases.add(new Case("check --format json >/dev/full", 2, List.of("check", "--format", "json", sample),
                "/dev/full"));
        cases.add(new Case("extract >/dev/full", 2, List.of("extract", sample), "/dev/full"));
        cases.add(new Case("check -o /dev/full", 2, List.of("check", "--format", "html", "-o", "/dev/full", sample),
                null));
        cases.add(new Case("check -o missing/dir/x.html", 2, List.of("check", "-o", "missing/dir/x.html", sample),
                null));
        cases.add(new Case("check --config missing.properties", 2, List.of("check", "--config",
                "missing.properties", sample), null));
        cases.add(new Case("check --timeout 99999999999h", 2, List.of("check", "--timeout", "99999999999h", sample),
                null));
        boolean ok = true;
        for (Case c : cases) {
            ok &= run(c);
        }
        if (!ok) {
            System.exit(1);
        }
    }

    private static Case check(String name, int expect, Path file) {
        return new Case(name, expect, List.of("check", "--timeout", "5s", file.toString()), null);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return bytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path bytes(Path dir, String name, byte[] b) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, b);
        return p;
    }

    private static boolean run(Case c) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", JAR.toString()));
        cmd.addAll(c.args());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Path log = Files.createTempFile("hostile-times", ".out");
        pb.redirectOutput(c.stdout() == null ? log.toFile() : Path.of(c.stdout()).toFile());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getErrorStream().transferTo(err);
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        double s = (System.nanoTime() - t0) / 1e9;
        if (!ended) {
            p.destroyForcibly();
        }
        int rc = ended ? p.exitValue() : -9;
        String first = (Files.readString(log, StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .lines().filter(l -> l.contains("!") || l.contains("\\u001B") || l.contains("无法") || l.contains("cannot") || l.contains("must")
                        || l.contains("编码") || l.contains("损坏") || l.contains("files:") || l.contains("T2-D1")
                        || l.contains("T1-D1"))
                .findFirst().orElse("");
        Files.delete(log);
        boolean bounded = !(c.args().get(0).equals("check") && c.args().contains("5s")) || s <= BOUND_S;
        boolean pass = ended && bounded && (c.expect() < 0 || rc == c.expect());
        System.out.printf(Locale.ROOT, "%-42s exit %2d  %5.1f s  %s  %s%n", c.name(), rc, s, pass ? "ok" : "FAIL",
                first.length() > 160 ? first.substring(0, 160) + "…" : first);
        return pass;
    }
}
