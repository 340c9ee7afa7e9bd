package io.github.ogireport.corpus;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.github.ogireport.model.T2Row;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Writes a corpus of synthetic annual reports whose tables reconcile within each report and across the years
 * of each organ, with a known set of injected {@link Fault faults} recorded in {@code manifest.csv}.
 *
 * <p>Organs get runs of consecutive years between 2019 and 2025; 2019 and 2020 reports use the 2019 format,
 * later ones the 2021 format. Each report is written as pipe text ({@code .txt}) or HTML with row and column
 * spans ({@code .html}). Generation is streamed: only the previous report of the current organ is kept.
 *
 * <p>{@code manifest.csv} has one row per file: {@code file} (relative to the corpus folder), {@code organ},
 * {@code year}, {@code format}, {@code fault} (a {@link Fault#kind()}, {@code none} for a clean report),
 * {@code expected_rules} (space-separated IDs that must FAIL) and {@code cells} (space-separated cell paths
 * the fault touched).
 */
public final class CorpusGenerator {
    /** Output formats of the generated files. */
    public enum Format { text, html, mix }

    /**
     * What to generate.
     *
     * @param count     number of reports (= files)
     * @param out       the folder to write into (created)
     * @param seed      the random seed: the same seed gives the same corpus
     * @param faultRate the share of reports with one injected fault (0..1)
     * @param format    text, html, or a mix (about half each)
     */
    public record Options(int count, Path out, long seed, double faultRate, Format format) {
        public Options {
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(format, "format");
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
            if (faultRate < 0 || faultRate > 1) {
                throw new IllegalArgumentException("fault rate must be between 0 and 1");
            }
        }
    }

    /**
     * What was generated.
     *
     * @param files  files written
     * @param organs organs
     * @param faults faults injected, by kind
     */
    public record Stats(int files, int organs, Map<Fault, Integer> faults) {
    }

    /** The manifest's columns. */
    public static final String[] MANIFEST_HEADER = {"file", "organ", "year", "format", "fault", "expected_rules", "cells"};

    private static final String[] COLS = {"NP", "BIZ", "RES", "NGO", "LAW", "OTH", "TOT"};
    private static final String REGION_CHARS = "青白金东西南北清江河山湖阳安平宁福华兴永新龙凤鹤云松柏桂兰泉石桥林泽川海岭溪";
    private static final String[] REGION_SUFFIX = {"区", "县", "市", "镇", "街道"};
    private static final String[] DEPTS = {"人民政府办公室", "市场监督管理局", "交通运输局", "财政局", "教育局", "卫生健康委员会",
        "自然资源和规划局", "生态环境局", "住房和城乡建设局", "农业农村局", "民政局", "人力资源和社会保障局", "司法局", "审计局",
        "统计局", "应急管理局", "水利局", "文化和旅游局", "退役军人事务局", "医疗保障局"};

    private final Options options;
    private final Random rnd;
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);

    private CorpusGenerator(Options options) {
        this.options = options;
        this.rnd = new Random(options.seed());
    }

    /** Generates the corpus described by {@code options}. */
    public static Stats generate(Options options) throws IOException {
        return new CorpusGenerator(options).run();
    }

    /** The name of organ number {@code i}: a region and a department, all distinct for i below 160,000. */
    static String organName(int i) {
        int dept = i % DEPTS.length;
        int region = i / DEPTS.length;
        int n = REGION_CHARS.length();
        String r = "" + REGION_CHARS.charAt(region % n) + REGION_CHARS.charAt((region / n) % n)
                + REGION_SUFFIX[(region / (n * n)) % REGION_SUFFIX.length];
        return r + DEPTS[dept];
    }

    /** State carried from one year of an organ to the next. */
    private static final class History {
        int[] cout = new int[6];
        int validReg;
        int validNorm;
        int year;
        List<List<String>> narrative;
        /** The sentence templates last year's narrative used: this year's avoids them (no accidental copy). */
        java.util.Set<String> templates = new java.util.HashSet<>();
        boolean f2021;
    }

    private Stats run() throws IOException {
        Files.createDirectories(options.out());
        int written = 0;
        int organ = 0;
        try (Writer w = Files.newBufferedWriter(options.out().resolve("manifest.csv"), StandardCharsets.UTF_8);
                ICSVWriter manifest = new CSVWriterBuilder(w).build()) {
            manifest.writeNext(MANIFEST_HEADER, false);
            while (written < options.count()) {
                int years = 1 + rnd.nextInt(6);
                int first = 2019 + rnd.nextInt(7 - years + 1);
                History h = null;
                String name = organName(organ);
                for (int y = first; y < first + years && written < options.count(); y++) {
                    h = one(manifest, organ, name, y, h);
                    written++;
                }
                organ++;
            }
        }
        return new Stats(written, organ, Map.copyOf(injected));
    }

    private History one(ICSVWriter manifest, int organIndex, String organ, int year, History prev) throws IOException {
        Fault fault = chooseFault(year, prev);
        boolean f2019 = year <= 2020 || fault == Fault.OLD_FORMAT;
        SyntheticReport r = new SyntheticReport(organ, year, f2019);
        History next = new History();
        next.year = year;
        next.f2021 = !f2019;
        List<String> cells = new ArrayList<>();

        // ---- T2: per applicant column, intake = new + carried over = handled + carried forward
        T2Row[] results = resultRows(f2019);
        int[][] q = new int[T2Row.values().length][7];
        for (int c = 0; c < 6; c++) {
            int nw = newApplications(c);
            int cin = prev != null ? prev.cout[c] : (c == 0 ? rnd.nextInt(4) : 0);
            int intake = nw + cin;
            int cout = intake == 0 || rnd.nextBoolean() ? 0 : rnd.nextInt(Math.min(intake, 4) + 1);
            q[T2Row.NEW.ordinal()][c] = nw;
            q[T2Row.CIN.ordinal()][c] = cin;
            q[T2Row.COUT.ordinal()][c] = cout;
            int handled = intake - cout;
            q[T2Row.R7.ordinal()][c] = handled;
            for (int k = 0; k < handled; k++) {
                q[pickResult(results).ordinal()][c]++;
            }
            next.cout[c] = cout;
        }
        if (fault == Fault.CARRY_OVER) {
            // this year's carried-over differs from last year's carried-forward; the report itself reconciles
            q[T2Row.CIN.ordinal()][0]++;
            q[T2Row.R1.ordinal()][0]++;
            q[T2Row.R7.ordinal()][0]++;
            cells.add("t2.CIN.NP");
            cells.add("t2.CIN.TOT");
        }
        for (int[] row : q) {
            int sum = 0;
            for (int c = 0; c < 6; c++) {
                sum += row[c];
            }
            row[6] = sum;
        }
        T2Row offRow = null;
        if (fault == Fault.T2_NEW_OFF) {
            offRow = T2Row.NEW;
        } else if (fault == Fault.T2_RESULT_OFF) {
            offRow = results[rnd.nextInt(results.length)];
        }
        if (offRow != null) {
            q[offRow.ordinal()][0]++; // the total column is left as it was: one cell is wrong
            cells.add("t2." + offRow.id() + ".NP");
        }
        List<T2Row> printed = new ArrayList<>(List.of(T2Row.NEW, T2Row.CIN));
        printed.addAll(List.of(results));
        printed.add(T2Row.R7);
        printed.add(T2Row.COUT);
        for (T2Row row : printed) {
            String[] v = new String[7];
            for (int c = 0; c < 7; c++) {
                v[c] = Integer.toString(q[row.ordinal()][c]);
            }
            r.t2[row.ordinal()] = v;
        }
        if (fault == Fault.BLANK_TOTAL) {
            T2Row blank = q[T2Row.R1.ordinal()][6] > 0 ? T2Row.R1 : T2Row.NEW;
            r.t2[blank.ordinal()][6] = "";
            cells.add("t2." + blank.id() + ".TOT");
        }

        // ---- T3
        String[] groups = {"RV", "LD", "LR"};
        int[] t3Totals = new int[3];
        for (int g = 0; g < 3; g++) {
            int sum = 0;
            for (int k = 0; k < 4; k++) {
                int v = rnd.nextInt(4) == 0 ? rnd.nextInt(4) : 0;
                r.t3[g][k] = Integer.toString(v);
                sum += v;
            }
            t3Totals[g] = sum;
            r.t3[g][4] = Integer.toString(sum);
        }
        if (fault == Fault.T3_TOTAL) {
            int g = rnd.nextInt(3);
            r.t3[g][4] = Integer.toString(t3Totals[g] + 1);
            cells.add("t3." + groups[g] + ".TOT");
        }

        // ---- T1: documents in force roll forward from last year
        int issuedNorm = rnd.nextInt(6);
        int repealedNorm = rnd.nextInt(3);
        int startNorm = prev != null ? prev.validNorm : 5 + rnd.nextInt(30);
        int validNorm = Math.max(startNorm + issuedNorm - repealedNorm, issuedNorm);
        repealedNorm = startNorm + issuedNorm - validNorm; // keep the roll-forward exact
        int startReg = prev != null ? prev.validReg : (rnd.nextInt(5) == 0 ? rnd.nextInt(10) : 0);
        int issuedReg = startReg > 0 && rnd.nextInt(3) == 0 ? 1 : 0;
        int validReg = startReg + issuedReg;
        if (fault == Fault.ROLL_FORWARD) {
            validNorm += 2 + rnd.nextInt(5);
            cells.add("t1.NORM.VALID");
        }
        next.validNorm = validNorm;
        next.validReg = validReg;
        if (f2019) {
            t1(r, "REG", "NEW_MADE", issuedReg, "NEW_PUBLISHED", issuedReg, "TOTAL", validReg);
            t1(r, "NORM", "NEW_MADE", issuedNorm, "NEW_PUBLISHED", issuedNorm, "TOTAL", validNorm);
            for (String row : new String[] {"LICENSE", "OTHER_SERVICE", "PENALTY", "COERCION"}) {
                int change = rnd.nextInt(7) - 3;
                int prevItems = 3 + rnd.nextInt(40);
                r.t1.put(row + ".PREV_ITEMS", Integer.toString(prevItems));
                r.t1.put(row + ".CHANGE", change > 0 ? "+" + change : Integer.toString(change));
                r.t1.put(row + ".DECISIONS", Integer.toString(rnd.nextInt(2000)));
            }
            r.t1.put("FEE.PREV_ITEMS", Integer.toString(rnd.nextInt(6)));
            r.t1.put("FEE.CHANGE", "0");
            r.t1.put("PROCUREMENT.ITEMS", Integer.toString(rnd.nextInt(30)));
            r.t1.put("PROCUREMENT.AMOUNT", (rnd.nextInt(5000) * 100) + "元");
        } else {
            t1(r, "REG", "ISSUED", issuedReg, "REPEALED", 0, "VALID", validReg);
            t1(r, "NORM", "ISSUED", issuedNorm, "REPEALED", repealedNorm, "VALID", validNorm);
            r.t1.put("LICENSE.DECISIONS", Integer.toString(rnd.nextInt(3000)));
            r.t1.put("PENALTY.DECISIONS", Integer.toString(rnd.nextInt(300)));
            r.t1.put("COERCION.DECISIONS", Integer.toString(rnd.nextInt(20)));
            r.t1.put("FEE.AMOUNT", BigDecimal.valueOf(rnd.nextInt(200000), 2).setScale(2, RoundingMode.UNNECESSARY)
                    .toPlainString());
        }

        // ---- narrative
        if (fault == Fault.COPY) {
            String from = Integer.toString(prev.year);
            String to = Integer.toString(year);
            for (int s = 0; s <= 6; s++) {
                for (String p : prev.narrative.get(s)) {
                    r.narrative.get(s).add(p.replace(from, to));
                }
            }
            cells.add("narrative");
            next.templates.addAll(prev.templates);
        } else {
            narrative(r, q, t3Totals, issuedNorm, repealedNorm, validNorm,
                    prev == null ? java.util.Set.of() : prev.templates, next.templates);
        }
        next.narrative = r.narrative;

        // ---- write
        boolean html = options.format() == Format.html || (options.format() == Format.mix && rnd.nextBoolean());
        String rel = String.format(Locale.ROOT, "g%03d/o%05d-%d.%s", organIndex / 100, organIndex, year,
                html ? "html" : "txt");
        Path file = options.out().resolve(rel);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html ? r.toHtml() : r.toText(), StandardCharsets.UTF_8);
        manifest.writeNext(new String[] {rel, organ, Integer.toString(year), f2019 ? "F2019" : "F2021", fault.kind(),
            String.join(" ", fault.rules()), String.join(" ", cells)}, false);
        if (fault != Fault.NONE) {
            injected.merge(fault, 1, Integer::sum);
        }
        return next;
    }

    private Fault chooseFault(int year, History prev) {
        if (rnd.nextDouble() >= options.faultRate()) {
            return Fault.NONE;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            Fault f = Fault.values()[1 + rnd.nextInt(Fault.values().length - 1)];
            if (f.crossYear() && (prev == null || prev.year != year - 1)) {
                continue;
            }
            if (f == Fault.ROLL_FORWARD && (!prev.f2021 || year <= 2020)) {
                continue;
            }
            if (f == Fault.OLD_FORMAT && year <= 2020) {
                continue;
            }
            return f;
        }
        return Fault.T3_TOTAL;
    }

    private static void t1(SyntheticReport r, String row, String c1, int v1, String c2, int v2, String c3, int v3) {
        r.t1.put(row + "." + c1, Integer.toString(v1));
        r.t1.put(row + "." + c2, Integer.toString(v2));
        r.t1.put(row + "." + c3, Integer.toString(v3));
    }

    private int newApplications(int column) {
        switch (column) {
            case 0:
                return 1 + rnd.nextInt(60);
            case 1:
                return rnd.nextBoolean() ? 0 : rnd.nextInt(9);
            case 4:
                return rnd.nextInt(5) < 3 ? 0 : rnd.nextInt(6);
            default:
                return rnd.nextInt(5) == 0 ? rnd.nextInt(3) : 0;
        }
    }

    private static T2Row[] resultRows(boolean f2019) {
        List<T2Row> rows = new ArrayList<>();
        for (T2Row r : T2Row.values()) {
            if (r.isResult() && (f2019 ? r != T2Row.R6_1 && r != T2Row.R6_2 && r != T2Row.R6_3 : r != T2Row.R6)) {
                rows.add(r);
            }
        }
        return rows.toArray(new T2Row[0]);
    }

    private T2Row pickResult(T2Row[] rows) {
        int x = rnd.nextInt(100);
        if (x < 45) {
            return T2Row.R1;
        }
        if (x < 55) {
            return T2Row.R2;
        }
        if (x < 70) {
            return T2Row.R4_1;
        }
        return rows[rnd.nextInt(rows.length)];
    }

    private void narrative(SyntheticReport r, int[][] q, int[] t3Totals, int issued, int repealed, int valid,
            java.util.Set<String> avoid, java.util.Set<String> used) {
        String o = r.organ;
        int y = r.year;
        r.narrative.get(0).addAll(Phrases.pick(rnd, Phrases.PREAMBLE, 1, o, y, avoid, used));
        r.narrative.get(1).addAll(Phrases.pick(rnd, Phrases.OVERVIEW, 4 + rnd.nextInt(4), o, y, avoid, used));
        r.narrative.get(2).add(Phrases.pick(rnd, Phrases.T1_SENTENCES, 1, o, y, avoid, used).get(0)
                .replace("{a}", Integer.toString(issued)).replace("{b}", Integer.toString(repealed))
                .replace("{c}", Integer.toString(valid)));
        r.narrative.get(3).add(Phrases.pick(rnd, Phrases.T2_SENTENCES, 1, o, y, avoid, used).get(0)
                .replace("{a}", Integer.toString(q[T2Row.NEW.ordinal()][6]))
                .replace("{b}", Integer.toString(q[T2Row.R7.ordinal()][6]))
                .replace("{c}", Integer.toString(q[T2Row.CIN.ordinal()][6]))
                .replace("{d}", Integer.toString(q[T2Row.COUT.ordinal()][6])));
        r.narrative.get(4).add(Phrases.pick(rnd, Phrases.T3_SENTENCES, 1, o, y, avoid, used).get(0)
                .replace("{a}", Integer.toString(t3Totals[0])).replace("{b}", Integer.toString(t3Totals[1] + t3Totals[2])));
        r.narrative.get(5).add(String.join("", Phrases.pick(rnd, Phrases.PROBLEMS, 2 + rnd.nextInt(3), o, y, avoid, used)));
        // the 2021 format reports 信息处理费 in 六 (charged only where there were applications: X-5, X-6)
        if (y >= 2021) {
            boolean applications = q[T2Row.NEW.ordinal()][6] + q[T2Row.CIN.ordinal()][6] > 0;
            r.narrative.get(6).addAll(Phrases.pick(rnd, applications ? Phrases.FEE_CHARGED : Phrases.FEE_NONE, 1, o, y,
                    java.util.Set.of(), used));
        }
        r.narrative.get(6).addAll(Phrases.pick(rnd, Phrases.OTHER, rnd.nextInt(2), o, y, avoid, used));
    }

    /** Column IDs of T2 in order (for tests). */
    static String[] t2Columns() {
        return COLS.clone();
    }
}
