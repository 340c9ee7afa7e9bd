package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.T1Row;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A page in traditional script is read on its simplified folding; the report keeps the printed text. */
class ScriptFoldingTest {
    private static final String PAGE = String.join("\n",
            "某某縣(xiàn)某某鄉(xiāng)人民政府",
            "2021年政府信息公開工作年度報(bào)告",
            "一、總體情況",
            "2021年,某某鄉(xiāng)認真貫徹《條例》,統計期限為2021年1月1日至2021年12月31日。",
            "二、主動公開政府信息情況",
            "第二十條第(一)項 | | |",
            "信息內容 | 本年製發件數 | 本年廢止件數 | 現行有效件數",
            "規(guī)章 | 0 | 0 | 0",
            "行政規範性文件 | 1 | 0 | 2",
            "三、收到和處理政府信息公開申請情況",
            "");

    private static List<ParseProblem.Kind> kinds(Report r) {
        return r.problems().stream().map(ParseProblem::kind).toList();
    }

    @Test
    void readOnTheFoldingKeptAsPrinted() {
        Report r = OgiReports.parse(PAGE);
        assertEquals(Optional.of("某某縣某某鄉人民政府2021年政府信息公開工作年度報告"), r.title());
        assertEquals(Optional.of("某某縣某某鄉人民政府"), r.agency());
        assertEquals(OptionalInt.of(2021), r.year());
        assertEquals(List.of(SectionId.OVERVIEW, SectionId.PROACTIVE, SectionId.REQUESTS),
                r.sections().stream().map(s -> s.id()).toList());
        assertEquals("一、總體情況", r.section(SectionId.OVERVIEW).orElseThrow().heading());
        assertEquals("2021年,某某鄉認真貫徹《條例》,統計期限為2021年1月1日至2021年12月31日。",
                r.section(SectionId.OVERVIEW).orElseThrow().paragraphs().get(0).text());
        assertEquals("規章", r.t1().orElseThrow().row(T1Row.REG).orElseThrow().label());
        assertEquals("行政規範性文件", r.t1().orElseThrow().row(T1Row.NORM).orElseThrow().label());
        assertEquals("2", r.t1().orElseThrow().row(T1Row.NORM).orElseThrow().cells().get(2).raw());
        assertTrue(kinds(r).contains(ParseProblem.Kind.TRADITIONAL_SCRIPT), () -> kinds(r).toString());
        assertTrue(kinds(r).contains(ParseProblem.Kind.PINYIN_GLOSSES));
    }

    @Test
    void aSimplifiedPageHasNoNote() {
        Report r = OgiReports.parse(String.join("\n", "某某乡人民政府2021年政府信息公开工作年度报告", "一、总体情况",
                "二、主动公开政府信息情况", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数", "规章 | 0 | 0 | 0"));
        assertEquals(Optional.of("某某乡人民政府"), r.agency());
        assertTrue(kinds(r).stream().noneMatch(k -> k == ParseProblem.Kind.TRADITIONAL_SCRIPT
                || k == ParseProblem.Kind.PINYIN_GLOSSES));
    }

    /** Glosses on a page in simplified script are left out too, and only they are noted. */
    @Test
    void glossesOnASimplifiedPage() {
        Report r = OgiReports.parse(String.join("\n", "某某乡(xiāng)人民政府2021年政府信息公开工作年度报(bào)告",
                "一、总体情况", "二、主动公开政府信息情况", "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数",
                "规(guī)章 | 0 | 0 | 0"));
        assertEquals(Optional.of("某某乡人民政府"), r.agency());
        assertEquals("规章", r.t1().orElseThrow().row(T1Row.REG).orElseThrow().label());
        assertTrue(kinds(r).contains(ParseProblem.Kind.PINYIN_GLOSSES));
        assertTrue(!kinds(r).contains(ParseProblem.Kind.TRADITIONAL_SCRIPT));
    }

    /** An HTML page in traditional script: the same folding over its paragraphs and table cells. */
    @Test
    void htmlPageInTraditionalScript() {
        String html = "<html><head><title>某某區某某局2022年政府信息公開工作年度報告</title></head><body>"
                + "<p>一、總體情況</p><p>本報告根據《中華人民共和國政府信息公開條例》編制，統計期限為2022年1月1日至12月31日。</p>"
                + "<p>二、主動公開政府信息情況</p><table>"
                + "<tr><td>信息內容</td><td>本年製發件數</td><td>本年廢止件數</td><td>現行有效件數</td></tr>"
                + "<tr><td>規章</td><td>0</td><td>0</td><td>0</td></tr>"
                + "<tr><td>行政規範性文件</td><td>3</td><td>1</td><td>無</td></tr></table></body></html>";
        Report r = OgiReports.parse(html.getBytes(java.nio.charset.StandardCharsets.UTF_8), "page.html");
        assertEquals(Optional.of("某某區某某局"), r.agency());
        assertEquals(OptionalInt.of(2022), r.year());
        assertEquals("二、主動公開政府信息情況", r.section(SectionId.PROACTIVE).orElseThrow().heading());
        assertEquals("無", r.t1().orElseThrow().row(T1Row.NORM).orElseThrow().cells().get(2).raw());
        assertTrue(r.t1().orElseThrow().row(T1Row.NORM).orElseThrow().cells().get(2)
                instanceof io.github.ogireport.model.Cell.NotApplicable);
        assertTrue(kinds(r).contains(ParseProblem.Kind.TRADITIONAL_SCRIPT));
    }
}
