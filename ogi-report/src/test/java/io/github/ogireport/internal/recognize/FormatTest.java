package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.PdfLayout;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format fingerprinting (domain-spec §2.2) and what happens to a row that cannot be recovered. */
class FormatTest {

    @Test
    void t1MixingBothVocabulariesIsMixed() {
        Report r = OgiReports.parse(String.join("\n",
                "示例区人民政府2021年政府信息公开工作年度报告",
                "二、主动公开政府信息情况",
                "第二十条第（一）项 | | |",
                "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
                "规章 | 1 | 0 | 3",
                "行政规范性文件 | 2 | 0 | 9",
                "第二十条第（五）项 | | |",
                "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量",
                "行政许可 | 10 | +1 | 20",
                "其他对外管理服务事项 | 3 | -1 | 4"));
        assertEquals(ReportFormat.MIXED, r.format());
        assertEquals(4, r.t1().orElseThrow().rows().size());
        assertEquals("+1", r.t1().orElseThrow().row(T1Row.LICENSE).orElseThrow().cells().get(1).raw());
    }

    @Test
    void pre2019HeadingsWithoutTablesAreLegacy() {
        Report r = OgiReports.parse(String.join("\n",
                "示例局2017年政府信息公开工作年度报告",
                "一、概述",
                "本局认真贯彻落实《条例》。",
                "二、主动公开政府信息情况",
                "全年主动公开信息120条。",
                "三、依申请公开政府信息情况",
                "全年受理申请3件。",
                "四、咨询处理情况",
                "全年接受咨询40人次。"));
        assertEquals(ReportFormat.LEGACY, r.format());
        assertTrue(r.problems().stream().noneMatch(p -> p.kind() == ParseProblem.Kind.TABLE_MISSING));
        // and a current report that only lacks its tables is not legacy
        Report current = OgiReports.parse("示例局2022年政府信息公开工作年度报告\n一、总体情况\n二、主动公开政府信息情况\n");
        assertEquals(ReportFormat.UNKNOWN, current.format());
    }

    /** A PDF row whose values line up with no column is reported, never completed by guessing. */
    @Test
    void pdfRowThatCannotBePlacedIsAProblem() {
        List<PdfLayout.Glyph> g = new ArrayList<>();
        String[] labels = {"一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开"};
        String[][] values = {{"1", "2", "3", "4", "5", "6", "21"}, {"0", "0", "0", "0", "0", "0", "0"},
            {"1", "2", "3", "4", "5", "6"}};
        for (int r = 0; r < labels.length; r++) {
            double y = 100 + 24 * r;
            put(g, 60, y, labels[r]);
            for (int i = 0; i < values[r].length; i++) {
                // the last row's six values sit half-way between the columns: no column can be told
                double x = 300 + 36 * i + (r == 2 ? 18 : 0);
                put(g, x, y + 1, values[r][i]);
            }
        }
        Layout layout = PdfLayout.layout(List.of(new PdfLayout.Page(1, g)));
        Report report = ReportRecognizer.recognize("t.pdf", "application/pdf", layout);
        assertTrue(report.t2().orElseThrow().row(T2Row.R1).isEmpty(), "R1 not guessed");
        assertTrue(report.problems().stream().anyMatch(p -> p.kind() == ParseProblem.Kind.ROW_ARITY
                && p.subject().equals("t2.R1")), report.problems().toString());
        assertEquals(21, report.t2().orElseThrow().cell(T2Row.NEW, T2Column.TOT).orElseThrow().number()
                .orElseThrow().intValue());
    }

    private static void put(List<PdfLayout.Glyph> g, double x, double y, String s) {
        double at = x;
        for (int i = 0; i < s.length(); i++) {
            double w = s.charAt(i) < 128 ? 4 : 8;
            g.add(new PdfLayout.Glyph(s.substring(i, i + 1), at, y, w, 8));
            at += w;
        }
    }
}
