package io.github.ogireport.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static List<String> texts(List<GridCell> cells) {
        List<String> out = new ArrayList<>();
        for (GridCell c : cells) {
            out.add(c.text());
        }
        return out;
    }

    private static List<Line> lines(String text) {
        return TextLayout.parse(text).lines();
    }

    private static Line.Row row(Line line) {
        return assertInstanceOf(Line.Row.class, line);
    }

    private static String paragraph(Line line) {
        return assertInstanceOf(Line.Paragraph.class, line).text();
    }

    @Test
    void pipeRowCellsAreTrimmedAndTheEdgePipesAreNotCells() {
        assertEquals(List.of("规章", "0", "0", "0"), texts(TextLayout.splitPipes("规章 | 0 | 0 | 0 |", 1)));
        assertEquals(List.of("规章", "0", "0", "0"), texts(TextLayout.splitPipes("| 规章 | 0 | 0 | 0 |", 1)));
        assertEquals(List.of("规章", "0"), texts(TextLayout.splitPipes("规章|0", 1)));
    }

    /** Trailing empty cells from merged headers stay cells (only the closing pipe's edge is dropped). */
    @Test
    void trailingEmptyCellsFromColspansAreKept() {
        assertEquals(List.of("第二十条第(一)项", "", "", ""), texts(TextLayout.splitPipes("第二十条第(一)项 | |||", 1)));
        assertEquals(List.of("行政许可", "0", "", ""), texts(TextLayout.splitPipes("行政许可 | 0 | ||", 1)));
        assertEquals(List.of("信息内容", "本年处理决定数量", "", ""),
                texts(TextLayout.splitPipes("信息内容 | 本年处理决定数量 | ||", 1)));
    }

    @Test
    void emptyCellsInsideARowAreKept() {
        assertEquals(List.of("四、结转下年度继续办理", "1", "0", ""),
                texts(TextLayout.splitPipes("| 四、结转下年度继续办理 | 1 | 0 |  |", 1)));
    }

    @Test
    void pipeCellPositionsPointAtTheirFirstCharacter() {
        List<GridCell> cells = TextLayout.splitPipes("规章 |  12 | 0", 7);
        assertEquals(new SourcePosition.InText(7, 1), cells.get(0).position());
        assertEquals(new SourcePosition.InText(7, 7), cells.get(1).position());
        assertEquals(new SourcePosition.InText(7, 12), cells.get(2).position());
    }

    @Test
    void cellWhiteSpaceIsCollapsed() {
        assertEquals(List.of("商业 企业", "科研 机构"), texts(TextLayout.splitPipes("商业　 企业 | 科研\u00A0机构 |", 1)));
    }

    @Test
    void markdownSeparatorLinesAreNotRows() {
        List<Line> out = lines("| 信息内容 | 本年制发件数 |\n|---|---|\n| :---: | ---: |\n|--|:--|\n| 规章 | 3 |\n");
        assertEquals(2, out.size());
        assertEquals(List.of("信息内容", "本年制发件数"), texts(row(out.get(0)).cells()));
        assertEquals(List.of("规章", "3"), texts(row(out.get(1)).cells()));
    }

    /** CommonMark headings: one to six '#' and an ASCII space; '#' glued to text is not a heading. */
    @Test
    void markdownHeadingMarksAreDropped() {
        List<Line> out = lines("# 某某局2024年政府信息公开工作年度报告\n## 一、总体情况\n### （一）主动公开\n#不是标题");
        assertEquals("某某局2024年政府信息公开工作年度报告", paragraph(out.get(0)));
        assertEquals("一、总体情况", paragraph(out.get(1)));
        assertEquals("（一）主动公开", paragraph(out.get(2)));
        assertEquals("#不是标题", paragraph(out.get(3)));
        assertEquals(new SourcePosition.InText(2, 4), out.get(1).position());
    }

    @Test
    void contiguousPipeRowsShareAGridAndABlankLineStartsAnother() {
        List<Line> out = lines("a | 1 |\nb | 2 |\n\nc | 3 |\n说明\nd | 4 |");
        int first = row(out.get(0)).grid();
        assertEquals(first, row(out.get(1)).grid());
        assertNotEquals(first, row(out.get(2)).grid());
        assertNotEquals(row(out.get(2)).grid(), row(out.get(4)).grid());
        assertEquals("说明", paragraph(out.get(3)));
    }

    @Test
    void spacedRowsSplitALabelFromItsValues() {
        List<Line> out = lines("规章 0 0 0\n行政规范性文件　３　０　１２\n（七）总计 1,234 0 / — 5 0 1,239\n行政事业性收费 96171.6");
        assertEquals(List.of("规章", "0", "0", "0"), texts(row(out.get(0)).cells()));
        assertEquals(List.of("行政规范性文件", "３", "０", "１２"), texts(row(out.get(1)).cells()));
        assertEquals(List.of("（七）总计", "1,234", "0", "/", "—", "5", "0", "1,239"), texts(row(out.get(2)).cells()));
        assertEquals(List.of("行政事业性收费", "96171.6"), texts(row(out.get(3)).cells()));
        assertEquals(new SourcePosition.InText(2, 9), row(out.get(1)).cells().get(1).position());
    }

    /** The label keeps its spaces; a label that ends in a digit is not split (第二十条第（一）项 stays whole). */
    @Test
    void spacedRowLabelsKeepTheirWords() {
        List<Line> out = lines("三、本年度办理结果 （一）予以公开 2 0 0 0 0 0 2\n2.重复申请\n本年度共收到申请5件。");
        assertEquals(List.of("三、本年度办理结果 （一）予以公开", "2", "0", "0", "0", "0", "0", "2"),
                texts(row(out.get(0)).cells()));
        assertEquals("2.重复申请", paragraph(out.get(1)));
        assertEquals("本年度共收到申请5件。", paragraph(out.get(2)));
    }

    /** Hanyang style (domain-spec §10.9): a lone '|' starts a row, each following 'cell |' line is a cell. */
    @Test
    void loneBarLinesStartRowsOfOneCellPerLine() {
        String text = "二、主动公开政府信息情况\n|\n第二十条第(一)项 | |||\n|\n信息内容 |\n本年制发件数 |\n|\n规章 |\n0 |\n1 |\n2 |\n"
                + "三、收到和处理政府信息公开申请情况\n";
        List<Line> out = lines(text);
        assertEquals("二、主动公开政府信息情况", paragraph(out.get(0)));
        assertEquals(List.of("第二十条第(一)项", "", "", ""), texts(row(out.get(1)).cells()));
        assertEquals(List.of("信息内容", "本年制发件数"), texts(row(out.get(2)).cells()));
        assertEquals(List.of("规章", "0", "1", "2"), texts(row(out.get(3)).cells()));
        assertEquals(new SourcePosition.InText(7, 1), out.get(3).position());
        assertEquals("三、收到和处理政府信息公开申请情况", paragraph(out.get(4)));
        assertEquals(5, out.size());
    }

    /** Cell-per-line (domain-spec §10.10): the label lines since the last value, then the values, form a row. */
    @Test
    void cellPerLineTextIsRebuiltIntoRows() {
        StringBuilder text = new StringBuilder("二、主动公开政府信息情况\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n规章\n0\n0\n0\n"
                + "行政规范性文件\n１\n0件\n12\n行政强制\n/\n行政事业性收费\n3.5万元\n");
        text.append("四、政府信息公开行政复议、行政诉讼情况\n");
        for (int i = 0; i < 15; i++) {
            text.append(i).append('\n');
        }
        List<Line> out = lines(text.toString());
        List<List<String>> rows = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (Line l : out) {
            if (l instanceof Line.Row) {
                rows.add(texts(((Line.Row) l).cells()));
            } else {
                paragraphs.add(paragraph(l));
            }
        }
        assertEquals(List.of(
                List.of("本年制发件数", "本年废止件数", "现行有效件数", "规章", "0", "0", "0"),
                List.of("行政规范性文件", "１", "0件", "12"),
                List.of("行政强制", "/"),
                List.of("行政事业性收费", "3.5万元"),
                List.of("四、政府信息公开行政复议、行政诉讼情况", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
                        "11", "12", "13", "14")), rows);
        // the label lines stay paragraphs too, so headings are still found
        assertEquals("二、主动公开政府信息情况", paragraphs.get(0));
        assertEquals(true, paragraphs.contains("四、政府信息公开行政复议、行政诉讼情况"));
    }

    /** Few lone values, or pipe rows present: not cell-per-line, lone numbers stay paragraphs. */
    @Test
    void fewLoneValuesAreNotCellPerLine() {
        List<Line> out = lines("规章\n0\n1\n2\n");
        for (Line l : out) {
            assertInstanceOf(Line.Paragraph.class, l);
        }
        StringBuilder piped = new StringBuilder("a | 1 |\nb | 2 |\nc | 3 |\n");
        for (int i = 0; i < 12; i++) {
            piped.append(i).append('\n');
        }
        long rows = lines(piped.toString()).stream().filter(l -> l instanceof Line.Row).count();
        assertEquals(3, rows);
    }

    @Test
    void lineEndingsOfAllKindsSplitLines() {
        List<Line> out = lines("一、总体情况\r\n二、主动公开政府信息情况\r三、收到和处理政府信息公开申请情况\n");
        assertEquals(3, out.size());
        assertEquals(new SourcePosition.InText(3, 1), out.get(2).position());
    }

    @Test
    void textLayoutHasNoDeclaredTitle() {
        assertEquals("", TextLayout.parse("标题").title());
    }
}
