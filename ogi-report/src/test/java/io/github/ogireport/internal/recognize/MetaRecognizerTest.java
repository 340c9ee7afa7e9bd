package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.internal.layout.HtmlLayout;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.TextLayout;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title, issuing organ and year (domain-spec §8.5 X-8). */
class MetaRecognizerTest {

    private static Optional<String> title(String text) {
        Layout layout = TextLayout.parse(text);
        return MetaRecognizer.title(layout.lines(), layout.title());
    }

    @Test
    void titleOnTheFirstLine() {
        assertEquals(Optional.of("某某区某某局2024年政府信息公开工作年度报告"),
                title("某某区某某局2024年政府信息公开工作年度报告\n一、总体情况\n"));
    }

    /** A title wrapped over two lines (…政府信息公开工作 / 年度报告) is joined. */
    @Test
    void titleWrappedOverTwoLines() {
        assertEquals(Optional.of("某某区某某局2024年政府信息公开工作年度报告"),
                title("某某区某某局2024年政府信息公开工作\n年度报告\n一、总体情况\n"));
        assertEquals(Optional.of("某某县人民政府办公室2023年度政府信息公开年报"),
                title("某某县人民政府办公室2023年度政府信息公开\n年报\n正文\n"));
    }

    @Test
    void titleAfterSiteNavigation() {
        Layout layout = HtmlLayout.parse("<div>当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>"
                + "<div>您的位置: 首页 » 年报</div><h1>某某局2022年政府信息公开工作年度报告</h1><p>一、总体情况</p>");
        assertEquals(Optional.of("某某局2022年政府信息公开工作年度报告"), MetaRecognizer.title(layout.lines(), layout.title()));
    }

    /** No title line in the body: the page's declared title is used. */
    @Test
    void declaredTitleAsFallback() {
        Layout layout = HtmlLayout.parse("<html><head><title>某某局2021年政府信息公开工作年度报告</title></head>"
                + "<body><p>一、总体情况</p></body></html>");
        assertEquals(Optional.of("某某局2021年政府信息公开工作年度报告"), MetaRecognizer.title(layout.lines(), layout.title()));
        assertEquals(Optional.empty(), title("一、总体情况\n正文\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "某某区某某局2024年政府信息公开工作年度报告 => 某某区某某局",
        "2019年上海市人民政府办公厅政府信息公开工作年度报告 => 上海市人民政府办公厅",
        "某某县人民政府2023年度政府信息公开工作年度报告 => 某某县人民政府",
        "某某镇人民政府2022年政务公开工作年度报告 => 某某镇人民政府",
        "某某街道办事处2021年政府信息公开年报 => 某某街道办事处",
        "**某某市某某局2024年政府信息公开工作年度报告** => 某某市某某局",
        "某某市某某局2024年政府信息公开工作年度报告（全文） => 某某市某某局"})
    void agencyIsTheTitleWithoutYearAndSuffix(String title, String agency) {
        assertEquals(Optional.of(agency), MetaRecognizer.agency(Optional.of(title)));
    }

    @Test
    void noAgencyWithoutATitle() {
        assertEquals(Optional.empty(), MetaRecognizer.agency(Optional.empty()));
        assertEquals(Optional.empty(), MetaRecognizer.agency(Optional.of("2024年政府信息公开工作年度报告")));
    }

    @Test
    void yearFromTheTitle() {
        List<Line> lines = TextLayout.parse("统计期限为2023年1月1日至12月31日。").lines();
        assertEquals(OptionalInt.of(2024), MetaRecognizer.year(Optional.of("某局2024年政府信息公开工作年度报告"), lines));
    }

    /** A title without a year: the statistics period gives it. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "本报告所列数据的统计期限为2023年1月1日至12月31日。 => 2023",
        "本年度报告中所列数据统计期限从2019年1月1日到12月31日止。 => 2019",
        "本报告中所列数据统计期限自2022年01月01日起至2022年12月31日止。 => 2022",
        "数据统计时间为２０２１年１月１日至２０２１年１２月３１日。 => 2021",
        "报告期为2020年1月1日至2020年12月31日。 => 2020"})
    void yearFromTheStatisticsPeriod(String sentence, int year) {
        List<Line> lines = TextLayout.parse("某局政府信息公开工作年度报告\n" + sentence + "\n2025年1月20日\n").lines();
        assertEquals(OptionalInt.of(year), MetaRecognizer.year(MetaRecognizer.title(lines, ""), lines));
    }

    @Test
    void noYearWhenNothingSaysIt() {
        List<Line> lines = TextLayout.parse("某局政府信息公开工作年度报告\n正文\n").lines();
        assertEquals(OptionalInt.empty(), MetaRecognizer.year(MetaRecognizer.title(lines, ""), lines));
    }
}
