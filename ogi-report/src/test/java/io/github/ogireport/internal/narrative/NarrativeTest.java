package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeTest {
    private static final String REPORT = String.join("\n",
            "某局2024年政府信息公开工作年度报告",
            "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
            "一、总体情况",
            "2024年，某局扎实推进政务公开。（二）依申请公开。全年共收到政府信息公开申请 49 件，答复51件！",
            "市科委全年收到政府信息公开申请 34 件，不予公开答复 2",
            "件，无法提供的 10 件。",
            "二、主动公开政府信息情况",
            "无。",
            "三、收到和处理政府信息公开申请情况",
            "均无。",
            "四、政府信息公开行政复议、行政诉讼情况",
            "无。",
            "五、存在的主要问题及改进情况",
            "无。",
            "六、其他需要报告的事项",
            "无。");

    @Test
    void splitsAtSentenceEndsKeepingClosingQuotes() {
        assertEquals(List.of("甲。", "乙！", "“丙？”", "丁"), Narrative.split("甲。乙！“丙？”丁"));
        assertEquals(List.of("（一）主动公开。", "全年公开1件。"), Narrative.split(" （一）主动公开。 全年公开1件。 "));
    }

    @Test
    void sentencesCarryTheirSectionAndOwnColumn() {
        Report r = OgiReports.parse(REPORT);
        Narrative n = Narrative.of(r);
        List<Sentence> overview = n.sentences(SectionId.OVERVIEW);
        assertEquals("2024年，某局扎实推进政务公开。", overview.get(0).text());
        assertEquals(new SourcePosition.InText(4, 1), overview.get(0).position());
        Sentence received = overview.get(2);
        assertEquals("全年共收到政府信息公开申请 49 件，答复51件！", received.text());
        assertEquals("全年共收到政府信息公开申请49件,答复51件!", received.norm());
        assertEquals(new SourcePosition.InText(4, 1 + "2024年，某局扎实推进政务公开。（二）依申请公开。".length()),
                received.position());
        assertTrue(n.preamble().get(0).text().contains("年度报告"));
    }

    @Test
    void joinsLinesWrappedBySourceExtraction() {
        Narrative n = Narrative.of(OgiReports.parse(REPORT));
        Sentence wrapped = n.sentences(SectionId.OVERVIEW).get(3);
        assertEquals("市科委全年收到政府信息公开申请 34 件，不予公开答复 2件，无法提供的 10 件。", wrapped.text());
        assertEquals(new SourcePosition.InText(5, 1), wrapped.position());
    }

    @Test
    void doesNotJoinHeadingsOrFinishedSentences() {
        Narrative n = Narrative.of(OgiReports.parse(REPORT));
        assertEquals(List.of("均无。"), n.sentences(SectionId.REQUESTS).stream().map(Sentence::text).toList());
        assertEquals(List.of("无。"), n.sentences(SectionId.OTHER).stream().map(Sentence::text).toList());
    }

    @Test
    void htmlSentencesKeepTheirParagraphPosition() {
        String html = "<html><body><p>某局2024年政府信息公开工作年度报告</p><h2>一、总体情况</h2>"
                + "<p>全年收到申请5件。答复5件。</p><h2>三、收到和处理政府信息公开申请情况</h2><p>无。</p></body></html>";
        Narrative n = Narrative.of(OgiReports.parse(html));
        assertTrue(n.isHtml());
        List<Sentence> s = n.sentences(SectionId.OVERVIEW);
        assertEquals(2, s.size());
        assertEquals(s.get(0).position(), s.get(1).position());
    }
}
