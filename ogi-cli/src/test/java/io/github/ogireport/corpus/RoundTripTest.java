package io.github.ogireport.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.ReportFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Renders generated reports in every way a published table reaches text and parses them back: every cell, the
 * format, year, organ and the six sections must come back. The renderings ({@link Rendering}):
 * <ul>
 * <li>PIPES_INLINE: one row per line, trailing empty colspan cells ({@code 规章 | 0 | 0 | 0 |});</li>
 * <li>MARKDOWN: leading and trailing pipes, trailing spaces, a {@code |---|} line;</li>
 * <li>CELL_LINES_PIPE: one cell per line ending {@code " |"}, filler lines {@code ||} / {@code |||}, blank cells as
 * lone {@code |} lines;</li>
 * <li>LONE_PIPE_BETWEEN_CELLS: one cell per line, a lone {@code |} line between cells;</li>
 * <li>LONE_PIPE_BETWEEN_ROWS: one cell per line ending {@code " |"}, a lone {@code |} line before each row;</li>
 * <li>BLANK_LINE_CELLS: one cell per line, blank lines between, values padded, headers split inside a cell;</li>
 * <li>LABEL_THEN_VALUES: the label alone on a line ending {@code " |"}, its values inline on the next;</li>
 * <li>BLANKS_BROKEN: a row inline up to its first value, its blank cells on lines of their own;</li>
 * <li>RUN_TOGETHER: label and values with no separator ({@code 规章000}): read only where the arity leaves one
 * reading (one digit per cell), otherwise the row is absent, never wrong;</li>
 * </ul>
 * each combined with every subset of the {@link Rendering.Variant}s: CRLF line ends, full-width digits, full-width
 * pipes, extra spaces (ASCII, ideographic, no-break, tabs) and a page-metadata table with site navigation in front.
 * Reports carry non-zero, blank and {@code /} cells (blank cells only in renderings that keep a blank in place; the
 * others lose it on real pages too), in both formats. {@code -Dogi.roundtrip.reports=N} runs more
 * ({@code scripts/roundtrip}).
 */
class RoundTripTest {
    private static final int REPORTS = Integer.getInteger("ogi.roundtrip.reports", 8);
    private static final long SEED = Long.getLong("ogi.roundtrip.seed", 15);

    @Test
    void everyRenderingGivesBackEveryCell() {
        // as many reports of each format (the generator's share of F2019 is small)
        List<SyntheticReport> reports = new ArrayList<>();
        int old = 0;
        int neu = 0;
        for (SyntheticReport r : CorpusGenerator.reports(SEED, REPORTS * 20, 0.0)) {
            if (r.f2019 ? old < REPORTS / 2 : neu < REPORTS - REPORTS / 2) {
                reports.add(r);
                old += r.f2019 ? 1 : 0;
                neu += r.f2019 ? 0 : 1;
            }
        }
        boolean f2019 = false;
        boolean f2021 = false;
        List<String> failures = new ArrayList<>();
        Map<Rendering, Integer> failed = new java.util.EnumMap<>(Rendering.class);
        int combinations = 0;
        Random rnd = new Random(SEED);
        for (SyntheticReport r : reports) {
            f2019 |= r.f2019;
            f2021 |= !r.f2019;
            String marks = withOddCells(r, rnd, false);
            String blanks = withOddCells(r, rnd, true);
            for (Rendering how : Rendering.values()) {
                String pipes = how.carriesBlanks ? blanks : marks;
                Expected want = Expected.of(pipes, r.f2019);
                for (int mask = 0; mask < 1 << Rendering.Variant.values().length; mask++) {
                    List<Rendering.Variant> variants = new ArrayList<>();
                    for (Rendering.Variant v : Rendering.Variant.values()) {
                        if ((mask & 1 << v.ordinal()) != 0) {
                            variants.add(v);
                        }
                    }
                    String text = how.render(pipes, variants, rnd);
                    Report got = OgiReports.parse(text);
                    combinations++;
                    List<String> diffs = want.differences(r, got, how == Rendering.RUN_TOGETHER);
                    if (!diffs.isEmpty()) {
                        failed.merge(how, 1, Integer::sum);
                        if (failed.get(how) <= 2) {
                            failures.add(r.organ + " " + r.year + " " + how + " " + variants + ": " + diffs);
                            dump(how + "-" + failed.get(how), text);
                        }
                    }
                }
            }
        }
        assertTrue(f2019 && f2021, "both formats generated");
        System.out.println("RoundTripTest: " + combinations + " renderings of " + reports.size() + " reports");
        assertTrue(failures.isEmpty(), () -> "failing renderings " + failed + ", first:\n" + String.join("\n", failures));
    }

    /** Keeps a failing text under target/roundtrip/ to look at. */
    private static void dump(String name, String text) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "roundtrip");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name + ".txt"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The report's pipe text with some cells turned into {@code /} and, where asked, blanks. */
    private static String withOddCells(SyntheticReport r, Random rnd, boolean blanks) {
        Map<String, String> t1 = new java.util.LinkedHashMap<>(r.t1);
        String[][] t2 = new String[r.t2.length][];
        for (int i = 0; i < t2.length; i++) {
            t2[i] = r.t2[i] == null ? null : r.t2[i].clone();
        }
        String[][] t3 = new String[3][];
        for (int g = 0; g < 3; g++) {
            t3[g] = r.t3[g].clone();
        }
        for (Map.Entry<String, String> e : r.t1.entrySet()) {
            r.t1.put(e.getKey(), odd(e.getValue(), rnd, blanks));
        }
        for (String[] row : r.t2) {
            if (row != null) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = odd(row[c], rnd, blanks);
                }
            }
        }
        for (String[] g : r.t3) {
            for (int c = 0; c < g.length; c++) {
                // not the row's first cell blank: a line starting with an empty cell reads as the pipe's edge
                g[c] = odd(g[c], rnd, blanks && (g != r.t3[0] || c > 0));
            }
        }
        String text = r.toText();
        r.t1.putAll(t1);
        System.arraycopy(t2, 0, r.t2, 0, t2.length);
        System.arraycopy(t3, 0, r.t3, 0, 3);
        return text;
    }

    private static String odd(String v, Random rnd, boolean blanks) {
        int k = rnd.nextInt(12);
        return k == 0 ? "/" : k == 1 && blanks ? "" : v;
    }

    /** What the text printed, cell by cell, read back from the pipe text independently of the parser. */
    private record Expected(Map<String, String> cells) {
        static int arity(T1Row row, boolean f2019) {
            if (row == T1Row.REG || row == T1Row.NORM) {
                return 3;
            }
            return f2019 ? (row == T1Row.FEE || row == T1Row.PROCUREMENT ? 2 : 3) : 1;
        }

        static Expected of(String pipes, boolean f2019) {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            List<String[]> t1 = new ArrayList<>();
            T1Row[] order = T1Row.values();
            for (String line : pipes.split("\n")) {
                if (line.indexOf('|') < 0) {
                    continue;
                }
                List<String> cells = Rendering.cells(line);
                String label = cells.get(0);
                for (T1Row row : order) {
                    if (label.equals(row.label()) || ("行政" + label).equals(row.label())) {
                        for (int i = 1; i < cells.size() && i <= arity(row, f2019); i++) {
                            out.put("t1." + row.name() + "." + (i - 1), cells.get(i));
                        }
                    }
                }
                for (T2Row row : T2Row.values()) {
                    String own = cells.get(cells.size() > 8 ? cells.size() - 8 : 0);
                    if (cells.size() >= 8 && normal(own).equals(normal(row.label()))) {
                        for (int i = 0; i < 7; i++) {
                            out.put("t2." + row.id() + "." + i, cells.get(cells.size() - 7 + i));
                        }
                    }
                }
                if (cells.size() == 15 && Rendering.isValue(cells.get(0)) || cells.size() == 15 && cells.get(0).isEmpty()) {
                    for (int i = 0; i < 15; i++) {
                        out.put("t3." + T3Row.values()[i / 5].name() + "." + (i % 5), cells.get(i));
                    }
                }
            }
            return new Expected(out);
        }

        List<String> differences(SyntheticReport r, Report got, boolean onlyUnambiguous) {
            List<String> out = new ArrayList<>();
            if (!got.isReadable()) {
                out.add("unreadable: " + got.error());
                return out;
            }
            if (got.format() != (r.f2019 ? ReportFormat.F2019 : ReportFormat.F2021)) {
                out.add("format " + got.format());
            }
            if (got.year().orElse(0) != r.year) {
                out.add("year " + got.year());
            }
            if (!got.agency().equals(Optional.of(r.organ))) {
                out.add("agency " + got.agency());
            }
            EnumSet<SectionId> sections = EnumSet.noneOf(SectionId.class);
            got.sections().forEach(s -> sections.add(s.id()));
            if (!sections.equals(EnumSet.allOf(SectionId.class))) {
                out.add("sections " + sections);
            }
            for (Map.Entry<String, String> e : cells.entrySet()) {
                String[] k = e.getKey().split("\\.", 3);
                String[] rest = k[2].split("\\.(?=[0-9]+$)");
                Optional<Cell> cell = cell(got, k[0], k[1] + (rest.length > 1 ? "." + rest[0] : ""),
                        Integer.parseInt(rest[rest.length - 1]));
                String want = e.getValue();
                if (cell.isEmpty()) {
                    if (!onlyUnambiguous || unambiguous(e.getKey())) {
                        out.add(e.getKey() + " missing, want '" + want + "'");
                    }
                    continue;
                }
                if (!same(want, cell.get())) {
                    out.add(e.getKey() + " want '" + want + "' got " + cell.get());
                }
            }
            if (out.size() > 6) {
                return out.subList(0, 6);
            }
            return out;
        }

        /** A run-together row splits only when each value is one digit (checked on the printed row). */
        private boolean unambiguous(String key) {
            String prefix = key.substring(0, key.lastIndexOf('.') + 1);
            if (key.startsWith("t3.")) {
                return true; // a row of values alone is printed with pipes
            }
            int n = 0;
            boolean digits = true;
            for (Map.Entry<String, String> e : cells.entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    n++;
                    digits &= e.getValue().matches("[0-9]");
                }
            }
            if (n == 1) {
                return cells.get(prefix + "0").matches("[0-9]+"); // one value: the whole run is it
            }
            if (!digits) {
                return false;
            }
            return !key.startsWith("t2.") || !key.matches("t2\\.R[3-6]\\.[0-9].*") && !key.startsWith("t2.R2.");
        }

        private static Optional<Cell> cell(Report got, String table, String row, int column) {
            Optional<StatTable> t = table.equals("t1") ? got.t1() : table.equals("t2") ? got.t2() : got.t3();
            if (t.isEmpty()) {
                return Optional.empty();
            }
            RowId id = table.equals("t1") ? T1Row.valueOf(row) : table.equals("t2") ? t2Row(row) : T3Row.valueOf(row);
            return t.get().row(id).map(tr -> column < tr.cells().size() ? tr.cells().get(column) : null);
        }

        private static T2Row t2Row(String id) {
            for (T2Row r : T2Row.values()) {
                if (r.id().equals(id)) {
                    return r;
                }
            }
            throw new IllegalArgumentException(id);
        }

        private static boolean same(String want, Cell got) {
            if (want.isEmpty()) {
                return got instanceof Cell.Blank;
            }
            if (want.equals("/")) {
                return got instanceof Cell.NotApplicable;
            }
            if (!(got instanceof Cell.Number)) {
                return false;
            }
            String n = want.replace("+", "").replace("元", "");
            return new BigDecimal(n).compareTo(((Cell.Number) got).value()) == 0;
        }

        private static String normal(String label) {
            return label.replace('（', '(').replace('）', ')').replace('，', ',');
        }
    }

    @SuppressWarnings("unused")
    private static final List<Class<?>> COLUMNS = List.of(T1Column.class, T2Column.class, T3Column.class,
            ColumnId.class, ParseProblem.class);
}
