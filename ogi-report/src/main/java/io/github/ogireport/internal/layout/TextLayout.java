package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.io.LineIndex;
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
    /** A value on a line of its own: a number (signed, 增/减, with a unit), or a mark; {@code --253} too. */
    private static final Pattern VALUE_LINE = Pattern.compile(
            "^[+\\-＋－]{0,2}+(?:增|减)?+\\s*+[0-9０-９][0-9０-９,，]*+(?:[.．][0-9０-９]++)?+\\s*+"
                    + "(?:件|个|项|条|次|元|万元|万|%)?$|^(?:/|／|\\\\|—{1,2}|-{1,2}|－|―|无|不适用|N/A|n/a|NA)$");
    /** A number followed by a note in brackets, {@code 1（已撤回）}: a value. */
    private static final Pattern ANNOTATED_VALUE = Pattern.compile("^[0-9０-９][0-9０-９,.]*+\\s*+[（(].*");
    /**
     * A row label with its values run together, no separator at all ({@code 规章000}): a label without digits
     * ending in a Han character or a bracket, then digits only.
     */
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "^(?<label>[^0-9０-９\\s|。，,:：;；]{0,40}[\\p{IsHan})）])(?<digits>[0-9０-９]{1,30}+)$");
    private static final int MAX_RUN_TOGETHER = 80;
    /** Lines longer than this are prose, never one cell of a table given cell by cell. */
    private static final int MAX_STREAM_CELL = 80;
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
        return parse(text.toCharArray(), text.length(), LineIndex.of(text), budget);
    }

    /**
     * Lays out the text of the first {@code length} characters of {@code chars}, whose lines {@code lines} gives,
     * within {@code budget}. The array is only read: the decoder's own characters, laid out where they are (a line
     * of a table is read in place, only its cells become strings).
     */
    public static Layout parse(char[] chars, int length, LineIndex lines, Budget budget) {
        Page page = new Page(chars, length, lines);
        int count = page.count;
        Kind[] kinds = new Kind[count];
        for (int i = 0; i < count; i++) {
            budget.tick();
            kinds[i] = page.kind(i);
        }
        boolean cellPerLine = isCellPerLine(page, kinds);
        List<Line> out = new ArrayList<>();
        RowBuilder rows = new RowBuilder(out);
        boolean prevEndsPipe = false;
        for (int i = 0; i < count; i++) {
            budget.tick();
            int lineNo = i + 1;
            if (kinds[i] == Kind.ROW_LINE) {
                // read in place: no string of the line, nor of its trimmed text
                List<GridCell> cells = splitPipes(page.chars, page.start[i], page.end[i], lineNo, budget);
                boolean valueFirst = valueFirst(cells); // blank cells do not count: the same after one is added
                if (prevEndsPipe && page.chars[page.from[i]] == '|' && valueFirst) {
                    // after a line ending in a pipe, a leading pipe may end a blank cell or be the row's edge
                    cells.add(0, GridCell.of("", new SourcePosition.InText(lineNo, 1)).placed(LayoutPlacement.EDGE_OR_BLANK));
                }
                rows.rowLine(cells, valueFirst);
                prevEndsPipe = page.chars[page.to[i] - 1] == '|';
                continue;
            }
            String line = kinds[i] == Kind.BLANK || kinds[i] == Kind.SEPARATOR ? "" : page.line(i);
            String trimmed = kinds[i] == Kind.BLANK || kinds[i] == Kind.SEPARATOR ? "" : page.trimmed(i);
            switch (kinds[i]) {
                case BLANK:
                    prevEndsPipe = false;
                    rows.gridBreak();
                    continue;
                case SEPARATOR:
                    continue;
                case CELL_LINE:
                    if (trimmed.equals("|") && !blankPipes(page, i, -1) && !blankPipes(page, i, 1)
                            && (nearest(kinds, i, -1) == Kind.CELL_LINE || nearest(kinds, i, 1) == Kind.CELL_LINE)) {
                        // one lone pipe between cells holding something: after a value, a blank cell; between a label
                        // and a value, a blank or the start of the values (domain-spec §10.9); else it starts a row.
                        // A run of them is the blank cells of one row broken onto lines of their own.
                        SourcePosition at = new SourcePosition.InText(lineNo, line.indexOf('|') + 1);
                        if (!prevEndsPipe) {
                            rows.flush(); // after a line of its own: the pipe starts a row
                        } else if (rows.lastIsValue()) {
                            rows.cell(GridCell.of("", at), false, true);
                            prevEndsPipe = true;
                        } else {
                            // after a label: a blank (a row's only cell left empty) or the row's edge
                            rows.cell(GridCell.of("", at).placed(LayoutPlacement.EDGE_OR_BLANK), false, true);
                            prevEndsPipe = true;
                            if (!nextIsValue(page, kinds, i)) {
                                rows.flush();
                                prevEndsPipe = false;
                            }
                        }
                        continue;
                    }
                    for (GridCell c : cellLine(line, trimmed, lineNo, prevEndsPipe, budget)) {
                        rows.cell(c, !c.isBlank() && !c.isValueToken(), true);
                    }
                    prevEndsPipe = trimmed.endsWith("|");
                    if (trimmed.length() >= 2 && blankPipes(page, i - 1, 1)) {
                        rows.flush(); // a filler line (||, |||): the empty cells that end a row
                    }
                    continue;
                default:
                    break;
            }
            prevEndsPipe = false;
            String para = trimmed.startsWith("#") ? HEADING_MARK.matcher(trimmed).replaceFirst("") : trimmed;
            int column = line.indexOf(para.isEmpty() ? trimmed : para.substring(0, 1)) + 1;
            SourcePosition pos = new SourcePosition.InText(lineNo, Math.max(column, 1));
            boolean streamCell = trimmed.length() <= MAX_STREAM_CELL
                    && (cellPerLine || streamNeighbour(page, kinds, i));
            if (streamCell && isValueToken(trimmed)) {
                budget.cells(1);
                rows.cell(GridCell.of(trimmed, pos), false, false);
                continue;
            }
            Matcher run = trimmed.length() <= MAX_RUN_TOGETHER && endsInDigit(trimmed) ? RUN_TOGETHER.matcher(trimmed)
                    : null;
            if (run != null && run.matches()) {
                rows.flush();
                budget.cells(2);
                String label = run.group("label");
                rows.emit(List.of(GridCell.of(label, pos),
                        GridCell.of(run.group("digits"),
                                new SourcePosition.InText(lineNo, line.indexOf(label) + label.length() + 1))
                                .placed(LayoutPlacement.RUN_TOGETHER)));
                continue;
            }
            Matcher spaced = !streamCell && trimmed.length() <= MAX_SPACED_ROW && endsLikeAValue(trimmed)
                    ? SPACED_ROW.matcher(trimmed) : null;
            if (spaced != null && spaced.matches() && !PROSE.matcher(spaced.group("label")).find()) {
                rows.flush();
                List<GridCell> cells = spacedCells(line, lineNo, spaced);
                budget.cells(cells.size());
                rows.emit(cells);
                continue;
            }
            if (streamCell) {
                // a label of a table given cell by cell: a row's label, a header or a caption; also a paragraph,
                // since a heading of the report can stand between two tables
                rows.cell(GridCell.of(collapsed(page, i, para, trimmed), pos), true, false);
            } else {
                rows.flush();
                rows.gridBreak();
            }
            out.add(new Line.Paragraph(collapsed(page, i, para, trimmed), pos));
        }
        rows.flush();
        return new Layout(out, "");
    }

    /**
     * {@link Text#collapse} of {@code para}, the text of line {@code i}: the text itself, not looked at again, when
     * it is the line's trimmed text and the decoder found no white space in the line.
     */
    private static String collapsed(Page page, int i, String para, String trimmed) {
        return para == trimmed && !page.space[i] ? para : Text.collapse(para);
    }

    /** The lines of {@code text}, split at CR LF, CR or LF (an empty last line kept, as split(…, -1) does). */
    static String[] lines(String text) {
        Page page = new Page(text.toCharArray(), text.length(), LineIndex.of(text));
        String[] lines = new String[page.count];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = page.line(i);
        }
        return lines;
    }

    /**
     * A text split into lines, read in place: where each line starts and ends (without its line break) and where
     * its text trimmed of white space starts and ends; the strings of a line and of its trimmed text made when
     * first asked for. A full-width pipe is a pipe: same length, so columns stay right (the characters are copied
     * to say so, when the text holds one).
     */
    private static final class Page {
        final char[] chars;
        final int count;
        final int[] start;
        final int[] end;
        final int[] from;
        final int[] to;
        /** True for a line holding a pipe. */
        private final boolean[] pipe;
        /** False for a line holding no white space at all. */
        final boolean[] space;
        private final String[] lines;
        private final String[] trims;

        Page(char[] text, int length, LineIndex index) {
            char[] c = text;
            if (index.hasFullWidthPipe()) {
                c = java.util.Arrays.copyOf(text, length); // the caller's characters are only read
                for (int i = 0; i < length; i++) {
                    if (c[i] == '｜') {
                        c[i] = '|';
                    }
                }
            }
            int n = index.count();
            chars = c;
            count = n;
            start = new int[n];
            end = new int[n];
            pipe = new boolean[n];
            space = new boolean[n];
            for (int k = 0; k < n; k++) {
                start[k] = index.start(k);
                end[k] = index.end(k);
                pipe[k] = index.pipe(k);
                space[k] = index.space(k);
            }
            from = new int[n];
            to = new int[n];
            for (int k = 0; k < n; k++) {
                int f = start[k];
                int t = end[k];
                while (f < t && Text.isSpace(c[f])) {
                    f++;
                }
                while (t > f && Text.isSpace(c[t - 1])) {
                    t--;
                }
                from[k] = f;
                to[k] = t;
            }
            lines = new String[n];
            trims = new String[n];
        }

        /** Line {@code i}, without its line break. */
        String line(int i) {
            String s = lines[i];
            if (s == null) {
                s = new String(chars, start[i], end[i] - start[i]);
                lines[i] = s;
            }
            return s;
        }

        /** Line {@code i} trimmed of white space of any width ({@link Text#trim} of {@link #line}). */
        String trimmed(int i) {
            String s = trims[i];
            if (s == null) {
                s = from[i] == start[i] && to[i] == end[i] ? line(i)
                        : lines[i] != null ? lines[i].substring(from[i] - start[i], to[i] - start[i])
                        : new String(chars, from[i], to[i] - from[i]);
                trims[i] = s;
            }
            return s;
        }

        /** True when line {@code i} is blank. */
        boolean blank(int i) {
            return from[i] == to[i];
        }

        /** The kind of line {@code i}. */
        Kind kind(int i) {
            int f = from[i];
            int t = to[i];
            if (f == t) {
                return Kind.BLANK;
            }
            if (!pipe[i]) {
                return Kind.PLAIN;
            }
            // a separator holds nothing but what MD_SEPARATOR reads: most lines are told at their first character
            boolean separatorCharacters = true;
            for (int k = f; k < t && separatorCharacters; k++) {
                char c = chars[k];
                separatorCharacters = c == '-' || c == '|' || c == ':' || c == ' ' || c >= '\t' && c <= '\r';
            }
            for (int k = f; separatorCharacters && k + 1 < t; k++) {
                if (chars[k] == '-' && chars[k + 1] == '-') {
                    if (MD_SEPARATOR.matcher(trimmed(i)).matches()) {
                        return Kind.SEPARATOR;
                    }
                    break;
                }
            }
            // two cells holding something: one pass, each cell's first character other than space counts it
            int filled = 0;
            boolean content = false;
            for (int k = f; k < t; k++) {
                char c = chars[k];
                if (c == '|') {
                    content = false;
                } else if (!content && !Text.isSpace(c)) {
                    content = true;
                    if (++filled >= 2) {
                        return Kind.ROW_LINE;
                    }
                }
            }
            return Kind.CELL_LINE;
        }
    }

    /** What a line is, before reading it. */
    private enum Kind {
        BLANK, SEPARATOR,
        /** Pipes between two or more cells that hold something: a row on its own line. */
        ROW_LINE,
        /** Pipes around at most one cell that holds something: a piece of a table written cell by cell. */
        CELL_LINE,
        /** No pipe. */
        PLAIN
    }

    /** True when the first cell holding something is a value. */
    private static boolean valueFirst(List<GridCell> cells) {
        for (GridCell c : cells) {
            if (!c.isBlank()) {
                return c.isValueToken();
            }
        }
        return false;
    }

    /** True when the next non-blank line starts with a value. */
    private static boolean nextIsValue(Page page, Kind[] kinds, int i) {
        for (int j = i + 1; j < page.count; j++) {
            if (kinds[j] == Kind.BLANK) {
                continue;
            }
            String t = page.trimmed(j);
            int bar = t.indexOf('|');
            return isValueToken(bar < 0 ? t : t.substring(0, bar));
        }
        return false;
    }

    /** The kind of the nearest non-blank line in direction {@code step}, or BLANK at the edge of the text. */
    private static Kind nearest(Kind[] kinds, int i, int step) {
        for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
            if (kinds[j] != Kind.BLANK) {
                return kinds[j];
            }
        }
        return Kind.BLANK;
    }

    /** True when the nearest non-blank line in direction {@code step} holds nothing but pipes. */
    private static boolean blankPipes(Page page, int i, int step) {
        for (int j = i + step; j >= 0 && j < page.count; j += step) {
            if (page.blank(j)) {
                continue;
            }
            for (int k = page.from[j]; k < page.to[j]; k++) {
                char c = page.chars[k];
                if (c != '|' && c != '｜' && !Text.isSpace(c)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A line without pipes between cells of a table written cell by cell with lone {@code |} lines between them:
     * the nearest line before or after it starts with a pipe; a value next to any line of such a table. A sentence
     * is never a cell.
     */
    private static boolean streamNeighbour(Page page, Kind[] kinds, int i) {
        String own = page.trimmed(i);
        if (own.indexOf('。') >= 0) {
            return false;
        }
        boolean value = isValueToken(own);
        for (int step = -1; step <= 1; step += 2) {
            for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
                if (kinds[j] == Kind.BLANK) {
                    continue;
                }
                if (kinds[j] == Kind.CELL_LINE && (value || page.chars[page.from[j]] == '|')) {
                    return true;
                }
                break;
            }
        }
        return false;
    }

    /**
     * The cells of a line holding at most one filled cell. Each pipe ends a cell, so {@code |} after a line that
     * ended in a pipe is one blank cell; a line's first pipe is only its left edge when the line before did not
     * end in a pipe (a cell on a line of its own, then a lone {@code |} between cells).
     */
    private static List<GridCell> cellLine(String line, String trimmed, int lineNo, boolean prevEndsPipe,
            Budget budget) {
        List<GridCell> cells = new ArrayList<>();
        int start = 0;
        boolean leftEdge = trimmed.startsWith("|") && !prevEndsPipe;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '|') {
                String cell = line.substring(start, i);
                boolean last = i == line.length();
                boolean first = cells.isEmpty() && Text.isBlank(line.substring(0, start));
                if (last && Text.isBlank(cell) && trimmed.endsWith("|")) {
                    break; // after the last pipe: not a cell
                }
                if (first && leftEdge && Text.isBlank(cell) && !last) {
                    leftEdge = false;
                    start = i + 1;
                    continue;
                }
                int lead = 0;
                while (lead < cell.length() && Text.isSpace(cell.charAt(lead))) {
                    lead++;
                }
                budget.cells(1);
                cells.add(GridCell.of(Text.collapse(cell), new SourcePosition.InText(lineNo, start + lead + 1)));
                start = i + 1;
            }
        }
        return cells;
    }

    /** True when a cell's text reads as a value (a number, a signed change, a mark); blank is not a token. */
    static boolean isValueToken(String text) {
        String t = Text.trim(text);
        return !t.isEmpty() && (isValueLine(t) || isAnnotatedNumber(t));
    }

    /** True when trimmed text is a number followed by a note in brackets, {@code 1（已撤回）}. */
    static boolean isAnnotatedNumber(String t) {
        if (t.isEmpty() || !isDigit(t.charAt(0))) {
            return false;
        }
        // what ANNOTATED_VALUE reads, up to the bracket: digits, commas and points, then white space
        int i = 1;
        while (i < t.length() && (isDigit(t.charAt(i)) || t.charAt(i) == ',' || t.charAt(i) == '.')) {
            i++;
        }
        while (i < t.length() && " \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i < t.length() && (t.charAt(i) == '（' || t.charAt(i) == '(') && ANNOTATED_VALUE.matcher(t).matches();
    }

    /** {@link #VALUE_LINE} on trimmed text, with the answer for most lines found from their characters. */
    private static boolean isValueLine(String t) {
        if (t.isEmpty() || !mayStartValue(t.charAt(0))) {
            return false; // a label, a sentence: neither pattern can start with this character
        }
        if (CellParser.plainDigits(t) > 0) {
            return true;
        }
        for (int i = 1; i < t.length(); i++) {
            if (!mayBeInValue(t.charAt(i))) {
                return false; // a label starting with a digit (1.属于国家秘密): a character no value line holds
            }
        }
        return VALUE_LINE.matcher(t).matches();
    }

    /** True for a character {@link #VALUE_LINE} can match anywhere: every other one rules it out. */
    private static boolean mayBeInValue(char c) {
        if (isDigit(c) || mayStartValue(c)) {
            return true;
        }
        switch (c) {
            case ' ': case '\t': case '\n': case '\u000B': case '\f': case '\r':
            case ',': case '，': case '.': case '．': case '件': case '个': case '项': case '条': case '次': case '元':
            case '万': case '%': case '适': case '用': case 'A': case 'a':
                return true;
            default:
                return false;
        }
    }

    /** True for a character a value or a not-applicable mark can start with (see {@link #VALUE_LINE}). */
    static boolean mayStartValue(char c) {
        if (isDigit(c)) {
            return true;
        }
        switch (c) {
            case '+': case '-': case '＋': case '－': case '增': case '减': case '/': case '／': case '\\':
            case '—': case '―': case '无': case '不': case 'N': case 'n':
                return true;
            default:
                return false;
        }
    }

    private static boolean endsInDigit(String line) {
        return isDigit(line.charAt(line.length() - 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** A cheap test before the row pattern: a row of values ends in a digit, a slash or a dash. */
    private static boolean endsLikeAValue(String line) {
        char c = line.charAt(line.length() - 1);
        return Character.isDigit(c) || c == '/' || c == '—' || c == '／';
    }

    /**
     * Cell-per-line when many lines hold a lone value and no more lines hold pipes: tables exported with every
     * cell on its own line (a page-metadata table of a few pipe rows in front does not change that).
     */
    private static boolean isCellPerLine(Page page, Kind[] kinds) {
        int pipes = 0;
        int values = 0;
        for (int i = 0; i < page.count; i++) {
            if (kinds[i] == Kind.ROW_LINE || kinds[i] == Kind.CELL_LINE) {
                pipes++;
            } else if (kinds[i] == Kind.PLAIN && mayStartValue(page.chars[page.from[i]])
                    && isValueLine(page.trimmed(i))) {
                values++;
            }
        }
        return values >= 10 && (pipes < 3 || values >= pipes);
    }

    /** Splits a pipe-delimited line; a leading or trailing empty cell is the pipe's own edge, not a cell. */
    static List<GridCell> splitPipes(String line, int lineNo) {
        return splitPipes(line, lineNo, Budget.unlimited());
    }

    /**
     * Splits a pipe-delimited line, counting its cells in {@code budget} as they are made. The list is new and
     * mutable, for the caller to add to.
     */
    static List<GridCell> splitPipes(String line, int lineNo, Budget budget) {
        return splitPipes(line.toCharArray(), 0, line.length(), lineNo, budget);
    }

    /** {@link #splitPipes(String, int, Budget)} of the line standing from {@code lineStart} to {@code n} in {@code line}. */
    private static List<GridCell> splitPipes(char[] line, int lineStart, int n, int lineNo, Budget budget) {
        List<GridCell> cells = new ArrayList<>(16); // a row of T2 or T3 without growing
        int start = lineStart;
        boolean blankFirst = false;
        while (start <= n) {
            int end = start;
            while (end < n && line[end] != '|') {
                end++;
            }
            int from = start;
            int to = end;
            while (from < to && Text.isSpace(line[from])) {
                from++;
            }
            while (to > from && Text.isSpace(line[to - 1])) {
                to--;
            }
            budget.cells(1);
            if (cells.isEmpty() && from == to && !blankFirst) {
                blankFirst = true; // a leading empty cell is the pipe's own edge, not a cell
            } else {
                // the cell's text trimmed before it is collapsed: one copy, not two; what the layout saw of its
                // characters (blank, plain digits) goes with it, not worked out again
                SourcePosition at = new SourcePosition.InText(lineNo, from - lineStart + 1);
                if (from == to) {
                    cells.add(GridCell.known("", at, GridCell.BLANK_FACTS, ""));
                } else if (to - from <= 18 && digitsOnly(line, from, to)) {
                    String digits = to - from == 1 ? ONE_CHARACTER[line[from]] : new String(line, from, to - from);
                    cells.add(GridCell.known(digits, at, GridCell.DIGITS_FACTS, digits));
                } else {
                    // not blank; most labels are told from values by their first characters, said here once; a
                    // label of characters the key keeps as they are is its own key (no space in it to collapse)
                    int facts = GridCell.factsOf(line, from, to);
                    if (Text.keptAsIs(line, from, to)) {
                        String text = to - from == 1 && line[from] < 128 ? ONE_CHARACTER[line[from]]
                                : new String(line, from, to - from);
                        cells.add(GridCell.known(text, at, facts, text));
                    } else {
                        cells.add(GridCell.known(cellText(line, from, to), at, facts, null));
                    }
                }
            }
            start = end + 1;
        }
        if (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
            cells.remove(cells.size() - 1); // so is a trailing one
        }
        return cells;
    }

    private static boolean digitsOnly(char[] line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line[i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Digits and marks of one character, the most common cells, shared rather than copied out of each line. */
    private static final String[] ONE_CHARACTER = new String[128];

    static {
        for (char c = '!'; c < 127; c++) {
            ONE_CHARACTER[c] = String.valueOf(c);
        }
    }

    /**
     * The text of a cell standing trimmed from {@code from} to {@code to} in {@code line}, white space collapsed:
     * the characters looked at once to tell whether there is anything to collapse.
     */
    private static String cellText(char[] line, int from, int to) {
        if (to - from == 1) {
            char c = line[from];
            if (c < 128 && ONE_CHARACTER[c] != null) {
                return ONE_CHARACTER[c];
            }
        }
        for (int i = from; i < to; i++) {
            char c = line[i];
            if (Text.isSpace(c) && (c != ' ' || line[i - 1] == ' ')) {
                return Text.collapse(new String(line, from, to - from)); // a space to collapse (never at the ends)
            }
        }
        return new String(line, from, to - from);
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

    /**
     * Builds rows from a stream of cells, whatever separated them: a label after a value starts a row, the
     * labels since the last value (a caption, header words, group labels) stay in front of the row's own label,
     * and values follow until the next label. Rows on a line of their own start a row too; their values may go
     * on over the lines after them (blank cells broken onto lines of their own).
     */
    private static final class RowBuilder {
        private static final int MAX_LABELS = 4;
        private final List<Line> out;
        private final List<GridCell> labels = new ArrayList<>();
        private final List<GridCell> values = new ArrayList<>();
        private boolean filled;
        /** True when the row so far came from pipes, so that a row of labels alone is kept (a header). */
        private boolean piped;
        /** True when the row so far is one label on a line of its own: values on the next line join it. */
        private boolean labelAlone;
        /** True while cells on the following lines continue a row that had a line of its own. */
        private boolean continued;
        private int grid;
        private boolean lastWasRow;

        RowBuilder(List<Line> out) {
            this.out = out;
        }

        void cell(GridCell c, boolean label, boolean pipe) {
            if (label) {
                if (!values.isEmpty() || continued) {
                    flush();
                }
                start();
                labels.add(c);
                if (labels.size() > MAX_LABELS) {
                    labels.remove(0);
                }
                labelAlone = pipe;
            } else {
                start();
                values.add(continued ? c.placed(LayoutPlacement.JOINED_LINES) : c);
                filled |= !c.isBlank();
                labelAlone = false;
            }
            piped |= pipe;
        }

        void rowLine(List<GridCell> cells, boolean valueFirst) {
            // a row's label (with its group label) on a line of its own, ending in a pipe; not a header of columns
            if (valueFirst && !labels.isEmpty() && values.isEmpty() && (labelAlone || labels.size() <= 2)) {
                // 规章 | on its line, 0 | 0 | 0 | on the next
                for (GridCell c : cells) {
                    values.add(c.placed(LayoutPlacement.JOINED_LINES));
                }
                filled = true;
            } else {
                flush();
                start();
                for (GridCell c : cells) {
                    if (values.isEmpty() && !c.isValueToken() && !c.isBlank()) {
                        labels.add(c);
                    } else {
                        values.add(c);
                        filled |= !c.isBlank();
                    }
                }
            }
            piped = true;
            labelAlone = false;
            continued = true;
        }

        /** True when the last cell given was a value (blank or not), not a label. */
        boolean lastIsValue() {
            return !values.isEmpty();
        }

        /** A blank line: rows after it belong to another grid. */
        void gridBreak() {
            lastWasRow = false;
        }

        /** Emits a row made elsewhere (a spaced row, cells run together), the pending one first. */
        void emit(List<GridCell> cells) {
            flush();
            start();
            add(cells);
        }

        /** Gives a row that starts now its grid: the last one, unless a blank line or a paragraph came between. */
        private void start() {
            if (labels.isEmpty() && values.isEmpty()) {
                if (!lastWasRow) {
                    grid++;
                }
                lastWasRow = true;
            }
        }

        void flush() {
            if (filled || !values.isEmpty() && !labels.isEmpty() || piped && !labels.isEmpty()) {
                GridCell[] cells = new GridCell[labels.size() + values.size()];
                for (int i = 0; i < labels.size(); i++) {
                    cells[i] = labels.get(i);
                }
                for (int i = 0; i < values.size(); i++) {
                    cells[labels.size() + i] = values.get(i);
                }
                add(ArrayView.of(cells)); // read-only already: the row keeps it without another copy
            }
            labels.clear();
            values.clear();
            filled = false;
            piped = false;
            labelAlone = false;
            continued = false;
        }

        private void add(List<GridCell> cells) {
            out.add(new Line.Row(cells, grid, cells.get(0).position()));
        }
    }
}
