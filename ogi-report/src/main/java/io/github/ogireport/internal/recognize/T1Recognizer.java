package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises T1 (主动公开): rows by their exact label (ordinals stripped), columns by the header text of
 * the block they stand in (信息内容 | 本年制发件数 | …), in either format's vocabulary (domain-spec §4).
 * The vocabulary also gives the format (§2.2). Not API.
 */
final class T1Recognizer {
    private static final Map<String, T1Row> LABELS = Map.of(
            "规章", T1Row.REG,
            "行政规范性文件", T1Row.NORM,
            "规范性文件", T1Row.NORM,
            "行政许可", T1Row.LICENSE,
            "其他对外管理服务事项", T1Row.OTHER_SERVICE,
            "行政处罚", T1Row.PENALTY,
            "行政强制", T1Row.COERCION,
            "行政事业性收费", T1Row.FEE,
            "政府集中采购", T1Row.PROCUREMENT);
    /** Header words and their columns, in the order they are tried at each position (longer first). */
    private static final List<Map.Entry<String, T1Column>> HEADER_WORDS = List.of(
            Map.entry("本年制发", T1Column.ISSUED), Map.entry("本年废止", T1Column.REPEALED),
            Map.entry("现行有效", T1Column.VALID), Map.entry("处理决定", T1Column.DECISIONS),
            Map.entry("收费金额", T1Column.AMOUNT), Map.entry("采购总金额", T1Column.AMOUNT),
            Map.entry("新制作", T1Column.NEW_MADE), Map.entry("新公开", T1Column.NEW_PUBLISHED),
            Map.entry("公开总数", T1Column.TOTAL), Map.entry("对外公开总", T1Column.TOTAL),
            Map.entry("上一年项目", T1Column.PREV_ITEMS), Map.entry("上年项目", T1Column.PREV_ITEMS),
            Map.entry("增/减", T1Column.CHANGE), Map.entry("增减", T1Column.CHANGE),
            Map.entry("采购项目数", T1Column.ITEMS));
    /** {@link #HEADER_WORDS} in one trie, word {@code i} being entry {@code i}. */
    private static final Vocabulary HEADER_TRIE = headerTrie();
    private static final Set<T1Column> F2021_WORDS = EnumSet.of(T1Column.ISSUED, T1Column.REPEALED, T1Column.VALID);
    private static final Set<T1Column> F2019_WORDS = EnumSet.of(T1Column.NEW_MADE, T1Column.NEW_PUBLISHED,
            T1Column.TOTAL, T1Column.PREV_ITEMS, T1Column.CHANGE, T1Column.ITEMS);

    /** A unit in brackets after an amount header: 采购总金额(万元,保留四位小数), 本年收费金额(单位:万元). */
    private static final Pattern DECLARED_UNIT = Pattern.compile("(?:金额|总额)[(（](?:单位[:：])?(万元|元)");

    /** Header lines in text are short (信息内容本年处理决定数量, a caption); prose is not read for them. */
    private static final int MAX_HEADER_TEXT = 120;
    /** The longest line key scanned for header words: far past any header, short of a hostile megabyte line. */
    private static final int MAX_HEADER_SCAN = 4_000;

    private T1Recognizer() {
    }

    static T1Row match(RowView v) {
        return match(v.labels());
    }

    /** The row named by the innermost label cell that names one (a text value may follow the label). */
    static T1Row match(List<GridCell> labels) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            String key = withoutOrdinal(labels.get(i).key());
            T1Row row = LABELS.get(key);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /**
     * Finds T1 among lines before {@code until} (the start of T2, or the end of the document).
     */
    static Found recognize(List<Line> lines, List<RowView> rows, int until, Problems problems) {
        Map<T1Row, TableRow> found = new EnumMap<>(T1Row.class);
        Set<T1Column> vocabulary = EnumSet.noneOf(T1Column.class);
        boolean fee2021 = false;
        int first = -1;
        int last = -1;
        List<T1Column> header = null;
        int headerAt = -1;
        String amountUnit = "";
        int ri = 0;
        Set<T1Row> inRows = EnumSet.noneOf(T1Row.class);
        T1Row[] rowNames = new T1Row[rows.size()]; // each row's label matched once
        for (int k = 0; k < rows.size(); k++) {
            T1Row named = rows.get(k).index() < until ? match(rows.get(k)) : null;
            rowNames[k] = named;
            if (named != null) {
                inRows.add(named);
            }
        }
        for (int i = 0; i < lines.size() && i < until; i++) {
            Line line = lines.get(i);
            if (line instanceof Line.Paragraph && ((Line.Paragraph) line).text().length() > MAX_HEADER_TEXT) {
                continue; // narrative: neither a header nor a row (saves normalising every paragraph)
            }
            boolean isRow = line instanceof Line.Row;
            RowView v = null;
            if (isRow) {
                while (ri < rows.size() && rows.get(ri).index() < i) {
                    ri++;
                }
                v = ri < rows.size() && rows.get(ri).index() == i ? rows.get(ri) : null;
            }
            T1Row id = v == null ? null : rowNames[ri];
            // a row that names a T1 row needs its joined key for one question only, asked of its cells' keys
            String key = id == null ? keyOf(line) : null;
            if (key != null ? key.contains("第二十条") : anyKeyHolds((Line.Row) line, "第二十条")) {
                header = null; // a new block: its own header follows
            }
            T1Row bare = id == null && !isRow ? bareLabel(lines, i, inRows) : null;
            if (bare != null && !found.containsKey(bare)) {
                // a row label with nothing after it in text given cell by cell: the page's cells were empty
                List<T1Column> columns = header != null && !header.isEmpty() && i - headerAt <= 8 ? header
                        : defaults(bare, vocabulary);
                List<GridCell> blanks = new ArrayList<>();
                for (int k = 0; k < columns.size(); k++) {
                    blanks.add(Cells.absent(line.position()));
                }
                found.put(bare, Cells.row(bare, ((Line.Paragraph) line).text(), columns, blanks,
                        Cells.noUnits(columns.size()), problems));
                first = first < 0 ? i : first;
                last = i;
                continue;
            }
            if (id == null) {
                // a row holding a megabyte cell is no header: its key is not scanned for words (a run-together
                // header line of a few hundred characters still is)
                List<T1Column> words = key.length() > MAX_HEADER_SCAN ? List.of() : headerWords(key);
                if (!words.isEmpty() && (key.contains("信息内容") || isRow)) {
                    header = words;
                    headerAt = i;
                    amountUnit = amountUnit(key);
                    vocabulary.addAll(words);
                    fee2021 |= key.contains("本年收费金额");
                } else if (key.equals("信息内容")) {
                    header = new ArrayList<>(); // its column words follow one per line
                    headerAt = i;
                } else if (!words.isEmpty() && header != null && !isRow && i - headerAt <= 1
                        && key.length() <= 16) {
                    // a header given one cell per line: 信息内容 / 本年制发件数 / 本年废止件数 / …
                    header = new ArrayList<>(header);
                    for (T1Column w : words) {
                        if (!header.contains(w)) {
                            header.add(w);
                        }
                    }
                    headerAt = i;
                    if (!amountUnit(key).isEmpty()) {
                        amountUnit = amountUnit(key);
                    }
                    vocabulary.addAll(words);
                    fee2021 |= key.contains("本年收费金额");
                }
                continue;
            }
            // cell-per-line text gives the block's header words as label cells in front of the row label
            List<T1Column> own = headerWords(leadingLabelsKey(v));
            if (!own.isEmpty()) {
                header = own;
                headerAt = i;
                vocabulary.addAll(own);
                fee2021 |= leadingLabelsKey(v).contains("本年收费金额");
            }
            if (found.containsKey(id)) {
                problems.add(ParseProblem.Kind.ROW_DUPLICATE, "t1." + id.id(), "", line.position());
                continue;
            }
            if (id == T1Row.OTHER_SERVICE || id == T1Row.PROCUREMENT) {
                vocabulary.add(T1Column.PREV_ITEMS);
            }
            final T1Row named = id;
            v = v.withTextValues(3, labels -> match(labels) == named);
            List<T1Column> columns = header != null && i - headerAt <= 8 ? header : defaults(id, vocabulary);
            boolean byPosition = columns != header;
            if (v.runTogether()) {
                // 规章000: split only where the arity leaves one reading (one digit per cell)
                RowView split = v.splitRun(columns.size());
                if (split == null && defaults(id, vocabulary).size() != columns.size()) {
                    columns = defaults(id, vocabulary);
                    split = v.splitRun(columns.size());
                }
                if (split == null) {
                    problems.add(ParseProblem.Kind.CELLS_RUN_TOGETHER, "t1." + id.id(), v.values().get(0).text(),
                            v.values().get(0).position());
                    continue;
                }
                v = split;
            }
            if (id == T1Row.FEE && columns.size() == 2 && v.valueCount() == 1 && v.values().size() <= 2) {
                // a fee row printing one value: that value, then a blank (the page left the change empty)
                GridCell only = v.values().get(0);
                v = v.withValues(List.of(only, v.values().size() == 2 ? v.values().get(1)
                        : Cells.absent(only.position())));
            }
            List<GridCell> values = v.valuesFor(columns.size());
            if (values != null && values.size() != columns.size() && problems.atEnd(i)) {
                problems.stopsIn("t1." + id.id(), tail(v), line.position());
                continue; // the text stops in this row: the row is not complete
            }
            if (values == null && problems.atEnd(i) && v.values().size() > columns.size()) {
                // the text stops at the start of the next label (… 0 then 2): not a value of this row
                values = v.values().subList(0, columns.size());
                problems.stopsIn("t1", tail(v), v.values().get(v.values().size() - 1).position());
            }
            if (values == null || values.size() != columns.size()) {
                // a header that does not fit this row: try the row's default columns
                List<T1Column> fallback = defaults(id, vocabulary);
                List<GridCell> alt = v.valuesFor(fallback.size());
                if (alt != null && alt.size() == fallback.size()) {
                    columns = fallback;
                    values = alt;
                    byPosition = true;
                } else {
                    problems.add(ParseProblem.Kind.ROW_ARITY, "t1." + id.id(), String.valueOf(v.valueCount()),
                            line.position());
                    continue;
                }
            }
            List<String> units = new ArrayList<>(columns.size());
            for (T1Column c : columns) {
                boolean feeAmount = id == T1Row.FEE && c == T1Column.AMOUNT;
                boolean amount = id == T1Row.PROCUREMENT && c == T1Column.AMOUNT;
                units.add(feeAmount ? "万元" : amount ? amountUnit : "");
            }
            TableRow row = Cells.row(id, v.labelText(), columns, values, units, problems);
            // no header over the row: its values are in the format's columns by order (one value has no choice)
            found.put(id, byPosition && columns.size() > 1 ? row.placedAs(Placement.COLUMN_BY_POSITION) : row);
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        if (found.isEmpty()) {
            return null;
        }
        ReportFormat format = format(vocabulary, fee2021);
        List<TableRow> ordered = new ArrayList<>();
        for (T1Row r : T1Row.values()) {
            TableRow row = found.get(r);
            if (row != null) {
                ordered.add(row);
            } else if (expected(r, format)) {
                problems.add(ParseProblem.Kind.ROW_MISSING, "t1." + r.id(), "", lines.get(first).position());
            }
        }
        return new Found(new StatTable(TableId.T1, ordered, lines.get(first).position()), first, last, format);
    }

    private static boolean expected(T1Row r, ReportFormat format) {
        if (r == T1Row.OTHER_SERVICE || r == T1Row.PROCUREMENT) {
            return format == ReportFormat.F2019;
        }
        return true;
    }

    private static ReportFormat format(Set<T1Column> vocabulary, boolean fee2021) {
        boolean new21 = fee2021 || !Collections.disjoint(vocabulary, F2021_WORDS);
        boolean old19 = !Collections.disjoint(vocabulary, F2019_WORDS);
        if (new21 && old19) {
            return ReportFormat.MIXED;
        }
        if (old19) {
            return ReportFormat.F2019;
        }
        return new21 ? ReportFormat.F2021 : ReportFormat.UNKNOWN;
    }

    /** The columns a row has when no header says otherwise, in the format the vocabulary so far suggests. */
    private static List<T1Column> defaults(T1Row row, Set<T1Column> vocabulary) {
        boolean old = !Collections.disjoint(vocabulary, F2019_WORDS) && Collections.disjoint(vocabulary, F2021_WORDS);
        return row.columns(old);
    }

    /** The unit a header line declares for its amount column (采购总金额(万元), (单位:元)), or "". */
    static String amountUnit(String key) {
        if (key.indexOf('额') < 0) {
            return ""; // DECLARED_UNIT needs 金额 or 总额: most header lines have neither
        }
        Matcher m = DECLARED_UNIT.matcher(key);
        return m.find() ? m.group(1) : "";
    }

    /**
     * The T1 row named by paragraph {@code i} when it stands alone: text given cell by cell, the next line another
     * label, and no row of the document holding that label with values; or null.
     */
    private static T1Row bareLabel(List<Line> lines, int i, Set<T1Row> inRows) {
        Line line = lines.get(i);
        if (!(line instanceof Line.Paragraph) || i + 1 >= lines.size() || !(lines.get(i + 1) instanceof Line.Paragraph)) {
            return null;
        }
        String text = ((Line.Paragraph) line).text();
        if (text.length() > 16) {
            return null;
        }
        T1Row row = LABELS.get(withoutOrdinal(Text.key(text)));
        return row == null || inRows.contains(row) ? null : row;
    }

    /** The last text of a row, for a problem saying where the text stops. */
    static String tail(RowView v) {
        List<GridCell> cells = v.row().cells();
        return cells.isEmpty() ? "" : cells.get(cells.size() - 1).text();
    }

    /**
     * The T1 column words in a header line, in the order they appear: scanned left to right, the first word
     * of {@link #HEADER_WORDS} that starts at a position is taken and the scan goes on after it.
     */
    static List<T1Column> headerWords(String key) {
        if (HEADER_TRIE.tags(key) == 0) {
            return List.of(); // most lines: no header word anywhere, told in one pass instead of a walk at each position
        }
        List<T1Column> out = new ArrayList<>();
        int i = 0;
        while (i < key.length()) {
            long at = HEADER_TRIE.wordsAt(key, i);
            if (at == 0) {
                i++;
                continue;
            }
            Map.Entry<String, T1Column> word = HEADER_WORDS.get(Long.numberOfTrailingZeros(at)); // first in order
            if (!out.contains(word.getValue())) {
                out.add(word.getValue());
            }
            i += word.getKey().length();
        }
        return out;
    }

    private static Vocabulary headerTrie() {
        String[] words = new String[HEADER_WORDS.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = HEADER_WORDS.get(i).getKey();
        }
        return Vocabulary.of(words);
    }

    /**
     * A label key without its ordinal ((一), 1., 三、…), read from its characters: what
     * {@code ^(?:[(（]?[0-9一二三四五六七八九十]+[)）.、]|[0-9]+\.)} would remove (its second form is a case of the first).
     */
    static String withoutOrdinal(String key) {
        int n = key.length();
        int i = 0;
        if (i < n && (key.charAt(i) == '(' || key.charAt(i) == '（')) {
            i++;
        }
        int j = i;
        while (j < n && isOrdinalDigit(key.charAt(j))) {
            j++;
        }
        if (j == i || j == n) {
            return key;
        }
        char end = key.charAt(j);
        return end == ')' || end == '）' || end == '.' || end == '、' ? key.substring(j + 1) : key;
    }

    private static boolean isOrdinalDigit(char c) {
        return c >= '0' && c <= '9' || "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** The label cells before the row's own (last) label, in matching form. */
    private static String leadingLabelsKey(RowView v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.labels().size() - 1; i++) {
            b.append(v.labels().get(i).key()).append('|');
        }
        return b.toString();
    }

    /** True when {@link #keyOf} the row holds {@code word}, a word without {@code |}: one of its cells' keys does. */
    private static boolean anyKeyHolds(Line.Row row, String word) {
        String last = null;
        for (GridCell c : row.cells()) {
            if (c.colCopy() || c.text().equals(last)) {
                continue;
            }
            if (c.key().contains(word)) {
                return true;
            }
            last = c.text();
        }
        return false;
    }

    static String keyOf(Line line) {
        if (line instanceof Line.Paragraph) {
            return ((Line.Paragraph) line).key();
        }
        StringBuilder b = new StringBuilder();
        String last = null;
        for (GridCell c : ((Line.Row) line).cells()) {
            if (c.colCopy() || c.text().equals(last)) {
                continue;
            }
            b.append(c.key()).append('|');
            last = c.text();
        }
        return b.toString();
    }

    /**
     * T1 as found.
     *
     * @param table  the table
     * @param first  index of its first data row
     * @param last   index of its last data row
     * @param format the format its vocabulary says
     */
    record Found(StatTable table, int first, int last, ReportFormat format) {
    }
}
