package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.recognize.CellParser;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out a PDF from its positioned glyphs (a PDF has no tables, only text at places): glyphs are clustered
 * into lines by baseline, lines are split into fragments at wide gaps, and a line holding values (numbers,
 * {@code /}, {@code —}) becomes a table row. Label text that stands on lines of its own near a row (a label
 * wrapped over lines with its values on the middle one, the characters of a vertical label such as
 * {@code 三、本年度办理结果}, a group label {@code （三）不予公开} centred over its sub-rows, the part of a label
 * carried over a page break) joins the nearest row on its page, cell by cell by its x position. Page numbers
 * ({@code - 5 -}, {@code -3-}, {@code 第 3 页}) are dropped. Narrative lines that run to the right margin join
 * the next line into one paragraph, across a page break too.
 *
 * <p>Value cells are placed in columns from the rows of the same block that have the most values: a row with
 * fewer values (a blank cell prints nothing) gets blank cells where its columns are empty, when its values
 * line up with those columns. A lone value in a narrow table (four value columns or fewer) is left alone: it
 * is usually a merged cell (T1 {@code 本年处理决定数量}), not one column of three. Nothing here knows the
 * report's tables; the recognizers match rows by their labels. Pure Java (no PDF library): the glyphs come
 * from {@code internal.tika.PdfGlyphs}. Not API.
 */
public final class PdfLayout {
    /** Gap between two glyphs, in em, above which they are in different cells. */
    private static final double CELL_GAP = 1.2;
    /** Baselines closer than this (in em) are one line. */
    private static final double SAME_LINE = 0.45;
    /** How far (in em of the row) a label line may stand from the row it joins. */
    private static final double LABEL_REACH = 2.5;
    /** A table whose rows have at most this many values may hold merged value cells. */
    private static final int NARROW = 4;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(?:[-—–－~]\\s*[0-9]{1,4}\\s*[-—–－~]|第\\s*[0-9]{1,4}\\s*页(?:\\s*[,，/共]\\s*共?\\s*[0-9]{1,4}\\s*页)?"
                    + "|[0-9]{1,4}\\s*/\\s*[0-9]{1,4}|[0-9]{1,4})$");

    /**
     * A glyph as the PDF places it.
     *
     * @param text  its characters (usually one)
     * @param x     left edge, points from the page's left
     * @param y     baseline, points from the page's top
     * @param width advance width in points
     * @param em    font size in points
     */
    public record Glyph(String text, double x, double y, double width, double em) {
    }

    /**
     * One page.
     *
     * @param number 1-based page number
     * @param glyphs the glyphs in content order
     */
    public record Page(int number, List<Glyph> glyphs) {
        public Page {
            glyphs = List.copyOf(glyphs);
        }
    }

    private PdfLayout() {
    }

    /** A run of glyphs on one line without a wide gap. */
    private static final class Fragment {
        final StringBuilder text = new StringBuilder();
        double x0;
        double x1;
        double y;
        double em;
        int glyphs;
        boolean value;

        String text() {
            return text.toString();
        }

        double center() {
            return (x0 + x1) / 2;
        }
    }

    private enum Kind { VALUE, LABEL, OTHER }

    /** A physical line of a page. */
    private static final class PLine {
        final int page;
        final List<Fragment> fragments = new ArrayList<>();
        double y;
        double em;
        Kind kind;
        /** For VALUE lines: label lines that joined it. */
        final List<PLine> joined = new ArrayList<>();
        boolean attached;
        int lineNo;

        PLine(int page) {
            this.page = page;
        }

        double x0() {
            return fragments.get(0).x0;
        }

        double x1() {
            double m = 0;
            for (Fragment f : fragments) {
                m = Math.max(m, f.x1);
            }
            return m;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (Fragment f : fragments) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(f.text());
            }
            return b.toString();
        }

        int glyphs() {
            int n = 0;
            for (Fragment f : fragments) {
                n += f.glyphs;
            }
            return n;
        }

        /** Index of the first value fragment, or -1. */
        int firstValue() {
            for (int i = 0; i < fragments.size(); i++) {
                if (fragments.get(i).value) {
                    return i;
                }
            }
            return -1;
        }

        double firstValueX() {
            int i = firstValue();
            return i < 0 ? Double.MAX_VALUE : fragments.get(i).x0;
        }
    }

    /** Lays out the pages. */
    public static Layout layout(List<Page> pages) {
        List<PLine> all = new ArrayList<>();
        for (Page page : pages) {
            List<PLine> lines = lines(page);
            dropPageNumbers(lines);
            for (PLine l : lines) {
                classify(l);
            }
            attachLabels(lines);
            int n = 0;
            for (PLine l : lines) {
                if (!l.attached) {
                    l.lineNo = ++n;
                }
            }
            all.addAll(lines);
        }
        List<List<GridCell>> valueCells = padColumns(all);
        return emit(all, valueCells);
    }

    // ---- lines and fragments ----

    private static List<PLine> lines(Page page) {
        List<Glyph> glyphs = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (!Text.isBlank(g.text())) {
                glyphs.add(g);
            }
        }
        glyphs.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> current = null;
        double refY = 0;
        double refEm = 0;
        for (Glyph g : glyphs) {
            double em = em(g);
            if (current != null && Math.abs(g.y() - refY) <= SAME_LINE * Math.min(em, refEm)) {
                current.add(g);
                continue;
            }
            current = new ArrayList<>();
            current.add(g);
            rows.add(current);
            refY = g.y();
            refEm = em;
        }
        List<PLine> out = new ArrayList<>();
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(Glyph::x));
            PLine line = new PLine(page.number());
            Fragment f = null;
            Glyph prev = null;
            double ySum = 0;
            double emMax = 0;
            for (Glyph g : row) {
                double em = em(g);
                // a glyph set with a huge advance (the characters of a vertical label carry a character
                // spacing as wide as their cell) ends its cell, however close the next text is
                if (f == null || g.x() - (prev.x() + advance(prev)) > CELL_GAP * Math.max(em, em(prev))
                        || prev.width() > 2.5 * em(prev) * prev.text().length()) {
                    if (f != null) {
                        finish(f);
                    }
                    f = new Fragment();
                    f.x0 = g.x();
                    line.fragments.add(f);
                } else if (g.x() - (prev.x() + advance(prev)) > 0.25 * em && isAsciiWord(prev.text())
                        && isAsciiWord(g.text())) {
                    f.text.append(' ');
                }
                f.text.append(g.text());
                f.x1 = Math.max(f.x1, g.x() + advance(g));
                f.y += g.y();
                f.em = Math.max(f.em, em);
                f.glyphs++;
                ySum += g.y();
                emMax = Math.max(emMax, em);
                prev = g;
            }
            finish(f);
            line.y = ySum / row.size();
            line.em = emMax;
            out.add(line);
        }
        return out;
    }

    private static void finish(Fragment f) {
        f.y /= f.glyphs;
        String t = f.text();
        f.value = !Text.isBlank(t) && CellParser.isValueLike(t);
    }

    private static double em(Glyph g) {
        return g.em() > 0.5 ? g.em() : Math.max(1, g.width());
    }

    /** The advance of a glyph, capped: vertical labels are often set with a huge character spacing. */
    private static double advance(Glyph g) {
        return Math.min(Math.max(g.width(), 0), 1.2 * em(g) * Math.max(1, g.text().length()));
    }

    private static boolean isAsciiWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(s.length() - 1);
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Drops a page number standing as the first or last line of a page. */
    private static void dropPageNumbers(List<PLine> lines) {
        if (!lines.isEmpty() && isPageNumber(lines.get(lines.size() - 1))) {
            lines.remove(lines.size() - 1);
        }
        if (!lines.isEmpty() && isPageNumber(lines.get(0))) {
            lines.remove(0);
        }
    }

    private static boolean isPageNumber(PLine line) {
        return line.glyphs() <= 12 && PAGE_NUMBER.matcher(Text.collapse(line.text())).matches();
    }

    private static void classify(PLine line) {
        int first = line.firstValue();
        if (first < 0) {
            line.kind = Kind.LABEL;
            return;
        }
        int values = 0;
        int textAfter = 0;
        for (int i = first; i < line.fragments.size(); i++) {
            if (line.fragments.get(i).value) {
                values++;
            } else {
                textAfter++;
            }
        }
        line.kind = textAfter * 2 <= values ? Kind.VALUE : Kind.OTHER;
    }

    /** Label lines join the nearest value row on their page within reach, in its label zone. */
    private static void attachLabels(List<PLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            PLine l = lines.get(i);
            if (l.kind != Kind.LABEL) {
                continue;
            }
            PLine up = neighbour(lines, i, -1);
            PLine down = neighbour(lines, i, +1);
            PLine best = null;
            double bestDist = Double.MAX_VALUE;
            for (PLine row : new PLine[] {up, down}) {
                if (row == null) {
                    continue;
                }
                double dist = Math.abs(row.y - l.y);
                double rowEm = Math.min(row.em, l.em);
                if (dist <= LABEL_REACH * rowEm && l.x1() <= row.firstValueX() - 0.3 * rowEm && dist < bestDist) {
                    best = row;
                    bestDist = dist;
                }
            }
            if (best != null) {
                best.joined.add(l);
                l.attached = true;
            }
        }
    }

    /** The nearest value line from {@code i} in direction {@code step} with only label lines between. */
    private static PLine neighbour(List<PLine> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            PLine l = lines.get(j);
            if (l.kind == Kind.VALUE) {
                return l;
            }
            if (l.kind != Kind.LABEL) {
                return null;
            }
        }
        return null;
    }

    // ---- columns ----

    /**
     * The value cells of each value line (null for other lines), with blank cells where a row's values leave
     * columns of its block empty.
     */
    private static List<List<GridCell>> padColumns(List<PLine> all) {
        List<List<GridCell>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            out.add(null);
        }
        int i = 0;
        while (i < all.size()) {
            if (all.get(i).kind != Kind.VALUE) {
                i++;
                continue;
            }
            // a block: value lines with only label lines between them (page breaks included)
            // a block: value lines with only label text between them (page breaks included); a narrative
            // line or a header row ends it
            List<Integer> block = new ArrayList<>();
            int j = i;
            double labelZone = all.get(i).firstValueX();
            while (j < all.size()) {
                PLine l = all.get(j);
                if (l.kind == Kind.VALUE) {
                    block.add(j);
                    labelZone = l.firstValueX();
                } else if (l.kind != Kind.LABEL || !l.attached && l.x1() > labelZone) {
                    break;
                }
                j++;
            }
            padBlock(all, block, out);
            i = j;
        }
        return out;
    }

    private static void padBlock(List<PLine> all, List<Integer> block, List<List<GridCell>> out) {
        int max = 0;
        for (int k : block) {
            max = Math.max(max, valueFragments(all.get(k)).size());
        }
        double[] centers = new double[max];
        if (max >= 2) {
            for (int c = 0; c < max; c++) {
                List<Double> xs = new ArrayList<>();
                for (int k : block) {
                    List<Fragment> v = valueFragments(all.get(k));
                    if (v.size() == max) {
                        xs.add(v.get(c).center());
                    }
                }
                double[] a = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                centers[c] = a[a.length / 2];
            }
        }
        for (int k : block) {
            PLine line = all.get(k);
            List<Fragment> v = valueFragments(line);
            int[] columns = null;
            if (max >= 2 && v.size() < max && (v.size() >= 2 || max > NARROW)) {
                columns = place(v, centers);
            }
            List<GridCell> cells = new ArrayList<>();
            int labels = labelCellCount(line);
            if (columns == null) {
                for (int c = 0; c < v.size(); c++) {
                    cells.add(GridCell.of(v.get(c).text(), pos(line, labels + c + 1)));
                }
            } else {
                int next = 0;
                for (int c = 0; c < max; c++) {
                    if (next < v.size() && columns[next] == c) {
                        cells.add(GridCell.of(v.get(next).text(), pos(line, labels + c + 1)));
                        next++;
                    } else {
                        cells.add(GridCell.of("", pos(line, labels + c + 1)));
                    }
                }
            }
            out.set(k, cells);
        }
    }

    /** The column of each value, or null when they do not line up with the columns one to one. */
    private static int[] place(List<Fragment> values, double[] centers) {
        double pitch = Double.MAX_VALUE;
        for (int c = 1; c < centers.length; c++) {
            pitch = Math.min(pitch, centers[c] - centers[c - 1]);
        }
        if (pitch <= 0) {
            return null;
        }
        int[] out = new int[values.size()];
        int last = -1;
        for (int i = 0; i < values.size(); i++) {
            double x = values.get(i).center();
            int best = -1;
            double bestDist = Double.MAX_VALUE;
            for (int c = 0; c < centers.length; c++) {
                double d = Math.abs(centers[c] - x);
                if (d < bestDist) {
                    best = c;
                    bestDist = d;
                }
            }
            if (best <= last || bestDist > pitch / 3) {
                return null;
            }
            out[i] = best;
            last = best;
        }
        return out;
    }

    /** The fragments from the first value on (values and any text among them), in x order. */
    private static List<Fragment> valueFragments(PLine line) {
        int first = line.firstValue();
        return first < 0 ? List.of() : line.fragments.subList(first, line.fragments.size());
    }

    // ---- output ----

    private static int labelCellCount(PLine line) {
        return labelCells(line).size();
    }

    /** The label cells of a value row: its own label fragments and those of the lines that joined it. */
    private static List<List<Fragment>> labelCells(PLine row) {
        List<Fragment> frags = new ArrayList<>();
        int first = row.firstValue();
        frags.addAll(row.fragments.subList(0, first));
        for (PLine l : row.joined) {
            frags.addAll(l.fragments);
        }
        frags.sort(Comparator.comparingDouble((Fragment f) -> f.x0));
        List<List<Fragment>> cells = new ArrayList<>();
        for (Fragment f : frags) {
            List<Fragment> into = null;
            for (List<Fragment> cell : cells) {
                Fragment head = cell.get(0);
                if (Math.abs(head.x0 - f.x0) <= 0.6 * Math.min(head.em, f.em)) {
                    into = cell;
                    break;
                }
            }
            if (into == null) {
                into = new ArrayList<>();
                cells.add(into);
            }
            into.add(f);
        }
        for (List<Fragment> cell : cells) {
            cell.sort(Comparator.comparingDouble((Fragment f) -> f.y));
        }
        return cells;
    }

    private static SourcePosition pos(PLine line, int column) {
        return new SourcePosition.OnPage(line.page, line.lineNo, column);
    }

    private static Layout emit(List<PLine> all, List<List<GridCell>> valueCells) {
        double[] margins = margins(all);
        double left = margins[0];
        double right = margins[1];
        List<Line> out = new ArrayList<>();
        StringBuilder para = null;
        SourcePosition paraAt = null;
        PLine paraLast = null;
        int grid = 0;
        for (int k = 0; k < all.size(); k++) {
            PLine l = all.get(k);
            if (l.attached) {
                continue;
            }
            if (l.kind == Kind.VALUE) {
                if (para != null) {
                    out.add(new Line.Paragraph(Text.collapse(para.toString()), paraAt));
                    para = null;
                }
                List<GridCell> cells = new ArrayList<>();
                int c = 0;
                for (List<Fragment> cell : labelCells(l)) {
                    StringBuilder t = new StringBuilder();
                    for (Fragment f : cell) {
                        t.append(f.text());
                    }
                    cells.add(GridCell.of(Text.collapse(t.toString()), pos(l, ++c)));
                }
                cells.addAll(valueCells.get(k));
                if (k == 0 || all.get(k - 1).kind != Kind.VALUE && !all.get(k - 1).attached) {
                    grid++;
                }
                out.add(new Line.Row(cells, grid, pos(l, 1)));
                continue;
            }
            if (l.fragments.size() > 1) {
                // several cells and no value: a header row of a table
                if (para != null) {
                    out.add(new Line.Paragraph(Text.collapse(para.toString()), paraAt));
                    para = null;
                }
                List<GridCell> cells = new ArrayList<>();
                int c = 0;
                for (Fragment f : l.fragments) {
                    cells.add(GridCell.of(Text.collapse(f.text()), pos(l, ++c)));
                }
                out.add(new Line.Row(cells, ++grid, pos(l, 1)));
                continue;
            }
            String text = l.fragments.get(0).text();
            boolean continues = para != null && paraLast.fragments.size() == 1
                    && paraLast.x1() >= right - 1.5 * paraLast.em
                    && l.x0() <= left + 0.6 * l.em
                    && Math.abs(l.em - paraLast.em) <= 0.15 * l.em
                    && (l.page != paraLast.page || l.y - paraLast.y <= 2.5 * l.em);
            if (continues) {
                if (isAsciiWord(para.toString()) && !text.isEmpty() && text.charAt(0) < 128
                        && Character.isLetter(text.charAt(0))) {
                    para.append(' ');
                }
                para.append(text);
            } else {
                if (para != null) {
                    out.add(new Line.Paragraph(Text.collapse(para.toString()), paraAt));
                }
                para = new StringBuilder(text);
                paraAt = pos(l, 1);
            }
            paraLast = l;
        }
        if (para != null) {
            out.add(new Line.Paragraph(Text.collapse(para.toString()), paraAt));
        }
        return new Layout(out, "");
    }

    /** The left and right margins of the body text: where its long lines start and end. */
    private static double[] margins(List<PLine> all) {
        List<Double> lefts = new ArrayList<>();
        List<Double> rights = new ArrayList<>();
        for (PLine l : all) {
            if (l.fragments.size() == 1 && l.glyphs() >= 15) {
                lefts.add(l.x0());
                rights.add(l.x1());
            }
        }
        if (lefts.isEmpty()) {
            return new double[] {0, Double.MAX_VALUE};
        }
        double[] a = lefts.stream().mapToDouble(Double::doubleValue).toArray();
        double[] b = rights.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        Arrays.sort(b);
        return new double[] {a[a.length / 10], b[b.length * 9 / 10]};
    }
}
