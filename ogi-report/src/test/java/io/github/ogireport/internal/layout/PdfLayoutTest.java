package io.github.ogireport.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** PdfLayout on hand-placed glyphs: the PDF variants of domain-spec §10 items 5, 6, 10, 11. */
class PdfLayoutTest {
    private final List<List<PdfLayout.Glyph>> pages = new ArrayList<>();

    /** Places {@code s} from x at baseline y (CJK one em wide, ASCII half). */
    private PdfLayoutTest put(int page, double x, double y, double em, String s) {
        while (pages.size() < page) {
            pages.add(new ArrayList<>());
        }
        double at = x;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            double w = c < 128 ? em / 2 : em;
            pages.get(page - 1).add(new PdfLayout.Glyph(String.valueOf(c), at, y, w, em));
            at += w;
        }
        return this;
    }

    /** Values at the T2 column centres of a 7-column table. */
    private PdfLayoutTest values(int page, double y, String... v) {
        for (int i = 0; i < v.length; i++) {
            if (v[i] != null) {
                put(page, 300 + 36 * i - v[i].length() * 2, y, 8, v[i]);
            }
        }
        return this;
    }

    private Layout layout() {
        List<PdfLayout.Page> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            out.add(new PdfLayout.Page(i + 1, pages.get(i)));
        }
        return PdfLayout.layout(out);
    }

    private static List<String> rows(Layout l) {
        return l.lines().stream().filter(x -> x instanceof Line.Row)
                .map(x -> ((Line.Row) x).cells().stream().map(GridCell::text).collect(Collectors.joining("|")))
                .collect(Collectors.toList());
    }

    private static List<String> paragraphs(Layout l) {
        return l.lines().stream().filter(x -> x instanceof Line.Paragraph).map(x -> ((Line.Paragraph) x).text())
                .collect(Collectors.toList());
    }

    @Test
    void labelWrappedOverThreeLinesJoinsTheRowOnItsMiddleLine() {
        put(1, 60, 100, 8, "一、本年新收政府信息公开申请数量").values(1, 101, "1", "2", "3", "4", "5", "6", "21");
        put(1, 95, 124, 8, "（二）部分公开（区分处理");
        put(1, 95, 138, 8, "的，只计这一情形，不计其他").values(1, 139, "7", "0", "0", "0", "0", "0", "7");
        put(1, 95, 152, 8, "情形）");
        assertEquals(List.of("一、本年新收政府信息公开申请数量|1|2|3|4|5|6|21",
                "（二）部分公开（区分处理的，只计这一情形，不计其他情形）|7|0|0|0|0|0|7"), rows(layout()));
    }

    @Test
    void verticalLabelAndGroupLabelBecomeOuterLabelCells() {
        String vertical = "三、本年";
        for (int i = 0; i < vertical.length(); i++) {
            put(1, 62, 100 + i * 15, 8, vertical.substring(i, i + 1));
        }
        put(1, 140, 100, 8, "1.属于国家秘密").values(1, 101, "1", "0", "0", "0", "0", "0", "1");
        put(1, 95, 118, 8, "（三）不");
        put(1, 140, 124, 8, "2.其他法律行政法规禁止公开").values(1, 125, "2", "0", "0", "0", "0", "0", "2");
        put(1, 95, 132, 8, "予公开");
        List<String> rows = rows(layout());
        assertEquals(2, rows.size());
        // each character of the vertical label joins the row nearest to it, as an outer label cell
        assertTrue(rows.get(0).startsWith("三|1.属于国家秘密|1|"), rows.get(0));
        assertTrue(rows.get(1).contains("|（三）不予公开|2.其他法律行政法规禁止公开|2|0|"), rows.get(1));
    }

    @Test
    void tableSplitOverPagesWithPageNumbersAndACutLabel() {
        put(1, 140, 700, 8, "1.本机关不掌握相关政府信息").values(1, 701, "746", "12", "0", "0", "10", "1", "769");
        put(1, 95, 712, 8, "（四）无");
        put(1, 290, 810, 10, "- 4 -");
        put(2, 95, 60, 8, "法提供");
        put(2, 140, 62, 8, "2.没有现成信息需要另行制作").values(2, 63, "11", "0", "0", "0", "0", "0", "11");
        put(2, 290, 810, 10, "-5-");
        Layout l = layout();
        assertEquals(List.of("（四）无|1.本机关不掌握相关政府信息|746|12|0|0|10|1|769",
                "法提供|2.没有现成信息需要另行制作|11|0|0|0|0|0|11"), rows(l));
        assertEquals(List.of(), paragraphs(l), "page numbers dropped");
    }

    @Test
    void blankCellsOfAWideTableArePlacedByColumn() {
        put(1, 60, 100, 8, "一、本年新收").values(1, 101, "1", "2", "3", "4", "5", "6", "21");
        put(1, 60, 124, 8, "二、上年结转").values(1, 125, "5", null, "0", null, "0", "0", "5");
        put(1, 60, 148, 8, "四、结转下年度").values(1, 149, null, null, null, null, null, null, "0");
        assertEquals(List.of("一、本年新收|1|2|3|4|5|6|21", "二、上年结转|5||0||0|0|5", "四、结转下年度|||||||0"),
                rows(layout()));
    }

    @Test
    void aLoneValueInANarrowTableIsAMergedCellNotAColumn() {
        put(1, 80, 100, 9, "规章").put(1, 250, 100, 9, "1").put(1, 340, 100, 9, "0").put(1, 430, 100, 9, "11");
        put(1, 80, 124, 9, "行政规范性文件").put(1, 250, 124, 9, "8").put(1, 430, 124, 9, "66");
        put(1, 80, 148, 9, "行政许可").put(1, 330, 148, 9, "447228");
        assertEquals(List.of("规章|1|0|11", "行政规范性文件|8||66", "行政许可|447228"), rows(layout()));
    }

    @Test
    void gluedHeaderWordsAndHugeAdvanceWidthsDoNotJoinCells() {
        // a vertical-label glyph set with a huge advance width, then the next cell 18 pt to its right
        pages.add(new ArrayList<>(List.of(new PdfLayout.Glyph("办", 85, 100, 43.8, 10))));
        put(1, 104, 100, 9, "（三）不予公开").put(1, 180, 101, 7, "4.保护第三方合法权益")
                .values(1, 101, "0", "0", "0", "0", "0", "0", "0");
        assertTrue(rows(layout()).get(0).startsWith("办|（三）不予公开|4.保护第三方合法权益|0|"), rows(layout()).get(0));
    }

    @Test
    void narrativeLinesAtTheMarginAreOneParagraphAcrossPages() {
        put(1, 106, 100, 16, "一、总体情况");
        put(1, 106, 130, 16, "二〇二四年本区受理政府信息公开申请共计二");
        put(1, 74, 158, 16, "十件，全部按时答复，其中依法予以公开十件，部");
        put(1, 300, 810, 10, "-1-");
        put(2, 74, 80, 16, "分公开五件。");
        put(2, 106, 108, 16, "二、主动公开政府信息情况");
        assertEquals(List.of("一、总体情况", "二〇二四年本区受理政府信息公开申请共计二十件，全部按时答复，其中依法予以公开十件，部分公开五件。",
                "二、主动公开政府信息情况"), paragraphs(layout()));
    }

    @Test
    void aNumberWrappedInANarrowCellIsJoinedAgain() {
        // 3001 and 3119 do not fit their cells: 300 / 1 and 311 / 9, one line spacing apart
        put(1, 60, 100, 8, "一、本年新收").values(1, 101, "300", "53", "0", "0", "61", "4", "311");
        put(1, 300 - 6, 110.5, 8, "1").put(1, 300 + 36 * 6 - 6, 110.5, 8, "9");
        put(1, 60, 124, 8, "二、上年结转").values(1, 125, "34", "0", "0", "0", "0", "0", "34");
        assertEquals(List.of("一、本年新收|3001|53|0|0|61|4|3119", "二、上年结转|34|0|0|0|0|0|34"), rows(layout()));
    }

    @Test
    void aCaptionUnderAShortLabelIsNotItsContinuation() {
        // tight rows: the caption of the next block stands where a wrapped label line would
        put(1, 72, 100, 10, "规章").put(1, 190, 100, 10, "1").put(1, 306, 100, 10, "0").put(1, 423, 100, 10, "3");
        put(1, 72, 113.5, 10, "行政规范性文件").put(1, 190, 113.5, 10, "8").put(1, 306, 113.5, 10, "26")
                .put(1, 423, 113.5, 10, "66");
        put(1, 72, 127, 10, "第二十条第（五）项");
        Layout l = layout();
        assertEquals(List.of("规章|1|0|3", "行政规范性文件|8|26|66"), rows(l));
        assertEquals(List.of("第二十条第（五）项"), paragraphs(l));
    }

    @Test
    void topAlignedLabelsWrapUnderTheirOwnRow() {
        // cells aligned to the top: a label's later lines stand below its values, nearer the next row
        put(1, 140, 100, 8, "1.申请人无正当理由逾期不补正、").values(1, 100.5, "67", "3", "0", "0", "1", "0", "71");
        put(1, 140, 110, 8, "行政机关不再处理其政府信息公开");
        put(1, 140, 120, 8, "申请");
        put(1, 140, 126, 8, "2.重复申请").values(1, 126.5, "25", "0", "0", "0", "0", "0", "25");
        assertEquals(List.of("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|67|3|0|0|1|0|71",
                "2.重复申请|25|0|0|0|0|0|25"), rows(layout()));
    }

    @Test
    void aNumberCloseAfterItsLabelIsACellOfItsOwn() {
        put(1, 102, 100, 10, "（二）部分公开（区分处理的，只计这一").put(1, 102 + 18 * 10 + 10, 100, 10, "447");
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一|447"), rows(layout()));
    }

    @Test
    void aSentenceWithSpacedNumbersStaysASentence() {
        put(1, 106, 100, 16, "全年共受理").put(1, 106 + 5 * 16 + 15, 100, 16, "17").put(1, 106 + 5 * 16 + 15 + 16 + 15, 100, 16,
                "件申请，均已答复。");
        Layout l = layout();
        assertEquals(List.of(), rows(l));
        assertEquals(List.of("全年共受理 17 件申请，均已答复。"), paragraphs(l));
    }
}
