package io.github.ogireport.output;

import static io.github.ogireport.output.HtmlFixtures.check;
import static io.github.ogireport.output.HtmlFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The HTML page as a string and as parsed by jsoup: layout, marks, escaping, languages. */
class HtmlReportTest {

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties en = load("/io/github/ogireport/html.properties");
        Properties zh = load("/io/github/ogireport/html_zh.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()),
                "html.properties and html_zh.properties must have the same keys");
        for (Properties p : new Properties[] {en, zh}) {
            for (String key : p.stringPropertyNames()) {
                // MessageFormat eats a lone single quote
                assertFalse(p.getProperty(key).replace("''", "").contains("'"), key + ": write '' for a quote");
            }
        }
    }

    @Test
    void highlightsExactlyTheCellsOfTheRelationsBrokenByOneChangedCell() {
        CheckResult result = check(HtmlFixtures.oneCellChanged(), "one-cell.txt");
        Document doc = Jsoup.parse(page(Locale.CHINESE, result));
        assertEquals(HtmlFixtures.ONE_CELL_BROKEN, HtmlFixtures.failedCells(result), "the findings themselves");
        assertEquals(HtmlFixtures.ONE_CELL_BROKEN, cells(doc.select("#r1 td.fail")));
        assertEquals(HtmlFixtures.ONE_CELL_BROKEN, cells(doc.select("#r1 td.fail.error")), "all are errors");
        // T2-CELL (INFO) names t2.NEW.NP, already highlighted: no cell is merely outlined
        assertEquals(Set.of(), cells(doc.select("#r1 td.note")));
        Element np = cell(doc, "r1", "t2.NEW.NP");
        assertEquals("41①②③", np.text(), "the value as published with the numbers of T2-E1, T2-L2 and T2-CELL");
        assertTrue(np.attr("title").contains("T2-E1") && np.attr("title").contains("T2-CELL"), np.attr("title"));
        assertEquals("#r1-f1", np.selectFirst("sup.refs a").attr("href"));
        assertNotNull(doc.getElementById("r1-f1"), "the finding the number links to");
        assertEquals(10 + 175 + 15, doc.select("#r1 td[data-cell]").size(), "every cell of the three tables, once");
    }

    @Test
    void highlightsTheCellsOfFailuresAndOutlinesThoseOfInfoFindings() {
        CheckResult result = check(HtmlFixtures.read(HtmlFixtures.DEFECTS), "defects-2024.txt");
        Document doc = Jsoup.parse(page(Locale.CHINESE, result));
        assertEquals(HtmlFixtures.failedCells(result), cells(doc.select("#r1 td.fail")));
        assertEquals(HtmlFixtures.noteCells(result), cells(doc.select("#r1 td.note")));
        assertFalse(HtmlFixtures.noteCells(result).isEmpty());
        // B-TOTAL (warning) on the blank total; B-NA (info) on the '/'
        Element blankTotal = cell(doc, "r1", "t2.R4.1.TOT");
        assertEquals("v blank fail warning", blankTotal.className());
        Element na = cell(doc, "r1", "t2.R4.1.RES");
        assertEquals("v na note", na.className());
        assertTrue(na.text().startsWith("/"), na.text());
        Element zero = cell(doc, "r1", "t2.R4.1.NGO");
        assertEquals("v num", zero.className());
        assertEquals("0", zero.text());
        assertEquals("空", blankTotal.selectFirst(".ph").text(), "a blank cell says so, it is not drawn as 0");
    }

    @Test
    void tablesHaveTheMergedHeadersOfTheF2021Format() {
        Document doc = Jsoup.parse(page(Locale.CHINESE, check(HtmlFixtures.read(HtmlFixtures.DEFECTS), "d.txt")));
        Element t1 = doc.selectFirst("#r1 table.t1");
        assertEquals(4, t1.select("th.item[colspan=4]").size(), "第二十条第（一）（五）（六）（八）项");
        assertEquals(10, t1.select("td[data-cell]").size());
        assertEquals("3", t1.selectFirst("td[data-cell=t1.LICENSE.DECISIONS]").attr("colspan"));
        Element t2 = doc.selectFirst("#r1 table.t2");
        assertTrue(t2.selectFirst("th[colspan=3][rowspan=3]").text().startsWith("（本列数据的勾稽关系为"));
        assertEquals("申请人情况", t2.selectFirst("th[colspan=7]").text());
        assertEquals("法人或其他组织", t2.selectFirst("th[colspan=5]").text());
        assertEquals(Set.of("自然人", "总计"), t2.select("thead th[rowspan=2]").eachText().stream().collect(Collectors.toSet()));
        assertEquals("三、本年度办理结果", t2.selectFirst("th[rowspan=22]").text());
        assertEquals("（三）不予公开", t2.selectFirst("th[rowspan=8]").text());
        assertEquals(2, t2.select("th[rowspan=3].group").size(), "（四）无法提供 and （六）其他处理");
        assertEquals(25, t2.select("tbody tr").size());
        for (Element tr : t2.select("tbody tr")) {
            assertEquals(7, tr.select("td").size(), tr.toString());
        }
        Element t3 = doc.selectFirst("#r1 table.t3");
        assertEquals("行政复议", t3.selectFirst("th[colspan=5]").text());
        assertEquals("行政诉讼", t3.selectFirst("th[colspan=10]").text());
        assertEquals(5, t3.select("thead th[rowspan=2]").size());
        assertEquals(15, t3.select("tbody td[data-cell]").size());
        assertEquals("t3.LR.TOT", t3.select("tbody td").last().attr("data-cell"));
    }

    @Test
    void tablesHaveTheLayoutOfTheF2019Format() {
        CheckResult result = check(HtmlFixtures.read(HtmlFixtures.F2019), "f2019.txt");
        assertEquals("F2019", result.report().format().name());
        Document doc = Jsoup.parse(page(Locale.CHINESE, result));
        Element t1 = doc.selectFirst("#r1 table.t1.f2019");
        assertEquals(5, t1.select("th.item[colspan=5]").size(), "five 项 over a 5-column grid, （九） included");
        assertEquals(22, t1.select("td[data-cell]").size());
        assertEquals("251000元", cell(doc, "r1", "t1.PROCUREMENT.AMOUNT").text());
        assertEquals("+2", cell(doc, "r1", "t1.LICENSE.CHANGE").text(), "signed, as published");
        assertEquals("规范性文件", t1.selectFirst("td[data-cell=t1.NORM.NEW_MADE]").parent().child(0).text());
        Element t2 = doc.selectFirst("#r1 table.t2");
        assertEquals("三、本年度办理结果", t2.selectFirst("th[rowspan=20]").text());
        assertEquals(23, t2.select("tbody tr").size());
        assertEquals("（六）其他处理", cell(doc, "r1", "t2.R6.NP").parent().selectFirst("th[colspan=2]").text());
        assertTrue(doc.select("td[data-cell^=t2.R6.]").size() == 7 && doc.select("td[data-cell^=t2.R6.1]").isEmpty());
        assertEquals(0, doc.select("#r1 table.extra").size(), "every cell has its place in the layout");
    }

    /** Real reports of the shared corpus (F2019 HTML with spans, Markdown, text): each cell has its place. */
    @Test
    void everyCorpusReportFitsTheOfficialLayoutAndIsMarkedExactly() throws IOException {
        Path corpus = Path.of(System.getProperty("ogi.corpus", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isDirectory(corpus), "SKIPPED: no shared corpus at " + corpus);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(txt|md|html?)$")).sorted().toList();
        }
        int pages = 0;
        for (Path file : files) {
            Report report = OgiReports.parse(file);
            if (!report.isReadable()) {
                continue;
            }
            CheckResult result = new Checker(RuleRegistry.builtIn(), CheckConfig.defaults()).check(report);
            Document doc = Jsoup.parse(page(Locale.CHINESE, result));
            assertEquals(HtmlFixtures.failedCells(result), cells(doc.select("#r1 td.fail")), file.toString());
            assertEquals(HtmlFixtures.noteCells(result), cells(doc.select("#r1 td.note")), file.toString());
            assertEquals(0, doc.select("table.extra").size(), file + ": a cell outside the official layout");
            pages++;
        }
        assertTrue(pages > 0, "no readable report in " + corpus);
    }

    @Test
    void hostileContentIsShownAsTextEverywhere() {
        CheckResult result = HtmlFixtures.checkQuotingMarkup(HtmlFixtures.read(HtmlFixtures.HOSTILE),
                HtmlFixtures.HOSTILE_NAME);
        String html = page(Locale.CHINESE, result);
        String lower = html.toLowerCase(Locale.ROOT);
        for (String tag : new String[] {"<script", "<img", "<svg", "<i id=pwned", "onerror=\"", "onload=\""}) {
            assertFalse(lower.contains(tag), "unescaped " + tag);
        }
        Document doc = Jsoup.parse(html);
        assertEquals(0, doc.select("script, img, svg, iframe, object, embed, link, base, #pwned").size());
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().startsWith("on") || a.getKey().equals(HtmlFixtures.PWNED_ATTRIBUTE), e.toString());
            }
        }
        // … and every payload is there, as text
        String title = "白水区交通运输局<script>document.title=1</script>2024年政府信息公开工作年度报告";
        assertEquals(title, doc.selectFirst("#r1 h2").ownText());
        assertTrue(doc.selectFirst("#summary a[href=#r1]").text().equals(HtmlFixtures.HOSTILE_NAME), "file name");
        assertTrue(doc.selectFirst("#summary tbody").text().contains("白水区交通运输局<script>document.title=1</script"),
                "organ");
        assertTrue(doc.selectFirst("#r1 table.sections").text().contains("五、存在的主要问题及改进情况\"><i id=pwned>"),
                "heading");
        Element cell = cell(doc, "r1", "t2.R3.5.NP");
        assertEquals("<img src=x onerror=\"document.body.setAttribute('data-pwned','cell')\">", cell.ownText());
        assertTrue(cell.attr("title").contains("<img src=x onerror="), "the cell's title attribute: " + cell.attr("title"));
        String label = "2.其他法律和行政法规禁止公开'><svg onload=\"document.body.setAttribute('data-pwned','label')\"></svg>";
        assertTrue(cell(doc, "r1", "t2.R3.2.NP").parent().selectFirst("th").attr("title").contains(label), "label");
        String quotes = doc.select("#r1 figure.quote blockquote").text();
        assertTrue(quotes.contains(label), "the label F-LABEL quotes");
        assertTrue(quotes.contains("1286条<script>document.body.setAttribute('data-pwned','narrative')</script>"),
                "the narrative sentence: " + quotes);
        Element narrative = doc.select("#r1 figure.quote blockquote").stream()
                .filter(q -> q.text().contains("narrative")).findFirst().orElseThrow();
        assertEquals("1286", narrative.selectFirst("mark").text(), "the figure of the sentence is marked");
    }

    @Test
    void escapeCoversTextAndAttributes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
                HtmlReport.esc("<a href=\"x\" title='y'>&amp;</a>"));
        assertEquals("a\uFFFDb\nc", HtmlReport.esc("a\u0000b\nc"));
        assertEquals("共<mark>49</mark>件，增长<mark>12.5%</mark>，<mark>1,234</mark>元&lt;",
                HtmlReport.markFigures("共49件，增长12.5%，1,234元<"));
    }

    @Test
    void thePageIsSelfContainedAndPrintable() {
        String html = page(Locale.CHINESE, check(HtmlFixtures.read(HtmlFixtures.DEFECTS), "d.txt"));
        Document doc = Jsoup.parse(html);
        assertEquals(0, doc.select("script, link, img, iframe, object, embed, base, [src], [srcset]").size());
        for (Element a : doc.select("[href]")) {
            assertTrue(a.attr("href").startsWith("#"), "only links inside the page: " + a);
        }
        String style = doc.select("style").html();
        assertFalse(style.contains("url(") || style.contains("@import") || style.contains("@font-face"), "nothing loaded");
        assertFalse(html.contains("http://") || html.contains("https://"), "no URL at all in this page");
        assertTrue(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content").startsWith("default-src 'none'"));
        assertTrue(style.contains("@media print") && style.contains("size: A4") && style.contains("break-inside: avoid"));
    }

    @Test
    void sectionChecklistShowsMissingAndMisorderedSections() {
        String text = HtmlFixtures.read(HtmlFixtures.DEFECTS);
        int five = text.indexOf("五、存在的主要问题及改进情况");
        int six = text.indexOf("六、其他需要报告的事项");
        // 六 moved before 五
        String swapped = text.substring(0, five) + text.substring(six) + "\n" + text.substring(five, six);
        Document doc = Jsoup.parse(page(Locale.CHINESE, check(swapped, "swapped.txt"),
                check(text.replace("五、存在的主要问题及改进情况\n", ""), "missing.txt")));
        Elements rows = doc.select("#r1 table.sections tbody tr");
        assertEquals(6, rows.size());
        for (int i = 0; i < 4; i++) {
            assertTrue(rows.get(i).text().contains("顺序正确"), rows.get(i).toString());
        }
        // the parser keeps the sections in order: 六 before 五 is not taken for 六, and 五 restarts the numbering
        assertTrue(rows.get(4).text().contains("顺序错乱"), rows.get(4).toString());
        assertTrue(doc.selectFirst(rows.get(4).selectFirst("a").attr("href")).text().contains("S-ORDER"));
        assertEquals("missing flagged", rows.get(5).className());
        assertTrue(doc.select("#r1 ol.outline").text().contains("六、其他需要报告的事项"), "the heading is listed");
        Element missing = doc.select("#r2 table.sections tbody tr").get(4);
        assertEquals("missing flagged", missing.className());
        String link = missing.selectFirst("a").attr("href");
        assertTrue(doc.selectFirst(link).text().contains("S-SECTIONS"), "linked to the S-SECTIONS finding");
    }

    @Test
    void chineseByDefaultEnglishOnRequest() {
        CheckResult result = check(HtmlFixtures.read(HtmlFixtures.DEFECTS), "d.txt");
        Document zh = Jsoup.parse(page(Locale.CHINESE, result));
        assertEquals("zh-CN", zh.selectFirst("html").attr("lang"));
        assertEquals("概览", zh.selectFirst("#summary h2").text());
        assertTrue(zh.text().contains("自然人列：本年新收 41"));
        Document en = Jsoup.parse(page(Locale.ROOT, result));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("Summary", en.selectFirst("#summary h2").text());
        assertTrue(en.text().contains("Column natural persons: new 41"));
        assertEquals("zh-CN", en.selectFirst("table.t2").attr("lang"), "the tables keep the format's Chinese");
    }

    private static Element cell(Document doc, String report, String path) {
        Element e = doc.selectFirst("#" + report + " td[data-cell=" + path + "]");
        assertNotNull(e, path);
        return e;
    }

    private static Set<String> cells(Elements tds) {
        return tds.stream().map(e -> e.attr("data-cell")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = HtmlReportTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
