package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.TextLayout;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Section headings by keyword, ordinal as a weak signal, tables as anchors (domain-spec §3.3). */
class SectionRecognizerTest {
    private static final List<SectionId> ALL = List.of(SectionId.values());

    private static List<Section> sections(String text) {
        List<Line> lines = TextLayout.parse(text).lines();
        return SectionRecognizer.recognize(lines, Map.of(), Map.of(), new Problems()).sections();
    }

    private static List<SectionId> ids(List<Section> sections) {
        List<SectionId> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.id());
        }
        return out;
    }

    private static String heading(List<Section> sections, SectionId id) {
        for (Section s : sections) {
            if (s.id() == id) {
                return s.heading();
            }
        }
        return null;
    }

    @Test
    void canonicalHeadings() {
        List<Section> s = sections("一、总体情况\n甲\n二、主动公开政府信息情况\n乙\n三、收到和处理政府信息公开申请情况\n丙\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n丁\n五、存在的主要问题及改进情况\n戊\n六、其他需要报告的事项\n己\n");
        assertEquals(ALL, ids(s));
        assertEquals("五、存在的主要问题及改进情况", heading(s, SectionId.PROBLEMS));
        assertEquals("甲", s.get(0).text());
        assertEquals(new SourcePosition.InText(3, 1), s.get(1).position());
    }

    /** Sub-headings of 一 repeat the section names; they must not become sections 二–四. */
    @Test
    void subHeadingsInsideOverviewAreNotSections() {
        List<Section> s = sections("一、总体情况\n（一）主动公开政府信息情况\n甲\n(二)收到和处理政府信息公开申请情况\n乙\n"
                + "（三）政府信息公开行政复议、行政诉讼情况\n丙\n二、主动公开政府信息情况\n丁\n"
                + "三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
                + "五、存在的主要问题及改进情况\n六、其他需要报告的事项\n");
        assertEquals(ALL, ids(s));
        assertEquals("二、主动公开政府信息情况", heading(s, SectionId.PROACTIVE));
        assertEquals("三、收到和处理政府信息公开申请情况", heading(s, SectionId.REQUESTS));
        assertEquals("四、政府信息公开行政复议、行政诉讼情况", heading(s, SectionId.REVIEW_LITIGATION));
        assertTrue(s.get(0).text().contains("（一）主动公开政府信息情况"), s.get(0).text());
    }

    @Test
    void headingVariants() {
        List<Section> s = sections("第一部分 总体情况\n第二部分 主动公开政府信息情况\n第三部分 收到和处理政府信息公开申请情况\n"
                + "第四部分 政府信息公开行政复议及行政诉讼情况\n第五部分 存在问题及改进情况\n第六部分 其他需要报告的事项\n");
        assertEquals(ALL, ids(s));
        s = sections("一. 总体情况\n二．主动公开政府信息情况\n三，收到和处理政府信息公开申请情况\n"
                + "四、政府信息公开行政复议及行政诉讼情况\n五、政府信息公开工作存在的主要问题及改进情况\n六：其他需要报告的事项\n");
        assertEquals(ALL, ids(s));
        assertEquals("五、政府信息公开工作存在的主要问题及改进情况", heading(s, SectionId.PROBLEMS));
        s = sections("一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                + "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n五、存在问题及改进情况\n六、其他需要报告的事项\n");
        assertEquals(ALL, ids(s));
    }

    /** A heading followed by its first sentence on the same line is still a heading. */
    @Test
    void headingWithTextOnTheSameLine() {
        List<Section> s = sections("一、总体情况。2024年，本局认真贯彻落实《条例》，扎实推进政府信息公开工作，取得明显成效，群众满意度持续提升。\n"
                + "六、其他需要报告的事项：本年度未收取信息处理费，也没有其他需要报告的事项需要在此说明。\n");
        assertEquals(List.of(SectionId.OVERVIEW, SectionId.OTHER), ids(s));
        assertEquals("一、总体情况", heading(s, SectionId.OVERVIEW));
    }

    /** 五 may be found under a sub-heading alone (（一）主要问题 after T3, as in 2024-shanghai-kw.md). */
    @Test
    void problemsFoundUnderASubHeading() {
        List<Section> s = sections("一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"
                + "四、政府信息公开行政复议、行政诉讼情况\n（一）主要问题\n甲\n（二）改进情况\n乙\n六、其他需要报告的事项\n");
        assertEquals(ALL, ids(s));
        assertEquals("（一）主要问题", heading(s, SectionId.PROBLEMS));
    }

    @Test
    void missingSectionsAreReported() {
        Problems problems = new Problems();
        List<Line> lines = TextLayout.parse("一、总体情况\n正文\n三、收到和处理政府信息公开申请情况\n").lines();
        List<Section> s = SectionRecognizer.recognize(lines, Map.of(), Map.of(), problems).sections();
        assertEquals(List.of(SectionId.OVERVIEW, SectionId.REQUESTS), ids(s));
        List<String> missing = new ArrayList<>();
        for (ParseProblem p : problems.list()) {
            assertEquals(ParseProblem.Kind.SECTION_MISSING, p.kind());
            missing.add(p.subject());
        }
        assertEquals(List.of("PROACTIVE", "REVIEW_LITIGATION", "PROBLEMS", "OTHER"), missing);
    }

    /** Long narrative lines mentioning the section names are not headings. */
    @Test
    void narrativeIsNotAHeading() {
        List<Section> s = sections("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、"
                + "行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。\n主动公开\n");
        assertEquals(List.of(), ids(s));
    }

    /** The table anchors section 二–四: the heading nearest above T1 wins over an earlier mention. */
    @Test
    void tablesAnchorTheirSections() {
        Report r = OgiReports.parse("某局2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开政府信息情况\n正文\n"
                + "二、主动公开政府信息情况\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n"
                + "行政规范性文件 | 1 | 0 | 3 |\n五、存在的主要问题及改进情况\n无\n");
        assertEquals(List.of(SectionId.OVERVIEW, SectionId.PROACTIVE, SectionId.PROBLEMS), ids(r.sections()));
        assertEquals("二、主动公开政府信息情况", r.section(SectionId.PROACTIVE).orElseThrow().heading());
        // the section's text is its narrative: table rows are not in it
        assertEquals("", r.section(SectionId.PROACTIVE).orElseThrow().text());
    }
}
