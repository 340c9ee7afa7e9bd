package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lays out page text: pipe-delimited rows (one row per line, or one cell per line between lone {@code |}
 * lines), Markdown tables, rows of a label followed by numbers separated by spaces, cell-per-line tables
 * (every label and value on its own line, domain-spec §10.10) and paragraphs. Not API.
 */
public final class TextLayout {
    /** Possessive throughout: a long run of spaces between dashes must not backtrack (quadratic). */
    private static final Pattern MD_SEPARATOR = Pattern.compile(
            "^\\s*+\\|?+\\s*+:?+-{2,}+:?+\\s*+(?:\\|\\s*+:?+-{2,}+:?+\\s*+)*+\\|?+\\s*+$");
    private static final String VALUE_TOKEN = "(?:[+\\-]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?|/|—{1,2})";
    private static final Pattern SPACED_ROW = Pattern.compile(
            "^(?<label>[^|\\s0-9０-９].*?[^\\s0-9０-９.,，+\\-])[ \\t\\u3000]+(?<values>" + VALUE_TOKEN
                    + "(?:[ \\t\\u3000]+" + VALUE_TOKEN + ")*)$");
    private static final Pattern VALUE_LINE = Pattern.compile(
            "^[+\\-]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\\s*(?:件|个|项|条|元|万元)?$|^(?:/|／|—{1,2}|-{1,2}|无|不适用)$");
    /** Values of a spaced row; separated like {@link #SPACED_ROW} says, ideographic space included. */
    private static final Pattern VALUE_SPLIT = Pattern.compile("[^ \\t\\u3000]+");
    private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
    /**
     * Lines longer than this are never a spaced row: {@link #SPACED_ROW} tries every label end against the
     * values after it, quadratic on a long line of values (a hostile "/ / / … x" of a megabyte would run for
     * hours). A real row (label and up to ten values) is under 200 characters.
     */
    static final int MAX_SPACED_ROW = 1_000;
    /** Words no row label holds: a count with its unit or a full stop mark a sentence that ends in a number. */
    private static final Pattern PROSE = Pattern.compile("[0-9０-９][ \\t\\u3000]?件(?!次)|。");

    private TextLayout() {
    }

    /** Lays out {@code text}. */
    public static Layout parse(String text) {
        return parse(text, Budget.unlimited());
    }

    /** Lays out {@code text} within {@code budget}. */
    public static Layout parse(String text, Budget budget) {
        String[] raw = text.split("\r\n|\r|\n", -1);
        boolean cellPerLine = isCellPerLine(raw);
        List<Line> out = new ArrayList<>();
        int grid = 0;
        boolean inGrid = false;
        List<GridCell> open = null; // a row built one cell per line, between lone "|" lines
        SourcePosition openAt = null;
        CellPerLineRows cpl = cellPerLine ? new CellPerLineRows(out) : null;
        for (int i = 0; i < raw.length; i++) {
            budget.tick();
            int lineNo = i + 1;
            String line = raw[i];
            String trimmed = Text.trim(line);
            if (trimmed.equals("|")) {
                if (open != null && !open.isEmpty()) {
                    out.add(new Line.Row(open, grid, openAt));
                }
                if (!inGrid) {
                    grid++;
                    inGrid = true;
                }
                open = new ArrayList<>();
                openAt = new SourcePosition.InText(lineNo, 1);
                continue;
            }
            if (open != null) {
                if (trimmed.endsWith("|")) {
                    open.addAll(splitPipes(line, lineNo, budget));
                    continue;
                }
                if (!open.isEmpty()) {
                    out.add(new Line.Row(open, grid, openAt));
                }
                open = null;
            }
            if (trimmed.isEmpty()) {
                inGrid = false;
                continue;
            }
            if (MD_SEPARATOR.matcher(trimmed).matches()) {
                continue;
            }
            if (trimmed.indexOf('|') >= 0) {
                List<GridCell> cells = splitPipes(line, lineNo, budget);
                if (!cells.isEmpty()) {
                    if (!inGrid) {
                        grid++;
                        inGrid = true;
                    }
                    out.add(new Line.Row(cells, grid, new SourcePosition.InText(lineNo, 1)));
                    continue;
                }
            }
            inGrid = false;
            Matcher spaced = trimmed.length() <= MAX_SPACED_ROW && endsLikeAValue(trimmed)
                    ? SPACED_ROW.matcher(trimmed) : null;
            if (spaced != null && spaced.matches() && !PROSE.matcher(spaced.group("label")).find()) {
                grid++;
                List<GridCell> cells = spacedCells(line, lineNo, spaced);
                budget.cells(cells.size());
                out.add(new Line.Row(cells, grid, new SourcePosition.InText(lineNo, 1)));
                continue;
            }
            String para = HEADING_MARK.matcher(trimmed).replaceFirst("");
            int column = line.indexOf(para.isEmpty() ? trimmed : para.substring(0, 1)) + 1;
            SourcePosition pos = new SourcePosition.InText(lineNo, Math.max(column, 1));
            if (cpl != null) {
                if (VALUE_LINE.matcher(trimmed).matches()) {
                    budget.cells(1);
                    cpl.value(GridCell.of(trimmed, pos));
                    continue;
                }
                cpl.label(GridCell.of(Text.collapse(para), pos));
            }
            out.add(new Line.Paragraph(Text.collapse(para), pos));
        }
        if (open != null && !open.isEmpty()) {
            out.add(new Line.Row(open, grid, openAt));
        }
        if (cpl != null) {
            cpl.finish();
        }
        return new Layout(out, "");
    }

    /** A cheap test before the row pattern: a row of values ends in a digit, a slash or a dash. */
    private static boolean endsLikeAValue(String line) {
        char c = line.charAt(line.length() - 1);
        return Character.isDigit(c) || c == '/' || c == '—' || c == '／';
    }

    /**
     * Cell-per-line when the text has no pipe rows but many lines holding a lone value: tables exported
     * with every cell on its own line.
     */
    private static boolean isCellPerLine(String[] lines) {
        int pipes = 0;
        int values = 0;
        for (String line : lines) {
            String t = Text.trim(line);
            if (t.indexOf('|') >= 0) {
                pipes++;
            } else if (VALUE_LINE.matcher(t).matches()) {
                values++;
            }
        }
        return values >= 10 && pipes < 3;
    }

    /** Splits a pipe-delimited line; a leading or trailing empty cell is the pipe's own edge, not a cell. */
    static List<GridCell> splitPipes(String line, int lineNo) {
        return splitPipes(line, lineNo, Budget.unlimited());
    }

    /** Splits a pipe-delimited line, counting its cells in {@code budget} as they are made. */
    static List<GridCell> splitPipes(String line, int lineNo, Budget budget) {
        List<GridCell> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '|') {
                String cell = line.substring(start, i);
                int lead = 0;
                while (lead < cell.length() && Text.isSpace(cell.charAt(lead))) {
                    lead++;
                }
                budget.cells(1);
                cells.add(GridCell.of(Text.collapse(cell), new SourcePosition.InText(lineNo, start + lead + 1)));
                start = i + 1;
            }
        }
        if (!cells.isEmpty() && cells.get(0).isBlank()) {
            cells.remove(0);
        }
        if (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static List<GridCell> spacedCells(String line, int lineNo, Matcher m) {
        List<GridCell> cells = new ArrayList<>();
        int labelStart = line.indexOf(m.group("label"));
        cells.add(GridCell.of(Text.collapse(m.group("label")), new SourcePosition.InText(lineNo, labelStart + 1)));
        String values = m.group("values");
        int base = line.lastIndexOf(values);
        Matcher token = VALUE_SPLIT.matcher(values);
        while (token.find()) {
            cells.add(GridCell.of(token.group(), new SourcePosition.InText(lineNo, base + token.start() + 1)));
        }
        return cells;
    }

    /** Builds rows from cell-per-line text: the label lines since the last value, then the values. */
    private static final class CellPerLineRows {
        private static final int MAX_LABELS = 4;
        private final List<Line> out;
        private final List<GridCell> labels = new ArrayList<>();
        private final List<GridCell> values = new ArrayList<>();
        private int grid = 10_000;

        CellPerLineRows(List<Line> out) {
            this.out = out;
        }

        void label(GridCell cell) {
            if (!values.isEmpty()) {
                flush();
            }
            labels.add(cell);
            if (labels.size() > MAX_LABELS) {
                labels.remove(0);
            }
        }

        void value(GridCell cell) {
            values.add(cell);
        }

        void finish() {
            if (!values.isEmpty()) {
                flush();
            }
        }

        private void flush() {
            List<GridCell> cells = new ArrayList<>(labels);
            cells.addAll(values);
            SourcePosition at = cells.get(0).position();
            out.add(new Line.Row(cells, ++grid, at));
            labels.clear();
            values.clear();
        }
    }
}
