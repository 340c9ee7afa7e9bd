package io.github.ogireport.internal.layout;

import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out a PDF from its positioned glyphs (a PDF has no tables, only text at places): glyphs are clustered
 * into lines by baseline, lines are split into fragments at wide gaps (narrower ones around numbers), and a
 * line holding values (numbers, {@code /}, {@code —}) becomes a table row. Label text that stands on lines of
 * its own near a row (a label wrapped over lines with its values on the middle or the first one, the
 * characters of a vertical label such as {@code 三、本年度办理结果}, a group label {@code （三）不予公开} centred
 * over its sub-rows, the part of a label carried over a page break) joins a row on its page, cell by cell by
 * its x position: in a column of its own, the nearest row; in the column of one of the row's label cells, only
 * as that cell's wrapped continuation (the upper line fills its column), so a caption under a short label
 * stays out. A number wrapped in a narrow cell ({@code 300} over {@code 1}) is joined again. Page numbers
 * ({@code - 5 -}, {@code -3-}, {@code 第 3 页}) are dropped. Narrative lines that run to the right margin join
 * the next line into one paragraph, across a page break too.
 *
 * <p>Value cells are placed in columns from the rows of the same block that have the most values: a row with
 * fewer values (a blank cell prints nothing) gets blank cells where its columns are empty, when its values
 * line up with those columns. A lone value in a narrow table (four value columns or fewer) is left alone: it
 * is usually a merged cell (T1 {@code 本年处理决定数量}), not one column of three. Nothing here knows the
 * report's tables; the recognizers match rows by their labels. Pure Java (no PDF library): the glyphs come
 * from the documents module's PDF reader (see {@link Documents}). Not API.
 */
public final class PdfLayout {
    /** Gap between two glyphs, in em, above which they are in different cells. */
    private static final double CELL_GAP = 1.2;
    /** Gap between two digits, in em, above which they belong to two numbers. */
    private static final double DIGIT_GAP = 0.6;
    /** Gap, in em, between a number and text beside it above which they are two cells. */
    private static final double NUMBER_GAP = 0.9;
    /** Baselines closer than this (in em) are one line. */
    private static final double SAME_LINE = 0.45;
    /** How far (in em of the row) a label line in a column of its own may stand from the row it joins. */
    private static final double LABEL_REACH = 2.5;
    /** How far (in em) a wrapped line of a label cell may stand from the cell's previous line. */
    private static final double WRAP_REACH = 2.5;
    /** Baselines at most this far apart (in em) are lines of one cell, not two rows. */
    private static final double WRAP_SPACING = 1.3;
    /** A table whose rows have at most this many values may hold merged value cells. */
    private static final int NARROW = 4;
    /** A line starting like a heading (一、 （一） 1.) starts a paragraph even at the left margin. */
    /** A fragment of digits (a number the PDF drew in pieces). */
    private static final Pattern NUMERAL_TEXT = Pattern.compile("[0-9０-９.,]+");
    private static final Pattern SIGNED_NUMERAL_TEXT = Pattern.compile("[+\\-]?[0-9０-９.,]{2,}");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．][^0-9])");
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
        /** Joined with the piece of a number wrapped onto the line below. */
        boolean joined;

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
        /** True when a wide gap split the line; false when only the narrower gaps around numbers did. */
        boolean strongSplit;

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

    /** The pages a {@link io.github.ogireport.spi.DocumentReader} read, as this layout takes them. */
    static List<Page> pages(List<io.github.ogireport.spi.DocumentContent.Page> read) {
        List<Page> pages = new ArrayList<>(read.size());
        for (io.github.ogireport.spi.DocumentContent.Page p : read) {
            List<Glyph> glyphs = new ArrayList<>(p.glyphs().size());
            for (io.github.ogireport.spi.DocumentContent.Glyph g : p.glyphs()) {
                glyphs.add(new Glyph(g.text(), g.x(), g.y(), g.width(), g.em()));
            }
            pages.add(new Page(p.number(), glyphs));
        }
        return pages;
    }

    /** Lays out the pages. */
    public static Layout layout(List<Page> pages) {
        return layout(pages, "");
    }

    /**
     * Lays out the pages.
     *
     * @param title the title the file declares (document information), or ""
     */
    public static Layout layout(List<Page> pages, String title) {
        return layout(pages, title, io.github.ogireport.internal.Budget.unlimited());
    }

    /** Lays out the pages within {@code budget} (an interrupt stops it between pages). */
    public static Layout layout(List<Page> pages, String title, io.github.ogireport.internal.Budget budget) {
        List<PLine> all = new ArrayList<>();
        for (Page page : pages) {
            budget.tick();
            List<PLine> lines = lines(page);
            dropPageNumbers(lines);
            for (PLine l : lines) {
                classify(l);
            }
            joinWrappedNumbers(lines);
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
        return emit(all, valueCells, title);
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
        double sumY = 0;
        double refEm = 0;
        for (Glyph g : glyphs) {
            double em = em(g);
            // against the line's mean baseline: one raised glyph (a vertical label's character) does not
            // pull the line away from the rest of its row
            if (current != null && Math.abs(g.y() - sumY / current.size()) <= SAME_LINE * Math.min(em, refEm)) {
                current.add(g);
                sumY += g.y();
                refEm = Math.max(refEm, em);
                continue;
            }
            current = new ArrayList<>();
            current.add(g);
            rows.add(current);
            sumY = g.y();
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
                double gap = f == null ? 0 : g.x() - (prev.x() + advance(prev));
                boolean strong = f == null || gap > CELL_GAP * Math.max(em, em(prev))
                        || prev.width() > 2.5 * em(prev) * prev.text().length();
                // digits of one number stand close (a thousands space is a quarter em): two numbers in narrow
                // neighbouring cells do not; nor does a number start a cell right after a label an em before it
                boolean weak = !strong && (gap > DIGIT_GAP * Math.max(em, em(prev)) && isDigit(prev.text())
                        && isDigit(g.text())
                        || gap > NUMBER_GAP * Math.max(em, em(prev)) && (isDigit(prev.text()) || isDigit(g.text())));
                if (strong || weak) {
                    if (f != null) {
                        finish(f);
                        line.strongSplit |= strong;
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

    private static boolean isDigit(String s) {
        return s.length() == 1 && (Character.isDigit(s.charAt(0)));
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
        if (line.kind == Kind.OTHER && !line.strongSplit) {
            // text, a number, text, split only around the number: a sentence (受理 17 件), not cells
            Fragment all = line.fragments.get(0);
            for (int i = 1; i < line.fragments.size(); i++) {
                Fragment f = line.fragments.get(i);
                all.text.append(' ').append(f.text());
                all.x1 = Math.max(all.x1, f.x1);
                all.glyphs += f.glyphs;
            }
            line.fragments.subList(1, line.fragments.size()).clear();
            all.value = false;
            line.kind = Kind.LABEL;
        }
    }

    /**
     * A number too wide for its cell wraps: {@code 300} on the row's line, {@code 1} one line below at the same
     * x. A line of numbers only, no label, closer than a row can be (one line spacing) and each number under a
     * number of the line above, continues that line's numbers.
     */
    private static void joinWrappedNumbers(List<PLine> lines) {
        for (int i = 1; i < lines.size(); i++) {
            PLine below = lines.get(i);
            PLine above = lines.get(i - 1);
            if (below.kind != Kind.VALUE || above.kind != Kind.VALUE
                    || below.y - above.y > WRAP_SPACING * Math.max(below.em, above.em)) {
                continue;
            }
            // no label of its own, or only a character of a vertical label beside the numbers
            int first = below.firstValue();
            boolean labelled = false;
            for (int k = 0; k < first; k++) {
                labelled |= below.fragments.get(k).glyphs > 2;
            }
            if (labelled) {
                continue;
            }
            List<Fragment> tail = below.fragments.subList(first, below.fragments.size());
            List<Fragment> targets = new ArrayList<>();
            for (Fragment f : tail) {
                Fragment over = null;
                if (NUMERAL_TEXT.matcher(f.text()).matches()) {
                    for (Fragment a : valueFragments(above)) {
                        if (Math.abs(a.x0 - f.x0) <= 0.3 * f.em && SIGNED_NUMERAL_TEXT.matcher(a.text()).matches()) {
                            over = a;
                        }
                    }
                }
                if (over == null) {
                    targets = null;
                    break;
                }
                targets.add(over);
            }
            if (targets == null || targets.size() >= valueFragments(above).size()) {
                continue;
            }
            for (int k = 0; k < targets.size(); k++) {
                targets.get(k).text.append(tail.get(k).text());
                targets.get(k).joined = true;
                targets.get(k).x1 = Math.max(targets.get(k).x1, tail.get(k).x1);
            }
            if (first == 0) {
                lines.remove(i);
                i--;
            } else {
                // the vertical label's character stays, as a label line of its own
                below.fragments.subList(first, below.fragments.size()).clear();
                below.kind = Kind.LABEL;
            }
        }
    }

    /**
     * Label lines join a value row on their page, in its label zone. A line in a column of its own (a
     * vertical label's character, a group label) joins the nearest row within reach. A line in the column of
     * one of the row's label cells continues that cell only where the cell wraps: one line spacing from it,
     * the upper of the two filling its column (a caption after a short label is not a wrapped label). Lines
     * join until nothing changes, so a label of several lines joins line by line.
     */
    private static void attachLabels(List<PLine> lines) {
        Map<Integer, Double> rights = columnRights(lines);
        boolean changed = true;
        for (int round = 0; changed && round < 12; round++) {
            changed = false;
            for (int i = 0; i < lines.size(); i++) {
                PLine l = lines.get(i);
                if (l.kind != Kind.LABEL || l.attached) {
                    continue;
                }
                PLine best = null;
                double bestDist = Double.MAX_VALUE;
                for (PLine row : new PLine[] {neighbour(lines, i, -1), neighbour(lines, i, +1)}) {
                    if (row == null) {
                        continue;
                    }
                    double em = Math.min(row.em, l.em);
                    if (l.x1() > row.firstValueX() - 0.3 * em) {
                        continue;
                    }
                    double dist;
                    List<double[]> cell = sameColumn(row, l.x0(), em);
                    if (cell.isEmpty()) {
                        dist = Math.abs(row.y - l.y);
                        if (dist > LABEL_REACH * em) {
                            continue;
                        }
                    } else {
                        double[] nearest = cell.get(0);
                        for (double[] c : cell) {
                            if (Math.abs(c[0] - l.y) < Math.abs(nearest[0] - l.y)) {
                                nearest = c;
                            }
                        }
                        dist = Math.abs(nearest[0] - l.y);
                        double upperRight = nearest[0] < l.y ? nearest[1] : l.fragments.get(0).x1;
                        if (dist > WRAP_REACH * em || upperRight < right(rights, l.x0(), em) - 1.5 * em) {
                            continue;
                        }
                    }
                    if (dist < bestDist) {
                        best = row;
                        bestDist = dist;
                    }
                }
                if (best != null) {
                    best.joined.add(l);
                    l.attached = true;
                    changed = true;
                }
            }
        }
    }

    /** The lines (baseline, right end) of a row's label cell starting at {@code x0}. */
    private static List<double[]> sameColumn(PLine row, double x0, double em) {
        List<double[]> out = new ArrayList<>();
        int first = row.firstValue();
        for (int k = 0; k < first; k++) {
            Fragment f = row.fragments.get(k);
            if (Math.abs(f.x0 - x0) <= 0.6 * em) {
                out.add(new double[] {row.y, f.x1});
            }
        }
        for (PLine j : row.joined) {
            for (Fragment f : j.fragments) {
                if (Math.abs(f.x0 - x0) <= 0.6 * em) {
                    out.add(new double[] {j.y, f.x1});
                }
            }
        }
        return out;
    }

    /** How far the label text of each column (keyed by its rounded x0) runs on the page: its widest line. */
    private static Map<Integer, Double> columnRights(List<PLine> lines) {
        Map<Integer, Double> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PLine l = lines.get(i);
            int upto = l.kind == Kind.VALUE ? l.firstValue() : l.kind == Kind.LABEL && inLabelZone(lines, i)
                    ? l.fragments.size() : 0;
            for (int k = 0; k < upto; k++) {
                Fragment f = l.fragments.get(k);
                out.merge((int) Math.round(f.x0), f.x1, Math::max);
            }
        }
        return out;
    }

    /** A label line between value rows, left of their values (not a heading or a caption line above). */
    private static boolean inLabelZone(List<PLine> lines, int i) {
        PLine l = lines.get(i);
        PLine up = neighbour(lines, i, -1);
        PLine down = neighbour(lines, i, +1);
        return up != null && l.x1() <= up.firstValueX() || down != null && l.x1() <= down.firstValueX();
    }

    private static double right(Map<Integer, Double> rights, double x0, double em) {
        double best = 0;
        for (Map.Entry<Integer, Double> e : rights.entrySet()) {
            if (Math.abs(e.getKey() - x0) <= 0.6 * em + 0.5) {
                best = Math.max(best, e.getValue());
            }
        }
        return best;
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
                    cells.add(cell(v.get(c), pos(line, labels + c + 1), LayoutPlacement.READ));
                }
            } else {
                // fewer values than columns: each was put in the column nearest to it
                int next = 0;
                for (int c = 0; c < max; c++) {
                    if (next < v.size() && columns[next] == c) {
                        cells.add(cell(v.get(next), pos(line, labels + c + 1), LayoutPlacement.COLUMN_BY_POSITION));
                        next++;
                    } else {
                        cells.add(GridCell.inferred("", pos(line, labels + c + 1), LayoutPlacement.COLUMN_BY_POSITION));
                    }
                }
            }
            out.set(k, cells);
        }
    }

    /** A value cell; a number joined across wrapped lines says so whatever else placed it. */
    private static GridCell cell(Fragment f, SourcePosition position, LayoutPlacement how) {
        return GridCell.inferred(f.text(), position, f.joined ? LayoutPlacement.JOINED_LINES : how);
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

    private static Layout emit(List<PLine> all, List<List<GridCell>> valueCells, String title) {
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
                    && !HEADING.matcher(text).find()
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
        return new Layout(out, Text.collapse(title));
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
