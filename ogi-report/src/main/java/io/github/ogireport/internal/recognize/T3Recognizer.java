package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.CellParser;
import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises T3 (复议诉讼): one row of 15 values in the official column order (the header is often
 * truncated, e.g. {@code 结果 | 结果 | 其他 | 尚未}, so columns are taken in order), or three rows of 5
 * values captioned 行政复议 / 未经复议直接起诉 / 复议后起诉. Not API.
 */
final class T3Recognizer {
    private static final int GROUP = T3Column.values().length;
    private static final List<T3Column> COLUMNS = List.of(T3Column.values());
    private static final List<String> UNITS = Cells.noUnits(GROUP);
    /** How far back (in lines) a caption may stand before a 5-value row. */
    private static final int CAPTION_REACH = 4;

    private T3Recognizer() {
    }

    /**
     * Finds T3 among the rows at or after {@code from} (the line after T2, or 0).
     *
     * @return the table and its first line index, or null
     */
    static Found recognize(List<Line> lines, List<RowView> rows, int from, Problems problems) {
        for (RowView v : rows) {
            // 15 values in one row are T3 whatever junk a cell-per-line export left in front of them
            if (v.index() < from) {
                continue;
            }
            List<GridCell> values = v.valuesFor(3 * GROUP);
            if (v.values().size() >= 3 * GROUP && values != null && mostlyValues(values)) {
                List<TableRow> out = new ArrayList<>();
                for (T3Row g : T3Row.values()) {
                    int o = g.ordinal() * GROUP;
                    out.add(Cells.row(g, "", COLUMNS, values.subList(o, o + GROUP), UNITS, problems));
                }
                return new Found(new StatTable(TableId.T3, out, v.row().position()), v.index());
            }
        }
        // three 5-value rows, each with its caption
        Map<T3Row, TableRow> groups = new EnumMap<>(T3Row.class);
        List<RowView> uncaptioned = new ArrayList<>();
        int first = -1;
        for (RowView v : rows) {
            if (v.index() < from || !isCandidate(v)) {
                continue;
            }
            List<GridCell> values = v.valuesFor(GROUP);
            if (v.values().size() < GROUP || values == null || !mostlyValues(values)) {
                continue;
            }
            T3Row g = caption(lines, rows, v);
            if (first < 0) {
                first = v.index();
            }
            if (g == null) {
                uncaptioned.add(v);
            } else if (!groups.containsKey(g)) {
                groups.put(g, Cells.row(g, g.label(), COLUMNS, values, UNITS, problems));
            }
            if (groups.size() + uncaptioned.size() == T3Row.values().length) {
                break;
            }
        }
        if (groups.isEmpty() && uncaptioned.size() == T3Row.values().length) {
            // three bare rows in a row: the official group order
            for (T3Row g : T3Row.values()) {
                RowView v = uncaptioned.get(g.ordinal());
                groups.put(g, Cells.row(g, "", COLUMNS, v.valuesFor(GROUP), UNITS, problems));
            }
            uncaptioned.clear();
        }
        if (groups.isEmpty()) {
            return null;
        }
        for (RowView v : uncaptioned) {
            problems.add(ParseProblem.Kind.ROW_UNPLACED, "t3", "", v.row().position());
        }
        List<TableRow> out = new ArrayList<>();
        for (T3Row g : T3Row.values()) {
            TableRow row = groups.get(g);
            if (row != null) {
                out.add(row);
            } else {
                problems.add(ParseProblem.Kind.ROW_MISSING, "t3." + g.id(), "", SourcePositionOf.line(lines, first));
            }
        }
        return new Found(new StatTable(TableId.T3, out, SourcePositionOf.line(lines, first)), first);
    }

    /**
     * A data row is numbers, blanks and marks, with at most one cell of text in five (a note such as
     * 1（已撤回）): a table of words with as many columns is not T3.
     */
    static boolean mostlyValues(List<GridCell> values) {
        int text = 0;
        for (GridCell c : values) {
            if (!c.isValueLike()) {
                text++;
            }
        }
        return text * GROUP <= values.size();
    }

    /** A T3 data row has no T2 or T1 label and at least one number. */
    private static boolean isCandidate(RowView v) {
        if (v.filledValues() == 0 && v.values().size() < 3 * GROUP) {
            return false;
        }
        return v.labels().isEmpty() || v.t2() == null
                || caption(v.labelKey()) != null;
    }

    /** The group named in the row's own labels or in the lines just above it. */
    private static T3Row caption(List<Line> lines, List<RowView> rows, RowView v) {
        T3Row own = caption(v.labelKey());
        if (own != null) {
            return own;
        }
        for (int i = v.index() - 1; i >= 0 && i >= v.index() - CAPTION_REACH; i--) {
            Line line = lines.get(i);
            String key;
            if (line instanceof Line.Paragraph) {
                key = ((Line.Paragraph) line).key();
            } else {
                StringBuilder b = new StringBuilder();
                for (GridCell c : ((Line.Row) line).cells()) {
                    b.append(c.key());
                }
                key = b.toString();
                if (at(rows, i, (Line.Row) line).filledValues() > 0) {
                    return null; // another data row: no caption between
                }
            }
            T3Row g = caption(key);
            if (g != null) {
                return g;
            }
        }
        return null;
    }

    /** The view of row {@code line} at index {@code i}: found among {@code rows} (sorted by index), or made. */
    private static RowView at(List<RowView> rows, int i, Line.Row line) {
        int lo = 0;
        int hi = rows.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = rows.get(mid).index();
            if (at == i) {
                return rows.get(mid).row() == line ? rows.get(mid) : RowView.of(i, line);
            }
            if (at < i) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return RowView.of(i, line);
    }

    private static T3Row caption(String key) {
        if (key.contains("未经复议")) {
            return T3Row.LD;
        }
        if (key.contains("复议后起诉") || key.contains("复议后")) {
            return T3Row.LR;
        }
        if (key.contains("行政复议") && !key.contains("行政诉讼")) {
            return T3Row.RV;
        }
        return null;
    }

    /**
     * T3 as found.
     *
     * @param table the table
     * @param first the index of its first data row among the document's lines
     */
    record Found(StatTable table, int first) {
    }
}
