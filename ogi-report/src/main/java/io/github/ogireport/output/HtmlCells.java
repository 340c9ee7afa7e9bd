package io.github.ogireport.output;

import static io.github.ogireport.output.HtmlEscape.esc;

import io.github.ogireport.internal.text.Fold;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The page's tables: the three standard tables in the official layout the report's tables follow
 * ({@link Report#tableLayout}), each value cell with its text as published, its kind and its marks; then the
 * cells the layout has no place for.
 */
final class HtmlCells extends HtmlPart {
    /** White space and pipes, dropped when labels are compared. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s|]+");

    HtmlCells(HtmlPart page) {
        super(page);
    }

    void tables(Report report, HtmlMarks marks) {
        b.append("<h3>").append(esc(t("tables.heading"))).append("</h3>\n");
        for (TableId id : TableId.values()) {
            StatTable table = report.table(id).orElse(null);
            boolean f2019 = report.tableLayout(id) == ReportFormat.F2019;
            b.append("<div class=\"table-block\">\n<h4>").append(esc(t("table." + id.name())));
            if (id != TableId.T3) {
                b.append(" <small>").append(esc(t("table.layout", f2019 ? "2019" : "2021"))).append("</small>");
            }
            b.append("</h4>\n");
            if (table == null) {
                b.append("<p class=\"missing\">").append(esc(t("tables.missing"))).append("</p>\n");
            }
            HtmlTables.Sink sink = new TableSink(table, marks);
            switch (id) {
                case T1:
                    HtmlTables.t1(b, f2019, sink);
                    break;
                case T2:
                    HtmlTables.t2(b, f2019, sink);
                    break;
                default:
                    HtmlTables.t3(b, sink);
            }
            b.append("</div>\n");
        }
        extraCells(report, marks);
    }

    /** Writes the report's cells into the official layout. */
    private final class TableSink implements HtmlTables.Sink {
        private final StatTable table;
        private final HtmlMarks marks;

        TableSink(StatTable table, HtmlMarks marks) {
            this.table = table;
            this.marks = marks;
        }

        @Override
        public void value(RowId row, ColumnId column, int colspan) {
            Cell cell = table == null ? null : table.cell(row, column).orElse(null);
            Placement placement = table == null ? Placement.ABSENT
                    : table.row(row).map(r -> r.placement(column)).orElse(Placement.ABSENT);
            td(marks, path(row, column), cell, placement, colspan);
        }

        @Override
        public void label(RowId row, String text, int colspan, int rowspan) {
            String published = table == null ? "" : table.row(row).map(TableRow::label).orElse("");
            b.append("<th scope=\"row\"").append(HtmlTables.span("colspan", colspan))
                    .append(HtmlTables.span("rowspan", rowspan));
            if (!published.isEmpty() && !normal(published).contains(normal(text))) {
                b.append(" class=\"relabelled\" title=\"").append(esc(t("cell.published", published))).append('"');
            }
            b.append('>').append(esc(text)).append("</th>");
        }
    }

    /** One value cell: the published text, its kind, its marks and the numbers of its findings. */
    private void td(HtmlMarks marks, String path, Cell cell, Placement placement, int colspan) {
        marks.rendered.add(path);
        String kind;
        String content;
        if (cell == null) {
            kind = "absent";
            content = "<span class=\"ph\">" + esc(t("cell.absent")) + "</span>";
        } else if (cell instanceof Cell.Blank) {
            kind = "blank";
            content = "<span class=\"ph\">" + esc(t("cell.blank")) + "</span>";
        } else {
            kind = cell instanceof Cell.NotApplicable ? "na" : cell instanceof Cell.Text ? "text" : "num";
            content = esc(cell.raw().strip());
        }
        StringBuilder title = new StringBuilder(path);
        if (cell != null && !(cell.position() instanceof SourcePosition.Unknown)) {
            title.append(" · ").append(cell.position().describe(zh));
        }
        if (placement.isInferred()) {
            // placed by inference, not read under its label: a relation failing through it is the reading's doubt
            kind += " inferred";
            title.append('\n').append(t("cell.inferred", t("placement." + placement.name())));
        }
        for (String tip : marks.tips.getOrDefault(path, List.of())) {
            title.append('\n').append(tip);
        }
        b.append("<td id=\"").append(esc(marks.prefix + "-c-" + path)).append("\" data-cell=\"").append(esc(path))
                .append("\" class=\"v ").append(kind).append(marks.markClass(path)).append('"')
                .append(HtmlTables.span("colspan", colspan)).append(" title=\"").append(esc(title.toString()))
                .append("\">").append(content);
        List<Integer> refs = marks.refs.getOrDefault(path, List.of());
        if (!refs.isEmpty()) {
            b.append("<sup class=\"refs\">");
            for (int n : refs) {
                b.append("<a href=\"#").append(marks.prefix).append("-f").append(n).append("\">").append(marker(n))
                        .append("</a>");
            }
            b.append("</sup>");
        }
        b.append("</td>");
    }

    /** Cells the official layout has no place for (a mixed format, a finding on a row of the other format). */
    private void extraCells(Report report, HtmlMarks marks) {
        Map<String, Cell> extra = new LinkedHashMap<>();
        for (TableId id : TableId.values()) {
            for (TableRow row : report.table(id).map(StatTable::rows).orElse(List.of())) {
                for (int i = 0; i < row.cells().size(); i++) {
                    String path = path(row.id(), row.columns().get(i));
                    if (!marks.rendered.contains(path)) {
                        extra.put(path, row.cells().get(i));
                    }
                }
            }
        }
        for (String path : marks.refs.keySet()) {
            if (!marks.rendered.contains(path) && !extra.containsKey(path)) {
                extra.put(path, null);
            }
        }
        if (extra.isEmpty()) {
            return;
        }
        b.append("<div class=\"table-block\">\n<h4>").append(esc(t("tables.extra"))).append("</h4>\n");
        b.append("<table class=\"stat extra\">\n<thead><tr><th>").append(esc(t("tables.extraPath")))
                .append("</th><th>").append(esc(t("tables.extraRaw"))).append("</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, Cell> e : extra.entrySet()) {
            b.append("<tr><th scope=\"row\"><code>").append(esc(e.getKey())).append("</code></th>");
            td(marks, e.getKey(), e.getValue(), e.getValue() == null ? Placement.ABSENT : Placement.READ, 1);
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n</div>\n");
    }

    private static String path(RowId row, ColumnId column) {
        return row.cellPath(column);
    }

    /** For comparing labels: NFKC (full-width brackets and colons to ASCII), no white space, no separators. */
    private static String normal(String s) {
        return SEPARATORS.matcher(Fold.nfkc(s)).replaceAll("");
    }
}
