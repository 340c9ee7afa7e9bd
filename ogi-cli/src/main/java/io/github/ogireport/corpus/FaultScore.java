package io.github.ogireport.corpus;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a batch run over a generated corpus against the corpus's manifest: recall (every injected fault
 * reported as FAIL by each rule that covers it, on a cell the fault touched) and precision (FAIL findings at
 * ERROR or WARNING that no injected fault explains).
 */
public final class FaultScore {

    /**
     * The score.
     *
     * @param files       files in the manifest
     * @param expected    (file, rule) pairs that must fail
     * @param found       of those, how many failed on a cell the fault touched
     * @param byKind      per fault kind: [injected, found]
     * @param flagged     FAIL findings at ERROR or WARNING
     * @param explained   of those, how many an injected fault explains
     * @param unexpected  the unexplained ones: file, rule, severity, message (at most 50)
     * @param missed      expected pairs not found (at most 50)
     * @param unexpectedErrors unexplained FAIL findings at ERROR
     */
    public record Score(int files, int expected, int found, Map<String, int[]> byKind, int flagged, int explained,
            List<String> unexpected, List<String> missed, int unexpectedErrors) {

        /** found / expected. */
        public double recall() {
            return expected == 0 ? 1 : (double) found / expected;
        }

        /** explained / flagged. */
        public double precision() {
            return flagged == 0 ? 1 : (double) explained / flagged;
        }

        /** A readable report. */
        public String toText() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "files: %d; injected (file, rule) pairs: %d%n", files, expected));
            b.append(String.format(Locale.ROOT, "%-24s %8s %8s %8s%n", "fault", "injected", "found", "recall"));
            byKind.forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-24s %8d %8d %7.1f%%%n", k, v[0], v[1],
                    v[0] == 0 ? 100.0 : 100.0 * v[1] / v[0])));
            b.append(String.format(Locale.ROOT, "recall: %d/%d = %.2f%%%n", found, expected, 100 * recall()));
            b.append(String.format(Locale.ROOT, "precision (FAIL at ERROR/WARNING explained by a fault): %d/%d = %.2f%%%n",
                    explained, flagged, 100 * precision()));
            b.append(String.format(Locale.ROOT, "unexplained FAIL findings at ERROR: %d%n", unexpectedErrors));
            unexpected.forEach(u -> b.append("  unexpected: ").append(u).append('\n'));
            missed.forEach(m -> b.append("  missed: ").append(m).append('\n'));
            return b.toString();
        }
    }

    private FaultScore() {
    }

    /**
     * Whether the fault of a manifest row explains a failing finding: its rule is one the fault expects; or
     * it runs through a cell the fault changed (a table cell changed breaks the narrative figure quoting it
     * too); or the fault copied last year's narrative, whose figures then contradict this year's tables.
     */
    static boolean explains(String[] manifestRow, String rule, String findingCells) {
        Set<String> rules = new HashSet<>(List.of(manifestRow[5].split(" ")));
        if (rules.contains(rule)) {
            return true;
        }
        Set<String> faultCells = new HashSet<>(List.of(manifestRow[6].split(" ")));
        faultCells.remove("");
        if (List.of(findingCells.split(" ")).stream().anyMatch(faultCells::contains)) {
            return true;
        }
        return manifestRow[4].equals(Fault.COPY.kind()) && rule.startsWith("X-");
    }

    /** Scores {@code batchDir}/findings.csv against {@code corpusDir}/manifest.csv. */
    public static Score score(Path corpusDir, Path batchDir) throws IOException {
        // file (absolute, normalised) -> (fault kind, expected rules, cells)
        Map<String, String[]> manifest = new LinkedHashMap<>();
        for (String[] row : read(corpusDir.resolve("manifest.csv"))) {
            manifest.put(key(corpusDir.resolve(row[0])), row);
        }
        Map<String, List<String[]>> failsByFile = new HashMap<>();
        int flagged = 0;
        int explained = 0;
        int unexpectedErrors = 0;
        List<String> unexpected = new ArrayList<>();
        for (String[] f : read(batchDir.resolve("findings.csv"))) {
            // seq, file, sha256, scope, rule, status, severity, cells, message, message_en, other_file
            if (!"FAIL".equals(f[5])) {
                continue;
            }
            String file = key(Path.of(unsafe(f[1])));
            failsByFile.computeIfAbsent(file, k -> new ArrayList<>()).add(f);
            if (!"ERROR".equals(f[6]) && !"WARNING".equals(f[6])) {
                continue;
            }
            flagged++;
            String[] m = manifest.get(file);
            if (m != null && explains(m, f[4], f[7])) {
                explained++;
            } else {
                if ("ERROR".equals(f[6])) {
                    unexpectedErrors++;
                }
                if (unexpected.size() < 50) {
                    unexpected.add(f[1] + " " + f[4] + " " + f[6] + " " + f[9]);
                }
            }
        }
        int expected = 0;
        int found = 0;
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        for (Map.Entry<String, String[]> e : manifest.entrySet()) {
            String[] m = e.getValue();
            if (m[4].equals(Fault.NONE.kind())) {
                continue;
            }
            Set<String> cells = new HashSet<>(List.of(m[6].split(" ")));
            for (String rule : m[5].split(" ")) {
                expected++;
                int[] k = byKind.computeIfAbsent(m[4] + " " + rule, x -> new int[2]);
                k[0]++;
                boolean hit = false;
                for (String[] f : failsByFile.getOrDefault(e.getKey(), List.of())) {
                    if (f[4].equals(rule) && (cells.stream().allMatch(String::isEmpty)
                            || List.of(f[7].split(" ")).stream().anyMatch(cells::contains))) {
                        hit = true;
                        break;
                    }
                }
                if (hit) {
                    found++;
                    k[1]++;
                } else if (missed.size() < 50) {
                    missed.add(m[0] + " " + m[4] + " " + rule);
                }
            }
        }
        return new Score(manifest.size(), expected, found, byKind, flagged, explained, unexpected, missed,
                unexpectedErrors);
    }

    private static String key(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    private static String unsafe(String s) {
        return s.length() > 1 && s.charAt(0) == '\'' ? s.substring(1) : s;
    }

    private static List<String[]> read(Path csvFile) throws IOException {
        try (Reader r = Files.newBufferedReader(csvFile, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(r).withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> rows = new ArrayList<>(csv.readAll());
            if (!rows.isEmpty()) {
                rows.remove(0);
            }
            return rows;
        } catch (CsvException e) {
            throw new IOException(csvFile + ": " + e.getMessage(), e);
        }
    }
}
