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

    private static Optional<String> organ(String text) {
        List<Line> lines = TextLayout.parse(text).lines();
        return MetaRecognizer.agency(MetaRecognizer.title(lines, ""), lines);
    }

    private static OptionalInt yearOf(String text) {
        List<Line> lines = TextLayout.parse(text).lines();
        return MetaRecognizer.year(MetaRecognizer.title(lines, ""), lines);
    }

    /** No title: the opening sentence names the organ and the year of the report. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "根据《条例》要求，现将示例街道办事处2021年度信息公开工作情况报告如下。 => 示例街道办事处 => 2021",
        "根据通知要求，现公布甲乙区丙丁街道办事处2019年政府信息公开工作年度报告。 => 甲乙区丙丁街道办事处 => 2019",
        "按照县政府办公室《关于做好2022年度年报工作的通知》要求，现将某山回族镇2022年度政府信息公开工作报告如下： => 某山回族镇 => 2022",
        "特向社会公开某水乡2020年度政府信息公开工作年度报告。 => 某水乡 => 2020",
        "根据规定，现公布区某某局2023年政府信息公开工作年度报告。 => 区某某局 => 2023"})
    void organAndYearFromTheOpeningSentence(String sentence, String organ, int year) {
        String text = sentence + "\n一、总体情况\n我局高度重视政府信息公开工作。\n";
        assertEquals(Optional.of(organ), organ(text));
        assertEquals(OptionalInt.of(year), yearOf(text));
    }

    /** The office that drew the report up belongs to the organ whose report it is. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "本报告由某城镇人民政府党政办公室编制。 => 某城镇人民政府",
        "本报告由某某县人民政府办公室根据《条例》编制。 => 某某县人民政府",
        "本报告由某某市某某局编制。 => 某某市某某局",
        "编制《某平镇政府2022年度政府信息公开工作年度报告》。 => 某平镇政府"})
    void organFromWhoCompiledTheReport(String sentence, String organ) {
        assertEquals(Optional.of(organ), organ(sentence + "\n一、工作基本情况\n正文。\n"));
    }

    /** The first sentence of the overview names its subject: 2020年，某某局以… / 今年以来，某某局认真… */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "2020年，区某改局以新思想为指导，做好政务公开工作。 => 区某改局 => 2020",
        "今年以来，某昌区某业局认真贯彻落实区委部署。 => 某昌区某业局 => ",
        "2021年度，某寨街办在区委的领导下，完善公开制度。 => 某寨街办 => 2021"})
    void organFromTheOverviewsFirstSentence(String sentence, String organ, Integer year) {
        String text = "一、总体情况\n" + sentence + "\n二、主动公开政府信息情况\n";
        assertEquals(Optional.of(organ), organ(text));
        assertEquals(year == null ? OptionalInt.empty() : OptionalInt.of(year), yearOf(text));
    }

    /** Where the text only says 我局, 我镇 or 我街, the organ is left empty, never invented. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "2019年，我局高度重视政府信息公开工作。 => 2019",
        "2023年，我街按照《条例》有关要求，认真落实公开工作。 => 2023",
        "特向社会公布2019年度我局信息公开工作年度报告。 => 2019",
        "现将我镇2023年度政府信息公开工作报告如下： => 2023",
        "本年度我局发布信息34条，截止2023年12月31日共发布184条。 => 2023",
        "2022年，全区政府信息公开工作稳步推进。 => 2022"})
    void selfReferenceNamesNoOrgan(String sentence, int year) {
        String text = "一、总体情况\n" + sentence + "\n二、主动公开政府信息情况\n";
        assertEquals(Optional.empty(), organ(text));
        assertEquals(OptionalInt.of(year), yearOf(text));
    }

    /** Page metadata before the report: neither a label nor the site's name is the organ. */
    @Test
    void pageMetadataIsNeverTheOrgan() {
        assertEquals(Optional.empty(), organ("索引号 | 000-2023-01 | 发布机构 | 某某县政府 |\n"
                + "发布日期 | 2023-01-30 | 文号 | |\n来源：某某县人民政府办公室\n一、总体情况\n我镇认真贯彻《条例》。\n"));
        // 标题：…-某某县发改局: the title is the value before the site's name, which names no organ here
        String labelled = "标题：2023年政府信息公开工作年度报告-某阳县发改局\n一、总体情况\n2023年，我局认真贯彻《条例》。\n";
        assertEquals(Optional.of("2023年政府信息公开工作年度报告"), title(labelled));
        assertEquals(Optional.empty(), organ(labelled));
        assertEquals(OptionalInt.of(2023), yearOf(labelled));
        // and the metadata comes second to what the text says
        assertEquals(Optional.of("某坪回族镇"), organ("发布机构 | 某安县政府 |\n"
                + "现将某坪回族镇2022年度政府信息公开工作报告如下：\n一、总体情况\n"));
    }

    /** Site navigation and a banner before a garbled title (…公开 工作告年度报) give neither organ nor year. */
    @Test
    void navigationBeforeAGarbledTitle() {
        String text = "某图县人民政府 The People's Government of Moutu County\n政府信息公开\n"
                + "某图县七家子镇2023年政府信息公开 工作告年度报\n来源：某图县人民政府办公室\n一、总体情况\n";
        assertEquals(Optional.of("某图县七家子镇"), organ(text));
        assertEquals(OptionalInt.of(2023), yearOf(text));
        assertEquals(Optional.empty(), organ("当前位置：首页 > 政务公开 > 2022年度报告\n一、总体情况\n我局认真贯彻《条例》。\n"));
    }

    /** The text names the full form of the title's abbreviation: the full form is reported. */
    @Test
    void fullFormOfAnAbbreviation() {
        assertEquals(Optional.of("某海市科学技术委员会"), organ("2024年某海市科委政府信息公开工作年度报告\n"
                + "根据《某海市科学技术委员会（以下简称“市科委”）政务公开规定》，编制本报告。\n一、总体情况\n"));
        // an abbreviation the text never expands stays as printed
        assertEquals(Optional.of("某海市科委"), organ("2024年某海市科委政府信息公开工作年度报告\n一、总体情况\n"));
    }

    /** The year comes from the title first, then the period, then the weaker phrases. */
    @Test
    void yearFromTheTitleBeatsTheOpening() {
        assertEquals(OptionalInt.of(2024), yearOf("某局2024年政府信息公开工作年度报告\n"
                + "2023年，我局认真贯彻《条例》。\n截至2023年12月31日，共发布信息20条。\n"));
        assertEquals(OptionalInt.of(2020), yearOf("一、总体情况\n统计期限为2020年1月1日至2020年12月31日。\n"
                + "2019年，我局认真贯彻《条例》。\n"));
        // a year later in the text that opens no paragraph says nothing
        assertEquals(OptionalInt.empty(), yearOf("一、总体情况\n我局于2019年制定了公开目录。\n"));
    }

    /** 我街 and a document of its own drawing up with its name first: the name, when of the kind 我街 says. */
    @Test
    void organFromItsOwnDocument() {
        assertEquals(Optional.of("某中街道"), organ("一、总体情况\n2023年，我街按照《条例》有关要求，"
                + "制定了《某中街道政府信息依申请公开工作方案》，及时公开政府信息。\n"));
        // another organ's document, or the 条例 itself, is not the organ of a 我局
        assertEquals(Optional.empty(), organ("一、总体情况\n2023年，我局印发了《某某市人民政府办公室关于做好公开工作的通知》。\n"));
        assertEquals(Optional.empty(), organ("一、总体情况\n我镇制定了《中华人民共和国政府信息公开条例》学习计划。\n"));
    }

    /** A page cut off inside its title: no year, and the organ only where the cut left it whole. */
    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "3年某某镇政府信息公开工作年度报告 => 某某镇",
        "年政府信息公开工作年度报告 => ",
        "23年度政府信息公开工作年度报告 => "})
    void truncatedTitle(String cut, String organ) {
        String text = cut + "\n一、总体情况\n我镇认真贯彻《条例》。\n";
        assertEquals(Optional.ofNullable(organ), organ(text));
        assertEquals(OptionalInt.empty(), yearOf(text));
    }
}
