package io.github.ogireport.output;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a report's metadata and its three tables for people: Chinese labels, columns aligned for a
 * terminal (CJK characters count two columns). Blank cells show as {@code ·}, not-applicable marks as
 * published.
 */
public final class TablesText {
    private TablesText() {
    }

    /**
     * The report as aligned text, ending in a line break.
     *
     * @param report a parsed report
     * @return its tables as text
     */
    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(report.source()).append(" ==\n");
        if (!report.isReadable()) {
            out.append("错误 error: ").append(report.error().orElse("")).append('\n');
            return io.github.ogireport.internal.Printable.text(out.toString());
        }
        out.append("标题: ").append(report.title().orElse("(未识别)")).append('\n');
        out.append("机关: ").append(report.agency().orElse("(未识别)"))
                .append("   年度: ").append(report.year().isPresent() ? String.valueOf(report.year().getAsInt()) : "(未识别)")
                .append("   格式: ").append(report.format()).append('\n');
        List<String> names = new ArrayList<>();
        for (Section s : report.sections()) {
            names.add(s.id().heading());
        }
        out.append("部分: ").append(names.isEmpty() ? "(未识别)" : String.join("  ", names)).append('\n');
        for (TableId id : TableId.values()) {
            out.append('\n');
            table(out, id, report.table(id));
        }
        if (!report.problems().isEmpty()) {
            out.append("\n解析问题:\n");
            for (ParseProblem p : report.problems()) {
                out.append("  - ").append(p.message(Locale.CHINESE)).append("  [")
                        .append(p.position().describe(true)).append("]\n");
            }
        }
        return io.github.ogireport.internal.Printable.text(out.toString());
    }

    private static void table(StringBuilder out, TableId id, Optional<StatTable> table) {
        out.append(id.name()).append(' ').append(id.title());
        if (table.isEmpty()) {
            out.append(": (未找到)\n");
            return;
        }
        out.append('\n');
        List<List<String>> grid = new ArrayList<>();
        List<ColumnId> header = null;
        for (TableRow row : table.get().rows()) {
            if (!row.columns().equals(header)) {
                header = row.columns();
                List<String> h = new ArrayList<>();
                h.add(id == TableId.T1 ? "信息内容" : "");
                for (ColumnId c : header) {
                    h.add(c.label());
                }
                grid.add(h);
            }
            List<String> r = new ArrayList<>();
            r.add(row.id().id() + " " + row.id().label());
            for (Cell c : row.cells()) {
                r.add(show(c));
            }
            grid.add(r);
        }
        int cols = 0;
        for (List<String> r : grid) {
            cols = Math.max(cols, r.size());
        }
        int[] widths = new int[cols];
        for (List<String> r : grid) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], width(clip(r.get(i), i)));
            }
        }
        for (List<String> r : grid) {
            out.append("  ");
            for (int i = 0; i < r.size(); i++) {
                String s = clip(r.get(i), i);
                if (i == 0) {
                    out.append(s).append(" ".repeat(widths[i] - width(s)));
                } else {
                    out.append("  ").append(" ".repeat(widths[i] - width(s))).append(s);
                }
            }
            out.append('\n');
        }
    }

    /** Row labels are long (T2's carry their notes): keep the first 24 columns of text. */
    private static String clip(String s, int column) {
        if (column != 0 || width(s) <= 48) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && width(b.toString()) < 46; i++) {
            b.append(s.charAt(i));
        }
        return b.append("…").toString();
    }

    private static String show(Cell c) {
        if (c instanceof Cell.Number) {
            return ((Cell.Number) c).value().toPlainString();
        }
        if (c instanceof Cell.Blank) {
            return "·";
        }
        return c.raw().trim();
    }

    /** Display width: East Asian wide and full-width characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6) || c == '“' || c == '”';
            w += wide ? 2 : 1;
        }
        return w;
    }
}
