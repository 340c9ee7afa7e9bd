package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

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
    /** What the layout does with an element, by tag name: one look-up per element (absent: inline). */
    private static final int KIND_SKIP = 1;
    private static final int KIND_BR = 2;
    private static final int KIND_BLOCK = 3;
    private static final int KIND_TABLE = 4;
    private static final Map<String, Integer> KINDS = kinds();
    /** Spans beyond this are clamped: no real table needs more, and a hostile page must not blow up memory. */
    static final int MAX_SPAN = io.github.ogireport.ParseLimits.DEFAULT_MAX_SPAN;

    private final List<Line> out = new ArrayList<>();
    private final StringBuilder buffer = new StringBuilder();
    /** The paragraph's text while it is one text node (then not copied into the buffer), else null. */
    private String sole;
    /** True when blank text followed {@link #sole}. */
    private boolean soleSpace;
    private SourcePosition bufferAt;
    /** True once the buffer holds a text that is not blank. */
    private boolean bufferHasText;
    /** The runs text nodes are paired with, or null when the page was parsed with tracking. */
    private final HtmlRuns runs;
    /** The text of the cell being read. */
    private final StringBuilder cell = new StringBuilder();
    /** True when a space separates the cell's text so far from what comes next. */
    private boolean cellSpace;
    private int tables;
    private final Budget budget;

    private static Map<String, Integer> kinds() {
        Map<String, Integer> kinds = new HashMap<>();
        BLOCK.forEach(tag -> kinds.put(tag, KIND_BLOCK));
        SKIP.forEach(tag -> kinds.put(tag, KIND_SKIP));
        kinds.put("br", KIND_BR);
        kinds.put("table", KIND_TABLE);
        return Map.copyOf(kinds);
    }

    private HtmlLayout(Budget budget, HtmlRuns runs) {
        this.budget = budget;
        this.runs = runs;
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
            // jsoup parses the page without what it would build and no one reads (attributes, comment text)
            Layout layout = untracked(runs, Parser.htmlParser().parseInput(runs.compactPage(), ""), budget);
            if (layout != null) {
                return layout;
            }
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parse(Jsoup.parse(html, "", parser), budget);
    }

    /**
     * Lays out {@code doc}, parsed untracked from the page {@code runs} scanned, taking each paragraph's position
     * from the run its first text node pairs with; null when a text node is not its run (the page must be parsed
     * with tracking).
     */
    static Layout untracked(HtmlRuns runs, Document doc, Budget budget) {
        HtmlLayout layout = new HtmlLayout(budget, runs);
        Element body = doc.body();
        layout.around(doc, body);
        layout.flush();
        return runs.paired() ? new Layout(layout.out, Text.collapse(doc.title())) : null;
    }

    /** Lays out a parsed page (e.g. the XHTML Tika makes of a Word file). */
    public static Layout parse(Document doc) {
        return parse(doc, Budget.unlimited());
    }

    /** Lays out a parsed page within {@code budget}, positions from jsoup's tracking where it has them. */
    public static Layout parse(Document doc, Budget budget) {
        HtmlLayout layout = new HtmlLayout(budget, null);
        layout.walk(doc.body());
        layout.flush();
        return new Layout(layout.out, Text.collapse(doc.title()));
    }

    /** Pairs the text outside {@code body} with the runs (nothing of it is laid out) and lays out the body. */
    private void around(Node node, Element body) {
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            Node child = node.childNode(i);
            if (child == body) {
                walk(body);
            } else if (child instanceof Element) {
                around(child, body);
            } else {
                pair(child);
            }
        }
    }

    /** Pairs the text and data nodes under {@code node} with the runs, in tree order (untracked only). */
    private void skip(Node node) {
        if (runs == null) {
            return;
        }
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            Node child = node.childNode(i);
            if (child instanceof Element) {
                skip(child);
            } else {
                pair(child);
            }
        }
    }

    /** Pairs a text or data node with the next run; the source offset of a text that is not blank, or -1. */
    private int pair(Node node) {
        if (node instanceof TextNode) {
            return runs.pair(((TextNode) node).getWholeText());
        }
        if (node instanceof DataNode) {
            runs.pair(((DataNode) node).getWholeData());
        }
        return -1;
    }

    private void walk(Node node) {
        // iterative over siblings, recursive over depth; depth is bounded by jsoup's own tree depth
        for (int i = 0, n = node.childNodeSize(); i < n; i++) {
            Node child = node.childNode(i);
            if (child instanceof TextNode) {
                text((TextNode) child);
            } else if (child instanceof Element) {
                element((Element) child);
            } else if (runs != null) {
                pair(child);
            }
        }
    }

    private void element(Element el) {
        budget.tick();
        Integer known = KINDS.get(el.normalName());
        int kind = known == null ? 0 : known;
        if (kind == KIND_SKIP) {
            skip(el);
            return;
        }
        if (kind == KIND_BR) {
            flush();
            return;
        }
        if (kind == KIND_TABLE) {
            List<Element> trs = dataTable(el);
            if (trs != null) {
                flush();
                grid(trs);
                return;
            }
        }
        boolean block = kind >= KIND_BLOCK;
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
        int at = runs == null ? -1 : runs.pair(t);
        if (Text.isBlank(t)) {
            if (sole != null) {
                soleSpace = true;
            } else if (buffer.length() > 0) {
                buffer.append(' ');
            }
            return;
        }
        if (!bufferHasText) {
            bufferAt = runs == null ? position(node) : at < 0 ? SourcePosition.UNKNOWN : runs.position(at);
            bufferHasText = true;
        }
        if (sole == null && buffer.length() == 0) {
            sole = t;
            soleSpace = false;
        } else {
            if (sole != null) {
                buffer.append(sole);
                if (soleSpace) {
                    buffer.append(' ');
                }
                sole = null;
            }
            buffer.append(t);
        }
    }

    private void flush() {
        if (sole != null || buffer.length() > 0) {
            String t = Text.collapse(sole != null ? sole : buffer.toString());
            if (!t.isEmpty()) {
                out.add(new Line.Paragraph(t, bufferAt == null ? SourcePosition.UNKNOWN : bufferAt));
            }
            buffer.setLength(0);
            sole = null;
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

    /**
     * The rows of a data table (one that holds no other table), in document order (as
     * {@code getElementsByTag("tr")}), its text paired with the runs; null for a layout table (nothing paired).
     */
    private List<Element> dataTable(Element table) {
        List<Element> trs = new ArrayList<>();
        int mark = runs == null ? 0 : runs.mark();
        if (tableNodes(table, trs)) {
            return trs;
        }
        if (runs != null) {
            runs.reset(mark);
        }
        return null;
    }

    /** Collects the rows under {@code el} and pairs its text; false when it holds a table. */
    private boolean tableNodes(Element el, List<Element> trs) {
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            Node child = el.childNode(i);
            if (child instanceof Element) {
                if (child.nameIs("table")) {
                    return false;
                }
                if (child.nameIs("tr")) {
                    trs.add((Element) child);
                }
                if (!tableNodes((Element) child, trs)) {
                    return false;
                }
            } else if (runs != null) {
                pair(child);
            }
        }
        return true;
    }

    private void grid(List<Element> trs) {
        int index = ++tables;
        int height = trs.size();
        // the grid's rows as they fill (a rowspan fills rows below; it is clamped to the table's rows)
        GridCell[][] rows = new GridCell[height][];
        int[] widths = new int[height];
        for (int r = 0; r < height; r++) {
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
                GridCell[] row = rows[r];
                while (col < widths[r] && row[col] != null) {
                    col++;
                }
                budget.tick();
                int colspan = budget.span("colspan", td.attributesSize() == 0 ? 1 : span(td.attr("colspan")));
                int rowspan = Math.min(budget.span("rowspan", td.attributesSize() == 0 ? 1
                        : span(td.attr("rowspan"))), height - r);
                String text = readCell(td);
                SourcePosition pos = new SourcePosition.InTable(index, r + 1, col + 1);
                for (int dr = 0; dr < rowspan; dr++) {
                    int target = r + dr;
                    int end = col + colspan;
                    GridCell[] cells = rows[target];
                    if (cells == null || cells.length < end) {
                        cells = rows[target] = cells == null ? new GridCell[Math.max(8, end)]
                                : Arrays.copyOf(cells, Math.max(end, cells.length * 2));
                    }
                    widths[target] = Math.max(widths[target], end);
                    for (int c = col; c < end; c++) {
                        if (cells[c] == null) {
                            budget.cells(1);
                            cells[c] = new GridCell(text, pos, c > col, dr > 0);
                        }
                    }
                }
                col += colspan;
            }
        }
        for (int r = 0; r < height; r++) {
            int width = widths[r];
            if (width == 0) {
                continue;
            }
            GridCell[] cells = rows[r];
            for (int c = 0; c < width; c++) {
                if (cells[c] == null) {
                    cells[c] = GridCell.of("", new SourcePosition.InTable(index, r + 1, c + 1));
                }
            }
            out.add(new Line.Row(Arrays.asList(cells).subList(0, width), index,
                    new SourcePosition.InTable(index, r + 1, 1)));
        }
    }

    /**
     * {@code Text.collapse(td.text())} in one pass: jsoup's text (white space normalised, zero-width space and
     * soft hyphen dropped, a space at block boundaries) collapsed as {@link Text#collapse} does. A cell whose
     * text jsoup keeps as it stands (in {@code pre}, CDATA) or that holds control characters (which jsoup's
     * trim drops at the ends and collapsing keeps) is read by jsoup itself.
     */
    private String readCell(Element td) {
        cell.setLength(0);
        cellSpace = false;
        // text reaches 6 levels up for a preserving element: from the cell it reaches no higher than from td
        if (preservesSpace(td) || !appendCell(td)) {
            return Text.collapse(td.text());
        }
        return cell.toString();
    }

    /** {@link #readCell} on its own, for tests. */
    static String cellText(Element td) {
        return new HtmlLayout(Budget.unlimited(), null).readCell(td);
    }

    /** Appends the text under {@code el} to {@link #cell}; false for text to be left to jsoup. */
    private boolean appendCell(Element el) {
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            Node child = el.childNode(i);
            if (child instanceof TextNode) {
                if (child instanceof CDataNode || !appendCellText(((TextNode) child).getWholeText())) {
                    return false;
                }
            } else if (child instanceof Element) {
                Element e = (Element) child;
                if (e.tag().preserveWhitespace()) {
                    return false;
                }
                // jsoup's separators (Element.TextAccumulator): before a block, a br or a text boundary with text
                if (e.isBlock() || e.nameIs("br")
                        || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText()) {
                    cellSpace = true;
                }
                if (!appendCell(e)) {
                    return false;
                }
                // ... and after a boundary, a non-inline element or one holding a block, before text or inline
                if (e.tag().is(Tag.TextBoundary) || !e.tag().isInline() || hasBlockChild(e)) {
                    Node next = i + 1 < n ? el.childNode(i + 1) : null; // nextSibling() looks its index up
                    if (next instanceof TextNode || next instanceof Element && ((Element) next).tag().isInline()) {
                        cellSpace = true;
                    }
                }
            }
        }
        return true;
    }

    private boolean appendCellText(String t) {
        StringBuilder b = cell;
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (c == '\u200B' || c == '\u00AD') {
                continue; // jsoup drops them
            } else if (Text.isSpace(c)) {
                cellSpace = true;
            } else if (c < 0x20) {
                return false;
            } else {
                if (cellSpace) {
                    if (b.length() > 0) {
                        b.append(' ');
                    }
                    cellSpace = false;
                }
                b.append(c);
            }
        }
        return true;
    }

    /** True when jsoup keeps the white space of text right under {@code el} (preserveWhitespace: 6 levels up). */
    private static boolean preservesSpace(Element el) {
        Element e = el;
        for (int i = 0; i < 6 && e != null; i++) {
            if (e.tag().preserveWhitespace()) {
                return true;
            }
            e = e.parent();
        }
        return false;
    }

    private static boolean hasBlockChild(Element el) {
        for (int i = 0, n = el.childNodeSize(); i < n; i++) {
            Node child = el.childNode(i);
            if (child instanceof Element && ((Element) child).isBlock()) {
                return true;
            }
        }
        return false;
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
