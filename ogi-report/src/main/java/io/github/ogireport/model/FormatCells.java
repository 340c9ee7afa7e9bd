package io.github.ogireport.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cells a report's format has: the rows and columns of T1, T2 and T3 as its format prints them
 * (domain-spec §4–§6). What a relation needs and a report lacks is absent, never 0. T2's （六）其他处理 is a
 * single row ({@code R6}, F2019) or three sub-rows ({@code R6.1}–{@code R6.3}, F2021): a table that prints one
 * of the two has that variant, whatever its format; one that prints neither has its format's.
 */
final class FormatCells {
    /** The constants, without the copy {@code values()} makes each time. */
    private static final T1Row[] T1_ROWS = T1Row.values();
    private static final T2Row[] T2_ROWS = T2Row.values();
    private static final T3Row[] T3_ROWS = T3Row.values();
    private static final List<ColumnId> T2_COLUMNS = List.of(T2Column.values());
    private static final List<ColumnId> T3_COLUMNS = List.of(T3Column.values());

    private FormatCells() {
    }

    /** The rows of table {@code id} the report's format has, in official order. */
    static List<RowId> rows(Report report, TableId id) {
        List<RowId> out = new ArrayList<>(T2_ROWS.length);
        StatTable table = report.table(id).orElse(null);
        switch (id) {
            case T1:
                for (T1Row r : T1_ROWS) {
                    boolean f2019Only = r == T1Row.OTHER_SERVICE || r == T1Row.PROCUREMENT;
                    if (!f2019Only || t1Old(report) || printed(table, r) != null) {
                        out.add(r);
                    }
                }
                break;
            case T2:
                t2Rows(report, table, out);
                break;
            default:
                Collections.addAll(out, T3_ROWS);
        }
        if (report.format() == ReportFormat.LEGACY) {
            out.removeIf(r -> printed(table, r) == null); // the pre-2019 structure has no standard tables
        }
        return out;
    }

    /** T2's rows in the report's variant of （六）其他处理. */
    static List<T2Row> t2Rows(Report report) {
        List<T2Row> out = new ArrayList<>(T2_ROWS.length);
        t2Rows(report, report.t2().orElse(null), out);
        return out;
    }

    /** T2's rows in the report's variant of （六）其他处理, added to {@code out}: one pass over what T2 prints. */
    private static void t2Rows(Report report, StatTable t2, List<? super T2Row> out) {
        boolean[] has = new boolean[T2_ROWS.length];
        if (t2 != null) {
            List<TableRow> rows = t2.rows();
            for (int i = 0, n = rows.size(); i < n; i++) {
                RowId id = rows.get(i).id();
                if (id instanceof T2Row) {
                    has[((T2Row) id).ordinal()] = true;
                }
            }
        }
        boolean sub = has[T2Row.R6_1.ordinal()] || has[T2Row.R6_2.ordinal()] || has[T2Row.R6_3.ordinal()];
        boolean single = !sub && (has[T2Row.R6.ordinal()] || report.format() == ReportFormat.F2019);
        for (T2Row r : T2_ROWS) {
            boolean otherVariant = r == T2Row.R6 ? !single : isSixSub(r) && single;
            if (otherVariant && !has[r.ordinal()]) {
                continue;
            }
            out.add(r);
        }
    }

    private static boolean isSixSub(T2Row r) {
        return r == T2Row.R6_1 || r == T2Row.R6_2 || r == T2Row.R6_3;
    }

    /** T2's result rows (（一）…（六）, summed in （七）总计) in the report's variant. */
    static List<T2Row> t2ResultRows(Report report) {
        List<T2Row> out = new ArrayList<>();
        for (T2Row r : t2Rows(report)) {
            if (r.isResult()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The columns row {@code row} has in the report's format. */
    static List<ColumnId> columns(Report report, RowId row) {
        if (row instanceof T2Row) {
            return T2_COLUMNS;
        }
        if (row instanceof T3Row) {
            return T3_COLUMNS;
        }
        T1Row r = (T1Row) row;
        boolean old = t1Old(report);
        if (report.format() == ReportFormat.MIXED || report.format() == ReportFormat.LEGACY) {
            // a mixed vocabulary: the columns the row printed are the format's, as far as anyone can tell
            TableRow printed = printed(report.t1().orElse(null), r);
            if (printed != null) {
                return printed.columns();
            }
        }
        return List.copyOf(t1Columns(r, old));
    }

    /** The columns of a T1 row in the 2019 format ({@code f2019}) or the 2021 one (domain-spec §4). */
    static List<T1Column> t1Columns(T1Row row, boolean f2019) {
        switch (row) {
            case REG:
            case NORM:
                return f2019 ? List.of(T1Column.NEW_MADE, T1Column.NEW_PUBLISHED, T1Column.TOTAL)
                        : List.of(T1Column.ISSUED, T1Column.REPEALED, T1Column.VALID);
            case LICENSE:
            case PENALTY:
            case COERCION:
                return f2019 ? List.of(T1Column.PREV_ITEMS, T1Column.CHANGE, T1Column.DECISIONS)
                        : List.of(T1Column.DECISIONS);
            case OTHER_SERVICE:
                return List.of(T1Column.PREV_ITEMS, T1Column.CHANGE, T1Column.DECISIONS);
            case FEE:
                return f2019 ? List.of(T1Column.PREV_ITEMS, T1Column.CHANGE) : List.of(T1Column.AMOUNT);
            default:
                return List.of(T1Column.ITEMS, T1Column.AMOUNT);
        }
    }

    private static boolean t1Old(Report report) {
        return report.format() == ReportFormat.F2019;
    }

    /** The first row of {@code table} with this ID ({@link StatTable#row} without its Optional), or null. */
    private static TableRow printed(StatTable table, RowId row) {
        if (table == null) {
            return null;
        }
        List<TableRow> rows = table.rows();
        for (int i = 0, n = rows.size(); i < n; i++) {
            if (rows.get(i).id() == row) {
                return rows.get(i);
            }
        }
        return null;
    }
}
