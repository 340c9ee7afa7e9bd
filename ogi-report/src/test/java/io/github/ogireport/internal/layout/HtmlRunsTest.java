package io.github.ogireport.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.internal.Budget;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The untracked layout must be the tracked one: every page here is laid out both ways (the scan's positions, and
 * jsoup's own tracking through {@link HtmlLayout#parse(Document)}) and the layouts compared whole, positions
 * included.
 */
class HtmlRunsTest {
    /** Pieces of real and hostile pages, joined at random below. */
    private static final List<String> PIECES = List.of(
            "<p>一、总体情况</p>\n",
            "<p class=\"MsoNormal\" style=\"text-indent:2em;mso-x:'a>b'\"><span lang=EN-US>2024</span>年</p>\r\n",
            "<div>\n  甲&nbsp;乙 &amp; 丙 &lt;丁&gt; &#24180;&#x5e74; &copy &nbspx &notin; &#0; &#x80; & 戊</div>",
            "<table border=\"1\"><tr><td rowspan=\"2\">规章</td><td>0</td></tr>\n<tr><td>1</td></tr></table>",
            "<table><tr><td>x</td></tr>x</table>",
            "<table>\n说明：单位为件\n<tr><td>a</td></tr></table>",
            "<table width=\"100%\"><tr><td>外层<table><tr><td>内</td></tr></table>尾</td></tr></table>",
            "<pre>\n  预格式 文字\n</pre>",
            "<textarea>\r\nt&amp;x</textarea>",
            "<script type=\"text/javascript\"><!--\nvar a = \"<p>x</p>\"; if (a < b && c > d) {}\n//--></script>",
            "<script><!-- document.write(\"<script>x</script>\"); --></script>",
            "<style>p > span { color: red }</style>",
            "<title>标题 &amp; 副题</title>",
            "<!-- 注释 <p>不是段落</p> -->",
            "<!---->", "<!-->", "<!--->", "<!-- a -- b --!> c -->",
            "<!DOCTYPE html>", "<!doctype html public \"-//W3C//DTD HTML 4.01//EN\" \"x>y\">",
            "<?xml version=\"1.0\"?>", "<![CDATA[x]]>", "</>", "< p>", "1 < 2 <3 ", "</ p>", "a</h1x>b",
            "<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><title>图标</title><text>字</text></svg>",
            "<form><select><option>一<option>二</select><button>按</button><input value=\"x>y\"></form>",
            "<noscript><p>请启用脚本</p></noscript>", "<iframe src=x>不<b>支持</b></iframe>", "<xmp><b>x</b></xmp>",
            "<P>大写<TD >无表</TD>", "<br/>\n", "<b>粗<i>斜</b>体</i>", "</head>\n   头后文字\n", "<body>\n",
            "</body>\n  体后文字", "</html> 末尾", "\t\f 空白 ", "&#32;&#x20; 引用空白", "<p title=a>b>c</p>",
            "<a href=x/>链接</a>", "<img src=\"a.png\" alt='图'>", "<caption>表 标题</caption>", "\u3000\u3000全角",
            "<td>", "</td>", "<tr>", "<p>", "</p>", "<h2>二、主动公开</h2>", "<li>条目", "<plaintext><p>末尾</p>",
            "<frameset><frame></frameset>", "<math><mi>x</mi></math>", "<a b=\"c", "<p id='unclosed",
            "<td colspan=2/>", "<td colspan=2 />", "<th COLSPAN = \"3\" rowspan='2' colspan=4 style=\"w:1\">",
            "<td colspan>", "<td colspan=>", "<td a=\"1\"colspan=\"2\">", "<td/ rowspan=2>", "<td rowspan=\"2\"/ >",
            "<td x=y/>", "<p a=b c>", "<div title=\"<p>\">", "<a href='x' / >", "<p/>", "<o:p/>", "<o:p>字</o:p>",
            "<b class=x><p>甲</b>乙</p>", "<b id=1><b id=1><b id=1><b id=1>重</p>", "<input type=hidden>",
            "<table><input type=hidden><tr><td>1</td></tr></table>", "<font color=red size=3>红</font>",
            "<td colspan=\"&#50;\" rowspan=&amp;>", "<p style=\"a\" / x>", "</p class=x>", "</td colspan=3>",
            "</br x=1>", "<br class=a/>", "<!-- 长注释 <td>x</td> -->", "<!--a--!>", "<html lang=zh><body class=b>",
            "<td\tcolspan\n=\f2\r>", "<td colſpan=2 ROWSPAN=3 rowſpan=4>", "<td rowspa=2 colspann=3>");

    private static Layout tracked(String html) {
        return HtmlLayout.parse(Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true)));
    }

    private static void same(String html) {
        assertEquals(tracked(html), HtmlLayout.parse(html, Budget.unlimited()), html);
    }

    @Test
    void randomPagesLayOutAsWithTracking() {
        Random rnd = new Random(12);
        int fast = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            if (rnd.nextBoolean()) {
                b.append("<html><head><meta charset=\"utf-8\"><title>某局 年报</title></head>\n<body>\n");
            }
            for (int k = rnd.nextInt(8); k >= 0; k--) {
                b.append(PIECES.get(rnd.nextInt(PIECES.size())));
            }
            String html = b.toString();
            same(html);
            HtmlRuns runs = HtmlRuns.scan(html);
            if (runs.safe() && HtmlLayout.untracked(runs, Jsoup.parse(html), Budget.unlimited()) != null) {
                fast++;
            }
        }
        // most of them take the untracked path, or this test would compare tracking with itself
        assertTrue(fast > 1000, "untracked: " + fast);
    }

    /** The start tags whose attributes jsoup's tree builder reads or compares. */
    private static final String FORMATTING = " input a b big code em font i nobr s small strike strong tt u ";

    /**
     * The tree of a page in the terms the layout and jsoup's tree builder read it: elements with the attributes
     * they read (all of them on {@code input} and the formatting elements), text and data whole, comments empty.
     */
    private static String shape(org.jsoup.nodes.Node node) {
        StringBuilder b = new StringBuilder();
        node.traverse((n, depth) -> {
            b.append(depth).append(' ');
            if (n instanceof org.jsoup.nodes.Element) {
                org.jsoup.nodes.Element e = (org.jsoup.nodes.Element) n;
                b.append('<').append(e.tag().getName()).append(' ').append(e.tag().isSelfClosing());
                if (FORMATTING.contains(" " + e.normalName() + " ")) {
                    b.append(e.attributes().html());
                } else {
                    b.append(" c=").append(e.attr("colspan")).append(" r=").append(e.attr("rowspan"));
                }
            } else if (n instanceof org.jsoup.nodes.TextNode) {
                b.append('"').append(((org.jsoup.nodes.TextNode) n).getWholeText());
            } else if (n instanceof org.jsoup.nodes.DataNode) {
                b.append('=').append(((org.jsoup.nodes.DataNode) n).getWholeData());
            } else if (n instanceof org.jsoup.nodes.Comment) {
                b.append("#comment");
            } else {
                b.append(n.outerHtml());
            }
            b.append('\n');
        });
        return b.toString();
    }

    /** The compact page jsoup parses builds the tree the page builds, in the terms {@link #shape} gives. */
    private static void sameTree(String html) {
        HtmlRuns runs = HtmlRuns.scan(html);
        if (runs.safe()) {
            assertEquals(shape(Jsoup.parse(html)), shape(Parser.htmlParser().parseInput(runs.compactPage(), "")),
                    html);
        }
    }

    @Test
    void theCompactPageBuildsTheSameTree() {
        Random rnd = new Random(5);
        int compacted = 0;
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(10); k >= 0; k--) {
                b.append(PIECES.get(rnd.nextInt(PIECES.size())));
            }
            sameTree(b.toString());
            if (!(HtmlRuns.scan(b.toString()).compactPage() instanceof java.io.StringReader)) {
                compacted++;
            }
        }
        for (String piece : PIECES) {
            sameTree(piece);
            sameTree("<table><tr>" + piece + "</tr></table>");
        }
        assertTrue(compacted > 3000, "compacted: " + compacted);
    }

    @Test
    void eachPieceAloneAndInABody() {
        for (String piece : PIECES) {
            same(piece);
            same("<html><body><p>前</p>" + piece + "<p>后</p></body></html>");
            same(piece + piece);
        }
    }

    @Test
    void aPlainPageIsReadWithoutTracking() {
        String html = "<html>\n<body>\n<p>一、总体情况</p>\n<table><tr><td>a&nbsp;</td></tr></table>\n"
                + "<p>  二、主动公开政府信息情况</p>\n</body></html>";
        HtmlRuns runs = HtmlRuns.scan(html);
        assertTrue(runs.safe());
        assertEquals(3, runs.count());
        assertNotNull(HtmlLayout.untracked(runs, Jsoup.parse(html), Budget.unlimited()));
        same(html);
    }

    @Test
    void theSyntheticReportIsReadWithoutTracking() {
        // the benchmark's page: a regression that sends it to tracking would show only as lost speed
        String html = new String(io.github.ogireport.bench.SyntheticReports.htmlBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        HtmlRuns runs = HtmlRuns.scan(html);
        assertTrue(runs.safe());
        Layout layout = HtmlLayout.untracked(runs, Jsoup.parse(html), Budget.unlimited());
        assertNotNull(layout);
        assertEquals(tracked(html), layout);
    }

    @Test
    void textThatJsoupMovesOutOfATableIsLeftToTracking() {
        assertFalse(HtmlRuns.scan("<table><tr><td>x</td></tr>x</table>").safe());
        assertFalse(HtmlRuns.scan("<table><tr><td>x</td>&nbsp;</tr></table>").safe());
        assertTrue(HtmlRuns.scan("<table>\n<tr>\n<td>x</td>\n</tr>\n</table>").safe());
    }

    @Test
    void aNodeThatIsNotItsRunGivesNoOffsets() {
        // the scan takes a <style> in a select for raw text, jsoup ignores the tag: caught before the pairing
        assertFalse(HtmlRuns.scan("<select><style>a<b>c</b></style></select>").safe());
        // pairing a page with another page's tree fails instead of giving wrong offsets
        assertTrue(HtmlRuns.scan("<p>甲</p><p>乙</p>").safe());
        assertEquals(null, HtmlLayout.untracked(HtmlRuns.scan("<p>甲</p><p>乙</p>"), Jsoup.parse("<p>甲</p><p>丙</p>"),
                Budget.unlimited()));
        assertEquals(null, HtmlLayout.untracked(HtmlRuns.scan("<p>甲</p><p>乙</p>"), Jsoup.parse("<p>甲</p>"),
                Budget.unlimited()));
        assertEquals(null, HtmlLayout.untracked(HtmlRuns.scan("<p>甲</p>"), Jsoup.parse("<p>甲</p><p>乙</p>"),
                Budget.unlimited()));
    }

    @Test
    void positionsCountLinesAsJsoupDoes() {
        HtmlRuns runs = HtmlRuns.scan("a\nbc\r\nd");
        assertEquals(new io.github.ogireport.model.SourcePosition.InText(1, 1), runs.position(0));
        assertEquals(new io.github.ogireport.model.SourcePosition.InText(2, 2), runs.position(3));
        assertEquals(new io.github.ogireport.model.SourcePosition.InText(3, 1), runs.position(6));
    }

    /** Pieces of cell content: markup jsoup separates with a space or not, and the characters it treats apart. */
    private static final List<String> CELL_PIECES = List.of("12", "规章", " ", "\n\t", "&nbsp;", "\u00A0", "\u3000",
            "\u200B", "\u00AD", "\u0001", "\u001C", "\u000B", "\u2028", "\uFEFF", "\uD83D\uDE00", "<p>", "</p>",
            "<span>", "</span>", "<b>", "</b>", "<br>", "<br/>", "<div>", "</div>", "<li>", "<ul>", "</ul>",
            "<p align=center>", "<img src=x>", "<input value=x>", "<button>按</button>", "<sup>1</sup>", "<a href=x>",
            "</a>", "<script>var x=1;</script>", "<!-- c -->", "<pre>", "</pre>", "<textarea>t  x</textarea>",
            "<svg><text>字</text></svg>", "<h3>", "</h3>", "<font>", "</font>", "<o:p>", "</o:p>", "<label>标</label>",
            "<select><option>一<option>二</select>", "<center>", "<hr>", "<wbr>", "<q>", "<em>", "<ruby>字<rt>zi</rt></ruby>");

    @Test
    void cellTextIsJsoupsTextCollapsed() {
        Random rnd = new Random(7);
        int cells = 0;
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder("<table><tr>");
            for (int c = rnd.nextInt(4); c >= 0; c--) {
                b.append(rnd.nextBoolean() ? "<td>" : "<th>");
                for (int k = rnd.nextInt(10); k >= 0; k--) {
                    b.append(CELL_PIECES.get(rnd.nextInt(CELL_PIECES.size())));
                }
            }
            String html = (rnd.nextInt(10) == 0 ? "<pre>" : "") + b + "</tr></table>";
            for (org.jsoup.nodes.Element td : Jsoup.parse(html).select("td, th")) {
                assertEquals(Text.collapse(td.text()), HtmlLayout.cellText(td), html);
                cells++;
            }
        }
        assertTrue(cells > 5000, "cells: " + cells);
    }
}
