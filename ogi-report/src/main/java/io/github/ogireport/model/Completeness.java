package io.github.ogireport.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How completely a report was read: of the cells its format has ({@link FormatCells}), how many were read under
 * their own printed label and header, which were not found, and which were placed by inference.
 *
 * @param formatCells the number of cells the report's format has in T1, T2 and T3
 * @param read        how many of them were read under their own label and header
 * @param absent      the paths ({@code t2.R3.1.NP}) of the format's cells the reading did not find
 * @param inferred    the paths of the cells placed by inference, with how each was placed
 * @param tablesMissing the tables not found at all (their cells are all in {@code absent})
 */
public record Completeness(int formatCells, int read, List<String> absent, Map<String, Placement> inferred,
        List<TableId> tablesMissing) {
    /**
     * Copies the lists and the map into unmodifiable ones (the map keeps its order) and checks the counts.
     *
     * @param formatCells   the number of cells the report's format has
     * @param read          how many of them were read under their own label and header
     * @param absent        the paths of the format's cells the reading did not find
     * @param inferred      the paths of the cells placed by inference, with how each was placed
     * @param tablesMissing the tables not found at all
     * @throws IllegalArgumentException when {@code read} is negative or more than {@code formatCells}
     */
    public Completeness {
        absent = List.copyOf(absent);
        tablesMissing = List.copyOf(tablesMissing);
        inferred = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(inferred, "inferred")));
        if (read < 0 || read > formatCells) {
            throw new IllegalArgumentException("read " + read + " of " + formatCells);
        }
    }

    /**
     * The completeness of {@code report}'s reading.
     *
     * @param report the parsed report
     * @return its completeness; no cells at all for an unreadable report
     */
    public static Completeness of(Report report) {
        int total = 0;
        int read = 0;
        List<String> absent = new ArrayList<>();
        Map<String, Placement> inferred = new LinkedHashMap<>();
        List<TableId> tablesMissing = new ArrayList<>();
        if (!report.isReadable()) {
            return new Completeness(0, 0, List.of(), Map.of(), List.of());
        }
        for (TableId id : TableId.values()) {
            StatTable table = report.table(id).orElse(null);
            if (table == null) {
                tablesMissing.add(id);
            }
            for (RowId row : FormatCells.rows(report, id)) {
                TableRow printed = table == null ? null : table.row(row).orElse(null);
                String rowPath = null; // made for a row with a cell not read only (most rows are read whole)
                List<ColumnId> columns = FormatCells.columns(report, row);
                // a row printed with the format's columns in their order (most are): its placements by index. Not
                // when the columns are the row's own (a mixed format's), which may name a column twice, where
                // placement() answers the first
                List<Placement> inOrder = printed != null && columns != printed.columns()
                        && printed.columns().equals(columns) ? printed.placements() : null;
                for (int c = 0; c < columns.size(); c++) {
                    ColumnId column = columns.get(c);
                    total++;
                    Placement how = inOrder != null ? inOrder.get(c)
                            : printed == null ? Placement.ABSENT : printed.placement(column);
                    if (how == Placement.READ) {
                        read++;
                        continue;
                    }
                    if (rowPath == null) {
                        rowPath = id.key() + "." + row.id() + ".";
                    }
                    String path = rowPath + column.id();
                    if (how == Placement.ABSENT) {
                        absent.add(path);
                    } else {
                        inferred.put(path, how);
                    }
                }
            }
        }
        return new Completeness(total, read, absent, inferred, tablesMissing);
    }

    /**
     * The share of the format's cells read under their own label, 0…1 (1 when the format has none).
     *
     * @return {@code read / formatCells}
     */
    public double share() {
        return formatCells == 0 ? 1.0 : (double) read / formatCells;
    }

    /**
     * The share in whole percent, rounded down so that 100 means every cell (e.g. {@code 98}).
     *
     * @return the percentage, 0…100
     */
    public int percent() {
        return formatCells == 0 ? 100 : (int) Math.floor(100.0 * read / formatCells);
    }

    /**
     * True when every cell of the format was read under its own label.
     *
     * @return whether {@code read} equals {@code formatCells}
     */
    public boolean isComplete() {
        return read == formatCells;
    }

    /**
     * What was not read under its own label, compactly: a whole table ({@code t2}) or row ({@code t2.R3.1})
     * when none of its cells was found, else the cell paths; inferred cells follow with how they were placed
     * ({@code t2.R4.2.NP (ROW_BY_ORDER)}, a row whose cells were all placed alike as one entry).
     *
     * @return the entries: missing tables, then absent rows or cells, then inferred ones
     */
    public List<String> notRead() {
        List<String> out = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (TableId t : tablesMissing) {
            out.add(t.key());
        }
        for (String p : absent) {
            if (!tablesMissing.contains(TableId.valueOf(p.substring(0, 2).toUpperCase(java.util.Locale.ROOT)))) {
                rest.add(p);
            }
        }
        out.addAll(compact(rest));
        Map<String, List<String>> byHow = new LinkedHashMap<>();
        for (Map.Entry<String, Placement> e : inferred.entrySet()) {
            byHow.computeIfAbsent(e.getValue().name(), k -> new ArrayList<>()).add(e.getKey());
        }
        for (Map.Entry<String, List<String>> e : byHow.entrySet()) {
            for (String p : compact(e.getValue())) {
                out.add(p + " (" + e.getKey() + ")");
            }
        }
        return out;
    }

    /** Groups cell paths into rows and tables where all of a row's or table's cells are in the list. */
    private static List<String> compact(List<String> paths) {
        Map<String, List<String>> byRow = new LinkedHashMap<>();
        for (String p : paths) {
            byRow.computeIfAbsent(p.substring(0, p.lastIndexOf('.')), k -> new ArrayList<>()).add(p);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byRow.entrySet()) {
            String row = e.getKey();
            int columns = columnsOf(row);
            if (e.getValue().size() == columns) {
                out.add(row);
            } else {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    private static int columnsOf(String row) {
        if (row.startsWith("t2.")) {
            return T2Column.values().length;
        }
        if (row.startsWith("t3.")) {
            return T3Column.values().length;
        }
        return -1; // T1 rows differ in width: listed cell by cell unless the row is in the list whole
    }
}
