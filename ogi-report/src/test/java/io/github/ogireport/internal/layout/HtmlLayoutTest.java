package io.github.ogireport.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlLayoutTest {

    private static List<Line.Row> rows(Layout layout) {
        List<Line.Row> out = new ArrayList<>();
        for (Line l : layout.lines()) {
            if (l instanceof Line.Row) {
                out.add((Line.Row) l);
            }
        }
        return out;
    }

    private static List<String> paragraphs(Layout layout) {
        List<String> out = new ArrayList<>();
        for (Line l : layout.lines()) {
            if (l instanceof Line.Paragraph) {
                out.add(((Line.Paragraph) l).text());
            }
        }
        return out;
    }

    private static List<String> texts(Line.Row row) {
        List<String> out = new ArrayList<>();
        for (GridCell c : row.cells()) {
            out.add(c.text());
        }
        return out;
    }

    /** "o" for an origin cell, "c" for a colspan copy, "r" for a rowspan copy, "rc" for both. */
    private static String flags(Line.Row row) {
        StringBuilder b = new StringBuilder();
        for (GridCell c : row.cells()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(c.rowCopy() ? "r" : "").append(c.colCopy() ? "c" : "").append(!c.rowCopy() && !c.colCopy() ? "o" : "");
        }
        return b.toString();
    }

    /** The T2 header of domain-spec §5.1: rowspan 3 × colspan 3 note, colspan 7, rowspan 2 and colspan 5. */
    @Test
    void spansExpandIntoALogicalGridWithCopyFlags() {
        Layout layout = HtmlLayout.parse("<table>"
                + "<tr><td rowspan=\"3\" colspan=\"3\">勾稽</td><td colspan=\"7\">申请人情况</td></tr>"
                + "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
                + "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
                + "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>1</td><td>2</td><td>3</td><td>4</td>"
                + "<td>5</td><td>6</td><td>21</td></tr></table>");
        List<Line.Row> rows = rows(layout);
        assertEquals(4, rows.size());
        assertEquals(List.of("勾稽", "勾稽", "勾稽", "申请人情况", "申请人情况", "申请人情况", "申请人情况", "申请人情况",
                "申请人情况", "申请人情况"), texts(rows.get(0)));
        assertEquals("o c c o c c c c c c", flags(rows.get(0)));
        assertEquals(List.of("勾稽", "勾稽", "勾稽", "自然人", "法人或其他组织", "法人或其他组织", "法人或其他组织",
                "法人或其他组织", "法人或其他组织", "总计"), texts(rows.get(1)));
        assertEquals("r rc rc o o c c c c o", flags(rows.get(1)));
        assertEquals(List.of("勾稽", "勾稽", "勾稽", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
                "总计"), texts(rows.get(2)));
        assertEquals("r rc rc r o o o o o r", flags(rows.get(2)));
        assertEquals("o c c o o o o o o o", flags(rows.get(3)));
        assertEquals(10, rows.get(3).cells().size());
    }

    /** A copy keeps the origin's position, so a value spanning columns is reported where it was written. */
    @Test
    void copiesPointAtTheirOrigin() {
        Layout layout = HtmlLayout.parse("<p>前言</p><table><tr><td>x</td></tr></table>"
                + "<table><tr><td rowspan=\"2\">a</td><td colspan=\"2\">b</td></tr><tr><td>c</td><td>d</td></tr></table>");
        List<Line.Row> rows = rows(layout);
        assertEquals(3, rows.size());
        Line.Row first = rows.get(1);
        assertEquals(2, first.grid());
        assertEquals(new SourcePosition.InTable(2, 1, 2), first.cells().get(1).position());
        assertEquals(new SourcePosition.InTable(2, 1, 2), first.cells().get(2).position());
        Line.Row second = rows.get(2);
        assertEquals(new SourcePosition.InTable(2, 1, 1), second.cells().get(0).position());
        assertEquals(new SourcePosition.InTable(2, 2, 2), second.cells().get(1).position());
        assertEquals(List.of("a", "c", "d"), texts(second));
        assertEquals(new SourcePosition.InTable(2, 2, 1), second.position());
    }

    /** A rowspan beyond the table's last row is clamped: no phantom rows are added. */
    @Test
    void rowspanIsClampedToTheTable() {
        Layout layout = HtmlLayout.parse("<table><tr><td rowspan=\"22\">三、本年度办理结果</td><td>1</td></tr>"
                + "<tr><td>2</td></tr></table>");
        List<Line.Row> rows = rows(layout);
        assertEquals(2, rows.size());
        assertEquals(List.of("三、本年度办理结果", "2"), texts(rows.get(1)));
        assertTrue(rows.get(1).cells().get(0).rowCopy());
    }

    /** A hostile colspan cannot blow up memory: spans are clamped to MAX_SPAN. */
    @Test
    void hugeSpansAreClamped() {
        Layout layout = HtmlLayout.parse("<table><tr><td colspan=\"99999999\">x</td><td>y</td></tr></table>");
        Line.Row row = rows(layout).get(0);
        assertEquals(HtmlLayout.MAX_SPAN + 1, row.cells().size());
        assertEquals("y", row.cells().get(HtmlLayout.MAX_SPAN).text());
    }

    @Test
    void badSpanAttributesCountAsOne() {
        Layout layout = HtmlLayout.parse("<table><tr><td colspan=\"0\">a</td><td colspan=\"x\">b</td>"
                + "<td colspan=\"-2\">c</td><td colspan=\" 2 \">d</td></tr></table>");
        assertEquals(List.of("a", "b", "c", "d", "d"), texts(rows(layout).get(0)));
    }

    /** Rows shorter than the grid are padded with blank cells; th counts like td. */
    @Test
    void shortRowsArePaddedAndThCounts() {
        Layout layout = HtmlLayout.parse("<table><tr><th>h1</th><th>h2</th><th>h3</th></tr>"
                + "<tr><td rowspan=\"2\">a</td><td>b</td></tr><tr><td>c</td></tr></table>");
        List<Line.Row> rows = rows(layout);
        assertEquals(List.of("h1", "h2", "h3"), texts(rows.get(0)));
        assertEquals(List.of("a", "b"), texts(rows.get(1)));
        assertEquals(List.of("a", "c"), texts(rows.get(2)));
    }

    /** Markup in cells is flattened: nested p/span/strong, br as a space, &nbsp; as blank, styles ignored. */
    @Test
    void cellMarkupIsFlattened() {
        Layout layout = HtmlLayout.parse("<table><tr>"
                + "<td style=\"width:80px\"><p style=\"text-align:center\"><span style=\"font-family:宋体\">本年<br/>制发件数</span></p></td>"
                + "<td><p>&nbsp;</p></td><td>&nbsp;</td><td>\u3000</td>"
                + "<td><p><span><strong>1</strong></span><span>2</span></p></td><td> <b>3</b>\n 件 </td></tr></table>");
        Line.Row row = rows(layout).get(0);
        assertEquals(List.of("本年 制发件数", "", "", "", "12", "3 件"), texts(row));
        assertTrue(row.cells().get(1).isBlank());
        assertTrue(row.cells().get(3).isBlank());
        assertFalse(row.cells().get(4).isBlank());
    }

    /** A table holding other tables lays out the page: its text is flow, its inner tables are grids. */
    @Test
    void layoutTablesAreReadAsFlow() {
        Layout layout = HtmlLayout.parse("<table width=\"100%\"><tr><td><h1>某某局2024年政府信息公开工作年度报告</h1>"
                + "<p>一、总体情况</p><div>正文<br>第二行</div>"
                + "<table><tr><td>规章</td><td>0</td></tr></table><p>三、收到和处理政府信息公开申请情况</p></td></tr></table>");
        assertEquals(List.of("某某局2024年政府信息公开工作年度报告", "一、总体情况", "正文", "第二行", "三、收到和处理政府信息公开申请情况"),
                paragraphs(layout));
        List<Line.Row> rows = rows(layout);
        assertEquals(1, rows.size());
        assertEquals(List.of("规章", "0"), texts(rows.get(0)));
        assertEquals(1, rows.get(0).grid());
        // document order: the inner table sits between its surrounding paragraphs
        assertInstanceOf(Line.Row.class, layout.lines().get(4));
    }

    @Test
    void scriptsStylesAndHeadAreSkippedAndTheTitleIsDeclared() {
        Layout layout = HtmlLayout.parse("<html><head><title> 某某局 年报 </title><style>p{color:red}</style></head>"
                + "<body><script>document.write('<p>二、主动公开政府信息情况</p>')</script><noscript>请启用脚本</noscript>"
                + "<p>正文</p></body></html>");
        assertEquals(List.of("正文"), paragraphs(layout));
        assertEquals("某某局 年报", layout.title());
    }

    @Test
    void inlineElementsJoinAndBlocksSplit() {
        Layout layout = HtmlLayout.parse("<p><strong>一、</strong><span>总体</span>情况</p><p>  </p><div><p>甲</p>乙</div>");
        assertEquals(List.of("一、总体情况", "甲", "乙"), paragraphs(layout));
    }

    @Test
    void paragraphPositionsAreSourceLines() {
        Layout layout = HtmlLayout.parse("<html>\n<body>\n<p>一、总体情况</p>\n\n<p>二、主动公开政府信息情况</p>\n</body></html>");
        assertEquals(new SourcePosition.InText(3, 4), layout.lines().get(0).position());
        assertEquals(new SourcePosition.InText(5, 4), layout.lines().get(1).position());
    }
}
