package example.spark;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import io.github.ogireport.batch.BatchRunner;
import io.github.ogireport.batch.ReportColumns;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the CSV tables of an {@code OgiSpark} run with those of {@code ogi batch} on the same files: the
 * same number of report rows, every row equal column by column, and the same findings and cross-year rows
 * (as multisets: the two write them in different orders). Spark names local files {@code file:/...} where
 * {@code ogi batch} was given {@code /...}; that prefix is the one difference allowed (and so the
 * {@code path_sha256} column, the hash of the path as given, is not compared).
 *
 * <p>{@code java example.spark.CompareWithBatch BATCH_DIR SPARK_DIR}; exit status 0 when equal, 1 when not.
 */
public final class CompareWithBatch {
    private CompareWithBatch() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CompareWithBatch BATCH_DIR SPARK_DIR");
            System.exit(2);
        }
        Path batch = Path.of(args[0]);
        Path spark = Path.of(args[1], "csv");
        List<String> problems = new ArrayList<>();
        List<String[]> br = read(batch.resolve(BatchRunner.REPORTS), ReportColumns.HEADER, problems);
        List<String[]> sr = readParts(spark.resolve("reports"), ReportColumns.HEADER, problems);
        List<String[]> bf = read(batch.resolve(BatchRunner.FINDINGS), BatchRunner.FINDINGS_HEADER, problems);
        List<String[]> sf = readParts(spark.resolve("findings"), BatchRunner.FINDINGS_HEADER, problems);
        List<String[]> bc = read(batch.resolve(BatchRunner.CROSSYEAR), BatchRunner.CROSSYEAR_HEADER, problems);
        List<String[]> sc = readParts(spark.resolve("crossyear"), BatchRunner.CROSSYEAR_HEADER, problems);

        compareRows(br, sr, problems);
        int scope = BatchRunner.FINDINGS_HEADER.indexOf("scope");
        long reportFindings = bf.stream().filter(f -> "report".equals(f[scope])).count();
        long corpusFindings = bf.size() - reportFindings;
        compareBags("findings", bf, sf, problems);
        compareBags("crossyear", bc, sc, problems);

        System.out.printf("compare: reports %d (ogi batch) vs %d (spark), %d columns each; findings %d vs %d "
                + "(ogi batch: %d report, %d corpus); crossyear %d vs %d%n", br.size(), sr.size(),
                ReportColumns.HEADER.size(), bf.size(), sf.size(), reportFindings, corpusFindings, bc.size(),
                sc.size());
        if (problems.isEmpty()) {
            System.out.println("compare: equal (every report row, every finding, every cross-year row)");
            return;
        }
        System.out.println("compare: " + problems.size() + " difference(s), the first ones:");
        problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
        System.exit(1);
    }

    private static void compareRows(List<String[]> batch, List<String[]> spark, List<String> problems) {
        if (batch.size() != spark.size()) {
            problems.add("reports: " + batch.size() + " rows from ogi batch, " + spark.size() + " from spark");
        }
        int path = ReportColumns.META.indexOf("path");
        int pathId = ReportColumns.META.indexOf("path_sha256");
        Map<String, String[]> byPath = new HashMap<>();
        for (String[] r : spark) {
            byPath.put(r[path], r);
        }
        for (String[] b : batch) {
            String[] s = byPath.get(b[path]);
            if (s == null) {
                problems.add("reports: no spark row for " + b[path]);
                continue;
            }
            for (int i = 0; i < b.length; i++) {
                if (i == pathId) {
                    continue; // the hash of the path as given: file:/x in Spark, /x for ogi batch
                }
                if (!b[i].equals(s[i])) {
                    problems.add("reports: " + b[path] + " column " + ReportColumns.HEADER.get(i) + ": ogi batch '"
                            + b[i] + "', spark '" + s[i] + "'");
                }
            }
        }
    }

    private static void compareBags(String what, List<String[]> batch, List<String[]> spark,
            List<String> problems) {
        Map<String, Long> b = count(batch);
        Map<String, Long> s = count(spark);
        for (Map.Entry<String, Long> e : b.entrySet()) {
            long n = s.getOrDefault(e.getKey(), 0L);
            if (n != e.getValue()) {
                problems.add(what + ": " + e.getValue() + "× in ogi batch, " + n + "× in spark: " + e.getKey());
            }
        }
        for (Map.Entry<String, Long> e : s.entrySet()) {
            if (!b.containsKey(e.getKey())) {
                problems.add(what + ": only in spark (" + e.getValue() + "×): " + e.getKey());
            }
        }
    }

    private static Map<String, Long> count(List<String[]> rows) {
        return rows.stream().map(r -> String.join(" | ", r))
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    }

    /** The data rows of one CSV file, checking its header. */
    private static List<String[]> read(Path file, List<String> header, List<String> problems) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(r)) {
            String[] h = csv.readNext();
            if (h == null) {
                return out; // an empty part file
            }
            if (!List.of(h).equals(header)) {
                problems.add(file + ": other columns than " + header.subList(0, Math.min(5, header.size())) + "...");
                return out;
            }
            String[] row;
            while ((row = csv.readNext()) != null) {
                for (int i = 0; i < row.length; i++) {
                    row[i] = local(row[i]);
                }
                out.add(row);
            }
        } catch (CsvException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** The rows of every part file of a Spark CSV folder. */
    private static List<String[]> readParts(Path dir, List<String> header, List<String> problems)
            throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> parts = Files.list(dir)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted()
                    .collect(Collectors.toList())) {
                out.addAll(read(p, header, problems));
            }
        }
        return out;
    }

    /** {@code file:/x} (Spark's name of a local file, alone or inside a message) as {@code /x}. */
    static String local(String value) {
        return value.replace("file:/", "/");
    }
}
