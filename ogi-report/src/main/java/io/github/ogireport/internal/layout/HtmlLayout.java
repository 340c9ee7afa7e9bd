package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Lays out an HTML page: block elements become paragraphs; each leaf {@code <table>} becomes a logical grid
 * with {@code rowspan}/{@code colspan} expanded; a table that only holds other tables or page content
 * (a layout table) is read as flow. Markup inside cells is flattened. Not API.
 */
public final class HtmlLayout {
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "iframe",
            "object", "embed", "svg", "select", "button", "input", "textarea");
    private static final Set<String> BLOCK = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dd", "dt", "section", "article", "header", "footer", "blockquote", "pre", "center",
            "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "form", "hr", "main", "nav",
            "aside", "figure", "figcaption", "address", "fieldset");
    /** Spans beyond this are clamped: no real table needs more, and a hostile page must not blow up memory. */
    static final int MAX_SPAN = io.github.ogireport.ParseLimits.DEFAULT_MAX_SPAN;

    private final List<Line> out = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    private SourcePosition bufferAt;
    /** True once the buffer holds a text that is not blank. */
    private boolean bufferHasText;
    /** Where a text node starts in the source. */
    private final Function<TextNode, SourcePosition> where;
    private int tables;
    private final Budget budget;

    private HtmlLayout(Budget budget, Function<TextNode, SourcePosition> where) {
        this.budget = budget;
        this.where = where;
    }

    /** Lays out {@code html} (spans clamped to {@link #MAX_SPAN}, no other limit). */
    public static Layout parse(String html) {
        return parse(html, Budget.unlimited());
    }

    /** Lays out {@code html} within {@code budget}. */
    public static Layout parse(String html, Budget budget) {
        // untracked when the scan can say where each text node stands (almost every page): jsoup's tracking
        // records ranges on every node and attribute; the positions are wanted for paragraphs only
        HtmlRuns runs = HtmlRuns.scan(html);
        if (runs.safe()) {
            Document doc = Jsoup.parse(html, "", Parser.htmlParser());
            HtmlRuns.Offsets offsets = runs.offsets(doc);
            if (offsets != null) {
                return parse(doc, budget, offsets::of);
            }
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parse(Jsoup.parse(html, "", parser), budget);
    }

    /** Lays out a parsed page (e.g. the XHTML Tika makes of a Word file). */
    public static Layout parse(Document doc) {
        return parse(doc, Budget.unlimited());
    }

    /** Lays out a parsed page within {@code budget}. */
    public static Layout parse(Document doc, Budget budget) {
        return parse(doc, budget, HtmlLayout::position);
    }

    private static Layout parse(Document doc, Budget budget, Function<TextNode, SourcePosition> where) {
        HtmlLayout layout = new HtmlLayout(budget, where);
        layout.walk(doc.body());
        layout.flush();
        return new Layout(layout.out, Text.collapse(doc.title()));
    }

    private void walk(Node node) {
        // iterative over siblings, recursive over depth; depth is bounded by jsoup's own tree depth
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            Node child = node.childNode(i);
            if (child instanceof TextNode) {
                text((TextNode) child);
            } else if (child instanceof Element) {
                element((Element) child);
            }
        }
    }

    private void element(Element el) {
        budget.tick();
        String tag = el.normalName();
        if (SKIP.contains(tag)) {
            return;
        }
        if (tag.equals("br")) {
            flush();
            return;
        }
        if (tag.equals("table") && isDataTable(el)) {
            flush();
            grid(el);
            return;
        }
        boolean block = BLOCK.contains(tag);
        if (block) {
            flush();
        }
        walk(el);
        if (block) {
            flush();
        }
    }

    private void text(TextNode node) {
        String t = node.getWholeText();
        if (Text.isBlank(t)) {
            if (buffer.length() > 0) {
                buffer.append(' ');
            }
            return;
        }
        if (!bufferHasText) {
            bufferAt = where.apply(node);
            bufferHasText = true;
        }
        buffer.append(t);
    }

    private void flush() {
        if (buffer.length() > 0) {
            String t = Text.collapse(buffer.toString());
            if (!t.isEmpty()) {
                out.add(new Line.Paragraph(t, bufferAt == null ? SourcePosition.UNKNOWN : bufferAt));
            }
            buffer.setLength(0);
            bufferAt = null;
            bufferHasText = false;
        }
    }

    private static SourcePosition position(Node node) {
        Node n = node;
        while (n != null) {
            var range = n.sourceRange();
            if (range != null && range.isTracked()) {
                return new SourcePosition.InText(range.start().lineNumber(), range.start().columnNumber());
            }
            n = n.parent();
        }
        return SourcePosition.UNKNOWN;
    }

    /** A data table holds rows and no nested table. */
    private static boolean isDataTable(Element table) {
        for (int i = 0, n = table.childNodeSize(); i < n; i++) {
            Node child = table.childNode(i);
            if (child instanceof Element && (child.nameIs("table") || !isDataTable((Element) child))) {
                return false;
            }
        }
        return true;
    }

    /** The {@code tr} elements under {@code el}, in document order (as {@code getElementsByTag("tr")}). */
    private static void rows(Element el, List<Element> out) {
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            Node child = el.childNode(i);
            if (child instanceof Element) {
                if (child.nameIs("tr")) {
                    out.add((Element) child);
                }
                rows((Element) child, out);
            }
        }
    }

    private void grid(Element table) {
        int index = ++tables;
        List<Element> trs = new ArrayList<>();
        rows(table, trs);
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) {
            while (rows.size() <= r) {
                rows.add(new ArrayList<>());
            }
            List<GridCell> row = rows.get(r);
            int col = 0;
            Element tr = trs.get(r);
            for (int i = 0, n = tr.childNodeSize(); i < n; i++) {
                if (!(tr.childNode(i) instanceof Element)) {
                    continue;
                }
                Element td = (Element) tr.childNode(i);
                String tag = td.normalName();
                if (!tag.equals("td") && !tag.equals("th")) {
                    continue;
                }
                while (col < row.size() && row.get(col) != null) {
                    col++;
                }
                budget.tick();
                int colspan = budget.span("colspan", span(td.attr("colspan")));
                int rowspan = Math.min(budget.span("rowspan", span(td.attr("rowspan"))), trs.size() - r);
                String text = Text.collapse(td.text());
                SourcePosition pos = new SourcePosition.InTable(index, r + 1, col + 1);
                for (int dr = 0; dr < rowspan; dr++) {
                    while (rows.size() <= r + dr) {
                        rows.add(new ArrayList<>());
                    }
                    List<GridCell> target = rows.get(r + dr);
                    for (int dc = 0; dc < colspan; dc++) {
                        int c = col + dc;
                        while (target.size() <= c) {
                            target.add(null);
                        }
                        if (target.get(c) == null) {
                            budget.cells(1);
                            target.set(c, new GridCell(text, pos, dc > 0, dr > 0));
                        }
                    }
                }
                col += colspan;
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<GridCell> row = rows.get(r);
            List<GridCell> cells = new ArrayList<>(row.size());
            for (int c = 0; c < row.size(); c++) {
                GridCell cell = row.get(c);
                cells.add(cell != null ? cell : GridCell.of("", new SourcePosition.InTable(index, r + 1, c + 1)));
            }
            if (!cells.isEmpty()) {
                out.add(new Line.Row(cells, index, new SourcePosition.InTable(index, r + 1, 1)));
            }
        }
    }

    private static int span(String attr) {
        String digits = attr.trim();
        int end = 0;
        while (end < digits.length() && end < 6 && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return 1;
        }
        int n = Integer.parseInt(digits.substring(0, end));
        return Math.max(1, n);
    }
}
