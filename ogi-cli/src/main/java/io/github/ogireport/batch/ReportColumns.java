package io.github.ogireport.batch;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of {@code reports.csv} (documented in docs/batch.md): the file, its status and metadata, finding
 * counts, the cross-year figures, then every table cell by its result-document cell path.
 */
public final class ReportColumns {
    /** The columns before the cells, in order. */
    public static final List<String> META = List.of("seq", "path", "size", "sha256", "status", "error", "format",
            "year", "organ", "organ_key", "verdict", "errors", "warnings", "infos", "copy_share", "copy_of",
            "completeness", "not_read", "path_sha256");

    /** Index of {@code copy_share} and {@code copy_of}, filled in by the cross-year pass. */
    static final int COPY_SHARE = META.indexOf("copy_share");
    static final int COPY_OF = META.indexOf("copy_of");
    /** Index of {@code path_sha256}: the SHA-256 of the exact path (UTF-8), what --resume keys on. */
    static final int PATH_SHA256 = META.indexOf("path_sha256");

    /** T1 cell paths: the F2021 ones, then those only F2019 has. */
    public static final List<String> T1_CELLS = List.of(
            "t1.REG.ISSUED", "t1.REG.REPEALED", "t1.REG.VALID",
            "t1.NORM.ISSUED", "t1.NORM.REPEALED", "t1.NORM.VALID",
            "t1.LICENSE.DECISIONS", "t1.PENALTY.DECISIONS", "t1.COERCION.DECISIONS", "t1.FEE.AMOUNT",
            "t1.REG.NEW_MADE", "t1.REG.NEW_PUBLISHED", "t1.REG.TOTAL",
            "t1.NORM.NEW_MADE", "t1.NORM.NEW_PUBLISHED", "t1.NORM.TOTAL",
            "t1.LICENSE.PREV_ITEMS", "t1.LICENSE.CHANGE",
            "t1.OTHER_SERVICE.PREV_ITEMS", "t1.OTHER_SERVICE.CHANGE", "t1.OTHER_SERVICE.DECISIONS",
            "t1.PENALTY.PREV_ITEMS", "t1.PENALTY.CHANGE",
            "t1.COERCION.PREV_ITEMS", "t1.COERCION.CHANGE",
            "t1.FEE.PREV_ITEMS", "t1.FEE.CHANGE",
            "t1.PROCUREMENT.ITEMS", "t1.PROCUREMENT.AMOUNT");

    /** Every cell path, in column order: T1, then T2 (every row of both formats × 7 columns), then T3. */
    public static final List<String> CELLS;

    /** The whole header of reports.csv. */
    public static final List<String> HEADER;

    static {
        List<String> cells = new ArrayList<>(T1_CELLS);
        for (T2Row r : T2Row.values()) {
            for (T2Column c : T2Column.values()) {
                cells.add(r.cellPath(c));
            }
        }
        for (T3Row r : T3Row.values()) {
            for (T3Column c : T3Column.values()) {
                cells.add(r.cellPath(c));
            }
        }
        CELLS = Collections.unmodifiableList(cells);
        List<String> header = new ArrayList<>(META);
        header.addAll(CELLS);
        HEADER = Collections.unmodifiableList(header);
    }

    private ReportColumns() {
    }

    /** A cell as a CSV value: the number as a plain decimal, "" for blank, {@code NA}, or the text made safe. */
    public static String value(Cell cell) {
        if (cell == null || cell instanceof Cell.Blank) {
            return "";
        }
        if (cell instanceof Cell.Number) {
            return plain(((Cell.Number) cell).value());
        }
        if (cell instanceof Cell.NotApplicable) {
            return "NA";
        }
        return CsvText.safe(cell.raw().strip());
    }

    /** The strings of 0…999, shared: most cells are small counts, and a report has some 200 of them. */
    private static final String[] SMALL = new String[1_000];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = Integer.toString(i);
        }
    }

    /** {@code v.toPlainString()}, without making a string for a whole number 0…999. */
    static String plain(java.math.BigDecimal v) {
        if (v.scale() == 0 && v.signum() >= 0 && v.precision() <= 3) {
            return SMALL[v.intValue()];
        }
        return v.toPlainString();
    }

    /**
     * The place in {@link #CELLS} of each row's cells, by column ordinal (-1: not a column of reports.csv):
     * the cell paths of a report are looked up, not built as strings.
     */
    private static final Map<RowId, Places> PLACES = places();

    /** The places of one row's cells: by ordinal of its table's column enum. */
    private record Places(Class<?> columns, int[] at) {
    }

    private static Map<RowId, Places> places() {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < CELLS.size(); i++) {
            at.put(CELLS.get(i), i);
        }
        Map<RowId, Places> out = new HashMap<>();
        place(out, at, T1Row.values(), T1Column.values());
        place(out, at, T2Row.values(), T2Column.values());
        place(out, at, T3Row.values(), T3Column.values());
        return out;
    }

    private static void place(Map<RowId, Places> out, Map<String, Integer> at, RowId[] rows, Enum<?>[] columns) {
        for (RowId r : rows) {
            int[] p = new int[columns.length];
            for (Enum<?> c : columns) {
                p[c.ordinal()] = at.getOrDefault(r.cellPath((ColumnId) c), -1);
            }
            out.put(r, new Places(columns[0].getDeclaringClass(), p));
        }
    }

    /** The cell values of {@code report} in {@link #CELLS} order ("" where the table, row or cell is absent). */
    public static List<String> cells(Report report) {
        Cell[] byPlace = new Cell[CELLS.size()];
        for (TableId id : TableId.values()) {
            if (report.table(id).isEmpty()) {
                continue;
            }
            StatTable t = report.table(id).get();
            for (TableRow row : t.rows()) {
                Places places = PLACES.get(row.id());
                for (int i = 0; i < row.cells().size(); i++) {
                    Enum<?> c = (Enum<?>) row.columns().get(i);
                    // a column of another table (the recognisers make none) has no place
                    int at = places == null || c.getDeclaringClass() != places.columns() ? -1
                            : places.at()[c.ordinal()];
                    if (at >= 0 && byPlace[at] == null) { // the first of a path counts
                        byPlace[at] = row.cells().get(i);
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(CELLS.size());
        for (Cell c : byPlace) {
            out.add(value(c));
        }
        return out;
    }
}
