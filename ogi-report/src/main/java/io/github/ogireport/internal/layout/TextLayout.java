package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.ArrayView;
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
        // a full-width pipe is a pipe: same length, so columns stay right
        String[] raw = lines(text.indexOf('｜') < 0 ? text : text.replace('｜', '|'));
        Kind[] kinds = new Kind[raw.length];
        String[] trims = new String[raw.length]; // each line trimmed once, for every look at it below
        for (int i = 0; i < raw.length; i++) {
            budget.tick();
            trims[i] = Text.trim(raw[i]);
            kinds[i] = kind(trims[i]);
        }
        boolean cellPerLine = isCellPerLine(trims, kinds);
        List<Line> out = new ArrayList<>();
        RowBuilder rows = new RowBuilder(out);
        boolean prevEndsPipe = false;
        for (int i = 0; i < raw.length; i++) {
            budget.tick();
            int lineNo = i + 1;
            String line = raw[i];
            String trimmed = trims[i];
            switch (kinds[i]) {
                case BLANK:
                    prevEndsPipe = false;
                    rows.gridBreak();
                    continue;
                case SEPARATOR:
                    continue;
                case ROW_LINE: {
                    List<GridCell> cells = splitPipes(line, lineNo, budget);
                    boolean valueFirst = valueFirst(cells); // blank cells do not count: the same after one is added
                    if (prevEndsPipe && trimmed.startsWith("|") && valueFirst) {
                        // after a line ending in a pipe, a leading pipe may end a blank cell or be the row's edge
                        cells.add(0, GridCell.of("", new SourcePosition.InText(lineNo, 1)).placed(LayoutPlacement.EDGE_OR_BLANK));
                    }
                    rows.rowLine(cells, valueFirst);
                    prevEndsPipe = trimmed.endsWith("|");
                    continue;
                }
                case CELL_LINE:
                    if (trimmed.equals("|") && !blankPipes(trims, i, -1) && !blankPipes(trims, i, 1)
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
                            if (!nextIsValue(trims, kinds, i)) {
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
                    if (trimmed.length() >= 2 && blankPipes(trims, i - 1, 1)) {
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
                    && (cellPerLine || streamNeighbour(trims, kinds, i));
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
                rows.cell(GridCell.of(Text.collapse(para), pos), true, false);
            } else {
                rows.flush();
                rows.gridBreak();
            }
            out.add(new Line.Paragraph(Text.collapse(para), pos));
        }
        rows.flush();
        return new Layout(out, "");
    }

    /** The lines of {@code text}, split at CR LF, CR or LF (an empty last line kept, as split(…, -1) does). */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        if (text.indexOf('\r') < 0) {
            // line feeds only, as most text has: found by the string's own search, not a look at each character
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
                lines.add(text.substring(start, i));
                start = i + 1;
            }
            lines.add(text.substring(start));
            return lines.toArray(new String[0]);
        }
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(new String[0]);
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

    /** The kind of a line, given trimmed. */
    private static Kind kind(String trimmed) {
        if (trimmed.isEmpty()) {
            return Kind.BLANK;
        }
        if (trimmed.indexOf('|') < 0 && trimmed.indexOf('｜') < 0) {
            return Kind.PLAIN; // (the text's full-width pipes are pipes by now: the second search is for other callers)
        }
        if (trimmed.contains("--") && MD_SEPARATOR.matcher(trimmed.replace('｜', '|')).matches()) {
            return Kind.SEPARATOR;
        }
        // two cells holding something: one pass, each cell's first character other than space counts it
        int filled = 0;
        boolean content = false;
        int n = trimmed.length();
        for (int i = 0; i < n; i++) {
            char c = trimmed.charAt(i);
            if (c == '|' || c == '｜') {
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
    private static boolean nextIsValue(String[] trims, Kind[] kinds, int i) {
        for (int j = i + 1; j < trims.length; j++) {
            if (kinds[j] == Kind.BLANK) {
                continue;
            }
            String t = trims[j];
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
    private static boolean blankPipes(String[] trims, int i, int step) {
        for (int j = i + step; j >= 0 && j < trims.length; j += step) {
            String t = trims[j];
            if (t.isEmpty()) {
                continue;
            }
            for (int k = 0; k < t.length(); k++) {
                if (t.charAt(k) != '|' && t.charAt(k) != '｜' && !Text.isSpace(t.charAt(k))) {
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
    private static boolean streamNeighbour(String[] trims, Kind[] kinds, int i) {
        String own = trims[i];
        if (own.indexOf('。') >= 0) {
            return false;
        }
        boolean value = isValueToken(own);
        for (int step = -1; step <= 1; step += 2) {
            for (int j = i + step; j >= 0 && j < kinds.length; j += step) {
                if (kinds[j] == Kind.BLANK) {
                    continue;
                }
                if (kinds[j] == Kind.CELL_LINE && (value || trims[j].startsWith("|"))) {
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
    private static boolean isCellPerLine(String[] trims, Kind[] kinds) {
        int pipes = 0;
        int values = 0;
        for (int i = 0; i < trims.length; i++) {
            if (kinds[i] == Kind.ROW_LINE || kinds[i] == Kind.CELL_LINE) {
                pipes++;
            } else if (kinds[i] == Kind.PLAIN && isValueLine(trims[i])) {
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
        List<GridCell> cells = new ArrayList<>();
        int n = line.length();
        int start = 0;
        boolean blankFirst = false;
        while (start <= n) {
            int bar = line.indexOf('|', start);
            int end = bar < 0 ? n : bar;
            int from = start;
            int to = end;
            while (from < to && Text.isSpace(line.charAt(from))) {
                from++;
            }
            while (to > from && Text.isSpace(line.charAt(to - 1))) {
                to--;
            }
            budget.cells(1);
            if (cells.isEmpty() && from == to && !blankFirst) {
                blankFirst = true; // a leading empty cell is the pipe's own edge, not a cell
            } else {
                // the cell's text trimmed before it is collapsed: one copy, not two; what the layout saw of its
                // characters (blank, plain digits) goes with it, not worked out again
                SourcePosition at = new SourcePosition.InText(lineNo, from + 1);
                if (from == to) {
                    cells.add(GridCell.known("", at, GridCell.BLANK_FACTS, ""));
                } else if (to - from <= 18 && digitsOnly(line, from, to)) {
                    String digits = to - from == 1 ? ONE_CHARACTER[line.charAt(from)] : line.substring(from, to);
                    cells.add(GridCell.known(digits, at, GridCell.DIGITS_FACTS, digits));
                } else {
                    // not blank; most labels are told from values by their first character, said here once
                    cells.add(GridCell.known(cellText(line, from, to), at, GridCell.factsOfFirst(line.charAt(from)),
                            null));
                }
            }
            start = end + 1;
        }
        if (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
            cells.remove(cells.size() - 1); // so is a trailing one
        }
        return cells;
    }

    private static boolean digitsOnly(String line, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
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
    private static String cellText(String line, int from, int to) {
        if (to - from == 1) {
            char c = line.charAt(from);
            if (c < 128 && ONE_CHARACTER[c] != null) {
                return ONE_CHARACTER[c];
            }
        }
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (Text.isSpace(c) && (c != ' ' || line.charAt(i - 1) == ' ')) {
                return Text.collapse(line.substring(from, to)); // a space to collapse (never at the ends: trimmed)
            }
        }
        return line.substring(from, to);
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
