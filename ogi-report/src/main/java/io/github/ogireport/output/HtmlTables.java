package io.github.ogireport.output;

import static io.github.ogireport.output.HtmlReport.esc;

import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import java.util.List;
import java.util.Set;

/**
 * The official layouts of the three tables (domain-spec §4.1, §4.2, §5, §6) as HTML, with their merged
 * header cells. This class knows only the layout: the fixed header texts are written here, row labels and
 * value cells are written by a {@link Sink}, which knows the report and its findings.
 */
final class HtmlTables {

    /** Writes the cells that depend on the report. */
    interface Sink {
        /** The value cell of {@code row} × {@code column}, spanning {@code colspan} grid columns. */
        void value(RowId row, ColumnId column, int colspan);

        /** The label cell of {@code row}, showing the official label {@code text}. */
        void label(RowId row, String text, int colspan, int rowspan);
    }

    /** One 项 block of T1: its caption, its header and its rows (labels as the format prints them). */
    private record Block(String item, List<String> heads, int[] spans, List<T1Column> columns, List<T1Row> rows,
            List<String> labels) {
    }

    private static final List<Block> T1_F2021 = List.of(
            new Block("第二十条第（一）项", List.of("本年制发件数", "本年废止件数", "现行有效件数"), new int[] {1, 1, 1},
                    List.of(T1Column.ISSUED, T1Column.REPEALED, T1Column.VALID),
                    List.of(T1Row.REG, T1Row.NORM), List.of("规章", "行政规范性文件")),
            new Block("第二十条第（五）项", List.of("本年处理决定数量"), new int[] {3}, List.of(T1Column.DECISIONS),
                    List.of(T1Row.LICENSE), List.of("行政许可")),
            new Block("第二十条第（六）项", List.of("本年处理决定数量"), new int[] {3}, List.of(T1Column.DECISIONS),
                    List.of(T1Row.PENALTY, T1Row.COERCION), List.of("行政处罚", "行政强制")),
            new Block("第二十条第（八）项", List.of("本年收费金额（单位：万元）"), new int[] {3}, List.of(T1Column.AMOUNT),
                    List.of(T1Row.FEE), List.of("行政事业性收费")));

    /** F2019: a 5-column grid, the middle header cell of the first three blocks spanning two (§4.2). */
    private static final List<Block> T1_F2019 = List.of(
            new Block("第二十条第（一）项", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), new int[] {1, 2, 1},
                    List.of(T1Column.NEW_MADE, T1Column.NEW_PUBLISHED, T1Column.TOTAL),
                    List.of(T1Row.REG, T1Row.NORM), List.of("规章", "规范性文件")),
            new Block("第二十条第（五）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"), new int[] {1, 2, 1},
                    List.of(T1Column.PREV_ITEMS, T1Column.CHANGE, T1Column.DECISIONS),
                    List.of(T1Row.LICENSE, T1Row.OTHER_SERVICE), List.of("行政许可", "其他对外管理服务事项")),
            new Block("第二十条第（六）项", List.of("上一年项目数量", "本年增/减", "处理决定数量"), new int[] {1, 2, 1},
                    List.of(T1Column.PREV_ITEMS, T1Column.CHANGE, T1Column.DECISIONS),
                    List.of(T1Row.PENALTY, T1Row.COERCION), List.of("行政处罚", "行政强制")),
            new Block("第二十条第（八）项", List.of("上一年项目数量", "本年增/减"), new int[] {2, 2},
                    List.of(T1Column.PREV_ITEMS, T1Column.CHANGE), List.of(T1Row.FEE), List.of("行政事业性收费")),
            new Block("第二十条第（九）项", List.of("采购项目数量", "采购总金额"), new int[] {2, 2},
                    List.of(T1Column.ITEMS, T1Column.AMOUNT), List.of(T1Row.PROCUREMENT), List.of("政府集中采购")));

    private static final Set<ColumnId> F2019_ONLY = Set.of(T1Column.NEW_MADE, T1Column.NEW_PUBLISHED,
            T1Column.TOTAL, T1Column.PREV_ITEMS, T1Column.CHANGE, T1Column.ITEMS);

    private HtmlTables() {
    }

    /** The T1 columns only the 2019 format has; used to pick a layout for a report of mixed format. */
    static boolean isF2019Column(ColumnId column) {
        return F2019_ONLY.contains(column);
    }

    /** T1 (主动公开): one tbody per 项 block, each with its caption row and its header row. */
    static void t1(StringBuilder b, boolean f2019, Sink s) {
        int width = f2019 ? 5 : 4;
        b.append("<table class=\"stat t1 ").append(f2019 ? "f2019" : "f2021").append("\" lang=\"zh-CN\">\n");
        b.append("<colgroup><col class=\"label\">");
        b.append("<col class=\"v\">".repeat(width - 1)).append("</colgroup>\n");
        for (Block block : f2019 ? T1_F2019 : T1_F2021) {
            b.append("<tbody>\n<tr><th class=\"item\" colspan=\"").append(width).append("\">")
                    .append(esc(block.item())).append("</th></tr>\n");
            b.append("<tr><th class=\"head\">信息内容</th>");
            for (int i = 0; i < block.heads().size(); i++) {
                b.append("<th class=\"head\"").append(span("colspan", block.spans()[i])).append('>')
                        .append(esc(block.heads().get(i))).append("</th>");
            }
            b.append("</tr>\n");
            for (int r = 0; r < block.rows().size(); r++) {
                T1Row row = block.rows().get(r);
                b.append("<tr>");
                s.label(row, block.labels().get(r), 1, 1);
                for (int i = 0; i < block.columns().size(); i++) {
                    s.value(row, block.columns().get(i), block.spans()[i]);
                }
                b.append("</tr>\n");
            }
            b.append("</tbody>\n");
        }
        b.append("</table>\n");
    }

    /**
     * T2 (申请): three header rows over 3 label columns and 7 value columns; 三、本年度办理结果 spans the result
     * rows (22 in F2021, 20 in F2019) and （三）–（六） span their numbered sub-items (§5.1, §5.2).
     */
    static void t2(StringBuilder b, boolean f2019, Sink s) {
        b.append("<table class=\"stat t2\" lang=\"zh-CN\">\n");
        b.append("<colgroup><col class=\"l1\"><col class=\"l2\"><col class=\"l3\">")
                .append("<col class=\"v\">".repeat(7)).append("</colgroup>\n<thead>\n");
        b.append("<tr><th class=\"note\" colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，"
                + "等于第三项加第四项之和）</th><th colspan=\"7\">申请人情况</th></tr>\n");
        b.append("<tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>\n");
        b.append("<tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>\n");
        b.append("</thead>\n<tbody>\n");
        t2Row(b, s, T2Row.NEW, null, 0, 3);
        t2Row(b, s, T2Row.CIN, null, 0, 3);
        t2Row(b, s, T2Row.R1, "三、本年度办理结果", f2019 ? 20 : 22, 2);
        t2Row(b, s, T2Row.R2, null, 0, 2);
        group(b, s, "（三）不予公开", T2Row.R3_1, T2Row.R3_2, T2Row.R3_3, T2Row.R3_4, T2Row.R3_5, T2Row.R3_6,
                T2Row.R3_7, T2Row.R3_8);
        group(b, s, "（四）无法提供", T2Row.R4_1, T2Row.R4_2, T2Row.R4_3);
        group(b, s, "（五）不予处理", T2Row.R5_1, T2Row.R5_2, T2Row.R5_3, T2Row.R5_4, T2Row.R5_5);
        if (f2019) {
            t2Row(b, s, T2Row.R6, null, 0, 2);
        } else {
            group(b, s, "（六）其他处理", T2Row.R6_1, T2Row.R6_2, T2Row.R6_3);
        }
        t2Row(b, s, T2Row.R7, null, 0, 2);
        t2Row(b, s, T2Row.COUT, null, 0, 3);
        b.append("</tbody>\n</table>\n");
    }

    /** A result group such as （三）不予公开: its label spans its numbered rows. */
    private static void group(StringBuilder b, Sink s, String label, T2Row... rows) {
        for (int i = 0; i < rows.length; i++) {
            t2Row(b, s, rows[i], i == 0 ? label : null, rows.length, 1);
        }
    }

    /** One T2 row; {@code lead}, when given, is a merged label cell that starts in this row. */
    private static void t2Row(StringBuilder b, Sink s, T2Row row, String lead, int leadRows, int labelSpan) {
        b.append("<tr>");
        if (lead != null) {
            b.append("<th class=\"group").append(leadRows > 10 ? " vertical" : "").append('"')
                    .append(span("rowspan", leadRows)).append('>').append(esc(lead)).append("</th>");
        }
        s.label(row, row.label(), labelSpan, 1);
        for (T2Column c : T2Column.values()) {
            s.value(row, c, 1);
        }
        b.append("</tr>\n");
    }

    /** T3 (复议诉讼): two header rows of groups over one data row of 15 cells (§6). */
    static void t3(StringBuilder b, Sink s) {
        b.append("<table class=\"stat t3\" lang=\"zh-CN\">\n<thead>\n");
        b.append("<tr><th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th></tr>\n<tr>");
        for (T3Column c : T3Column.values()) {
            b.append("<th rowspan=\"2\">").append(esc(c.label())).append("</th>");
        }
        b.append("<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th></tr>\n<tr>");
        for (int group = 0; group < 2; group++) {
            for (T3Column c : T3Column.values()) {
                b.append("<th>").append(esc(c.label())).append("</th>");
            }
        }
        b.append("</tr>\n</thead>\n<tbody>\n<tr>");
        for (T3Row row : T3Row.values()) {
            for (T3Column c : T3Column.values()) {
                s.value(row, c, 1);
            }
        }
        b.append("</tr>\n</tbody>\n</table>\n");
    }

    /** {@code  colspan="n"}, or nothing for 1. */
    static String span(String attribute, int n) {
        return n == 1 ? "" : " " + attribute + "=\"" + n + "\"";
    }
}
