package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ogireport.check.CheckResult;
import io.github.ogireport.output.HtmlFixtures;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML page in a real browser: headless Chromium opens the page {@code ogi check --format html} writes and
 * the test checks what a person gets — the DOM after rendering (highlighted cells, no injected element, no script
 * run), the screenshot (the highlight is visible), the printout, and that the page asked the network for nothing.
 *
 * <p>Skipped, with a message on standard error, when no Chromium is installed ({@code apt-get install -y
 * chromium}); with {@code OGI_REQUIRE_BROWSER=1} (set by .ci/run) a missing Chromium fails instead.
 * {@code -Dogi.updateScreenshot=true} rewrites docs/report-screenshot.png, the README's screenshot.
 * Everything it writes is under target/browser/.
 */
class HtmlReportBrowserTest {
    private static final Path OUT = Path.of("target/browser");
    private static final String PAGE_TITLE = "政府信息公开工作年度报告检查报告";
    /** The fill of a cell in a failed relation at ERROR (report.css: --err). */
    private static final int ERROR_FILL = 0xfde2df;

    private static Chromium chromium;
    private static String missing;

    @BeforeAll
    static void findChromium() throws IOException {
        Optional<Path> binary = Chromium.find();
        if (binary.isEmpty()) {
            String why = "no Chromium found (looked for $OGI_CHROMIUM, " + String.join(", ", Chromium.LOOKED_FOR)
                    + "); install it with: apt-get install -y chromium";
            if ("1".equals(System.getenv("OGI_REQUIRE_BROWSER"))) {
                fail("OGI_REQUIRE_BROWSER=1 but " + why);
            }
            System.err.println("\n*** SKIPPED HtmlReportBrowserTest: " + why + " ***\n");
            missing = why;
            return;
        }
        chromium = new Chromium(binary.get(), OUT);
    }

    /** Each test is reported as skipped, with the reason, when there is no browser. */
    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, () -> "SKIPPED: " + missing);
    }

    /** Without this control, "no script ran" and "no request" could be the browser's doing, not the page's. */
    @Test
    void controlTheBrowserRunsScriptsAndTheNetLogSeesThePagesRequests() throws Exception {
        Path control = write("control.html", "<!DOCTYPE html><html><head><title>before</title></head><body>"
                + "<script>document.title='ran'</script><img src=\"http://ogi-probe.invalid/x.png\"></body></html>");
        Chromium.Run run = chromium.dumpDom(control);
        assertEquals("ran", Jsoup.parse(run.stdout()).title(), "scripts run in this browser");
        assertEquals(List.of("http://ogi-probe.invalid/x.png"), run.pageRequests(), "the NetLog shows a page request");
    }

    @Test
    void thePageOfTheCommandLineHighlightsExactlyTheBrokenRelationsAndLoadsNothing() throws Exception {
        Path inputs = Files.createDirectories(OUT.resolve("inputs"));
        Path oneCell = inputs.resolve("one-cell-changed.txt");
        Files.writeString(oneCell, HtmlFixtures.oneCellChanged(), StandardCharsets.UTF_8);
        Path hostile = Files.copy(HtmlFixtures.HOSTILE, inputs.resolve(HtmlFixtures.HOSTILE_NAME),
                StandardCopyOption.REPLACE_EXISTING);
        Path page = OUT.resolve("report.html");
        List<Path> files = List.of(HtmlFixtures.DEFECTS, oneCell, hostile);
        CliRun cli = CliRun.of("check", "--format", "html", "-o", page.toString(), files.get(0).toString(),
                files.get(1).toString(), files.get(2).toString());
        assertEquals(1, cli.status(), cli.err());

        Chromium.Run run = chromium.dumpDom(page);
        Document dom = Jsoup.parse(run.stdout());
        assertEquals(List.of(), run.pageRequests(), "the page made no network request");
        assertEquals(PAGE_TITLE, dom.title());
        assertEquals(3, dom.select("section.report").size());
        assertEquals(3, dom.select("#summary tbody tr").size());
        notInjected(dom);

        for (int i = 0; i < files.size(); i++) {
            CheckResult expected = HtmlFixtures.check(Files.readString(files.get(i), StandardCharsets.UTF_8),
                    files.get(i).toString());
            String report = "#r" + (i + 1);
            assertEquals(HtmlFixtures.failedCells(expected), cells(dom.select(report + " td.fail")), report);
            assertEquals(HtmlFixtures.noteCells(expected), cells(dom.select(report + " td.note")), report);
            assertEquals(200, dom.select(report + " td[data-cell]").size(), report + ": every cell of T1, T2, T3");
        }
        assertEquals(HtmlFixtures.ONE_CELL_BROKEN, cells(dom.select("#r2 td.fail")), "one cell changed");
        assertEquals("v blank fail warning", dom.selectFirst("#r1 td[data-cell=t2.R4.1.TOT]").className());
        assertEquals("v na note", dom.selectFirst("#r1 td[data-cell=t2.R4.1.RES]").className());
        assertEquals(hostile.toString(), dom.selectFirst("#summary a[href=#r3]").text(), "the file name, as text");

        Path png = OUT.resolve("report.png");
        Chromium.Run shot = chromium.screenshot(page, png, 1280, 2200);
        assertEquals(List.of(), shot.pageRequests());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        // the 11 highlighted cells of report 1 are in view (T1 and T2 fit in 2200 px) and filled
        assertTrue(pixels(image, ERROR_FILL) > 11 * 300, "the error fill is visible: " + pixels(image, ERROR_FILL));

        Path pdf = OUT.resolve("report.pdf");
        chromium.printToPdf(page, pdf);
        String pdfText = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        assertTrue(pdfText.startsWith("%PDF"), "a PDF");
        assertTrue(pages(pdfText) >= 4, "the summary, then each report on pages of its own: " + pages(pdfText));
    }

    @Test
    void hostileContentStaysTextEvenWithoutTheContentSecurityPolicy() throws Exception {
        CheckResult result = HtmlFixtures.checkQuotingMarkup(HtmlFixtures.read(HtmlFixtures.HOSTILE),
                HtmlFixtures.HOSTILE_NAME);
        String html = HtmlFixtures.page(Locale.CHINESE, result);
        // the page's CSP would block scripts anyway: remove it so that the escaping alone is tested
        String withoutCsp = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>\n", "");
        assertFalse(withoutCsp.equals(html), "the CSP was removed");
        Chromium.Run run = chromium.dumpDom(write("hostile.html", withoutCsp));
        Document dom = Jsoup.parse(run.stdout());
        assertEquals(PAGE_TITLE, dom.title(), "the title's <script>document.title=1</script> did not run");
        notInjected(dom);
        assertEquals(List.of(), run.pageRequests(), "the <img src=x> of the cell and the file name loaded nothing");
        String text = dom.body().text();
        for (String payload : List.of("<script>document.title=1</script>", "\"><i id=pwned>",
                "<script>document.body.setAttribute('data-pwned','narrative')</script>",
                "<svg onload=\"document.body.setAttribute('data-pwned','label')\"></svg>",
                "<img src=x onerror=\"document.body.setAttribute('data-pwned','cell')\">", HtmlFixtures.HOSTILE_NAME)) {
            assertTrue(text.contains(payload), "shown as text: " + payload);
        }
        if (Boolean.getBoolean("ogi.updateScreenshot")) {
            readmeScreenshot();
        }
    }

    /**
     * The README's screenshot: the top of the page for the check tests' report (summary, legend, the three
     * tables, the first findings), re-encoded without alpha at the highest PNG compression to stay small.
     */
    private static void readmeScreenshot() throws Exception {
        Path page = OUT.resolve("readme.html");
        CliRun cli = CliRun.of("check", "--format", "html", "-o", page.toString(), HtmlFixtures.DEFECTS.toString());
        assertEquals(1, cli.status(), cli.err());
        Path raw = OUT.resolve("readme.png");
        chromium.screenshot(page, raw, 1100, 2150);
        BufferedImage shot = ImageIO.read(raw.toFile());
        BufferedImage rgb = new BufferedImage(shot.getWidth(), shot.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(shot, 0, 0, null);
        Path png = Path.of("docs/report-screenshot.png");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0f);
        Files.deleteIfExists(png);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(png.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } finally {
            writer.dispose();
        }
        assertTrue(Files.size(png) < 300_000, "keep the README's screenshot small: " + Files.size(png));
    }

    /** No element or attribute of the hostile fixture made it into the DOM, and none of its scripts ran. */
    private static void notInjected(Document dom) {
        assertEquals(0, dom.select("script, img, svg, iframe, object, embed, #pwned").size(), "no injected element");
        assertEquals(0, dom.select("[" + HtmlFixtures.PWNED_ATTRIBUTE + "]").size(), "no injected script ran");
        for (Element e : dom.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().startsWith("on"), "event handler on " + e.tagName()));
        }
    }

    private static Set<String> cells(Elements tds) {
        return tds.stream().map(e -> e.attr("data-cell")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Pixels within 2 of {@code rgb} in each channel. */
    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= 2
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= 2
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 2) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The page count of a PDF: its {@code /Type /Page} objects. */
    private static int pages(String pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(pdf);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Path write(String name, String html) throws IOException {
        return Files.writeString(OUT.resolve(name), html, StandardCharsets.UTF_8);
    }
}
