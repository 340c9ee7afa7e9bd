package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises T2 (申请) among the rows of a document: rows matched by the keywords of their labels
 * (domain-spec §10.3), never by position or number; rows whose label the source lost are placed only when
 * the gap between two labelled rows holds exactly as many rows as are missing there. Not API.
 */
final class T2Recognizer {
    static final int ARITY = T2Column.values().length;
    private static final List<T2Column> COLUMNS = List.of(T2Column.values());
    private static final List<String> UNITS = Cells.noUnits(ARITY);

    /**
     * Keywords of the row labels, most specific first: a label names the first row one of whose words it
     * contains. 其他 (R6_3) and 其他处理 (R6) are whole-label forms, matched after the group label is dropped.
     */
    private static final List<Keyword> KEYWORDS = List.of(
            Keyword.anyOf(T2Row.R6_1, "逾期不补正", "不补正"),
            Keyword.anyOf(T2Row.R6_2, "收费通知", "缴纳费用", "未按收费"),
            Keyword.anyOf(T2Row.NEW, "本年新收", "新收政府信息公开申请"),
            Keyword.anyOf(T2Row.CIN, "上年结转", "上年度结转"),
            Keyword.anyOf(T2Row.COUT, "结转下年度", "下年度继续办理", "结转下一年", "转下年度"),
            Keyword.anyOf(T2Row.R3_1, "国家秘密"),
            Keyword.anyOf(T2Row.R3_2, "其他法律", "法规禁止", "行政止公开"),
            Keyword.anyOf(T2Row.R3_3, "三安全", "一稳定"),
            Keyword.anyOf(T2Row.R3_4, "第三方"),
            Keyword.anyOf(T2Row.R3_5, "三类内部", "内部事务"),
            Keyword.anyOf(T2Row.R3_6, "四类过程", "过程性"),
            Keyword.anyOf(T2Row.R3_7, "执法案卷"),
            Keyword.anyOf(T2Row.R3_8, "行政查询", "查询事项"),
            Keyword.anyOf(T2Row.R4_1, "不掌握"),
            Keyword.anyOf(T2Row.R4_2, "另行制作", "没有现成"),
            Keyword.anyOf(T2Row.R4_3, "补正后", "仍不明确"),
            Keyword.anyOf(T2Row.R5_1, "信访", "举报投诉"),
            Keyword.anyOf(T2Row.R5_4, "大量反复", "反复申请"),
            Keyword.anyOf(T2Row.R5_2, "重复申请"),
            Keyword.anyOf(T2Row.R5_3, "出版物"),
            Keyword.anyOf(T2Row.R5_5, "重新出具", "确认或重新"),
            Keyword.whole(T2Row.R6_3, "^(?:[(（]?[六6][)）、.]?)?(?:[3三][.、,，]?)其他$|^其他$"),
            Keyword.whole(T2Row.R6, "^(?:[(（]?[六6][)）、.]?)?其他处理$"),
            Keyword.anyOf(T2Row.R2, "部分公开"),
            Keyword.anyOf(T2Row.R1, "予以公开"),
            Keyword.anyOf(T2Row.R7, "总计"));
    /** Column headers that are also words of row labels: a header cell only next to other header words. */
    private static final Set<String> COLUMN_WORDS = Set.of("总计", "其他", "小计", "合计");
    /** Words of the applicant header: a row holding them is a header row, not data. */
    private static final List<String> HEADER = List.of("自然人", "法人或其他组织", "申请人情况", "商业企业", "科研机构",
            "社会公益", "法律服务", "勾稽");
    /** Tag of the applicant-header words in {@link #WORDS}. */
    private static final int HEADER_TAG = 62;
    /** Tag of 其他 in {@link #WORDS}: a whole-label form may match. */
    private static final int OTHER_TAG = 63;
    /** The words of {@link #KEYWORDS} (tagged with their entry), of {@link #HEADER} and 其他, in one trie. */
    private static final Vocabulary WORDS = words();

    /** The longest label text matched against the row keywords (the longest official label has 40). */
    static final int MAX_LABEL = 1_000;

    private T2Recognizer() {
    }

    /**
     * The row a label names, trying the innermost label cell first, then adding outer ones; or null.
     * A row whose labels hold applicant-header words is a header row, except for a leading run of header
     * cells: cell-per-line text puts the header's last words ({@code 法律服务机构}, {@code 其他}) in front of
     * the first row's label.
     */
    static T2Row match(List<GridCell> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        int n = labels.size();
        while (n > 1 && labels.get(n - 1).text().length() > MAX_LABEL) {
            n--; // no label is this long: a value cell holding text (a number past the literal cap)
        }
        if (n < labels.size()) {
            labels = labels.subList(0, n);
        }
        // each label's words found once (one pass of the trie over its key), asked of below as often as needed
        long[] tags = new long[n];
        // the innermost label alone names a row by a specific keyword: header words left in outer cells (a
        // cell-per-line export keeps the last header cells before the first row's label) do not matter
        String inner = labels.get(n - 1).key();
        tags[n - 1] = WORDS.tags(inner);
        T2Row own = hasHeaderWord(tags[n - 1]) ? null : matchKey(inner, tags[n - 1]);
        if (own != null && own != T2Row.R6 && own != T2Row.R6_3 && own != T2Row.R7) {
            return own;
        }
        for (int i = 0; i < n - 1; i++) {
            tags[i] = WORDS.tags(labels.get(i).key());
        }
        // otherwise skip a leading run of header cells, and refuse a row with header words among its labels
        int start = 0;
        boolean headerRun = false;
        while (start < n) {
            if (hasHeaderWord(tags[start])) {
                headerRun = true;
            } else if (!COLUMN_WORDS.contains(labels.get(start).key())) {
                break;
            }
            start++;
        }
        if (!headerRun) {
            start = 0;
        }
        for (int i = start; i < n; i++) {
            if (hasHeaderWord(tags[i])) {
                return null;
            }
        }
        String key = "";
        for (int i = n - 1; i >= start && i >= n - 3; i--) {
            key = i == n - 1 ? labels.get(i).key() : labels.get(i).key() + key; // the innermost alone: its own key
            T2Row row = matchKey(key, i == n - 1 ? tags[i] : WORDS.tags(key));
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /** The row {@code key} names, {@code tags} being its words in {@link #WORDS}; or null. */
    private static T2Row matchKey(String key, long tags) {
        if (key.length() > MAX_LABEL) {
            return null; // no row label is this long
        }
        // the first entry of KEYWORDS with a word anywhere in the key
        long entries = tags & ~(1L << HEADER_TAG | 1L << OTHER_TAG);
        int best = entries == 0 ? KEYWORDS.size() : Long.numberOfTrailingZeros(entries);
        String stripped = null;
        // the whole-label forms end in 其他 or 其他处理, and so does the key they read (stripGroup drops a prefix)
        boolean whole = (tags & 1L << OTHER_TAG) != 0 && (key.endsWith("其他") || key.endsWith("其他处理"));
        for (int e = 0; e < best && whole; e++) {
            Keyword k = KEYWORDS.get(e);
            if (k.whole != null) {
                if (stripped == null) {
                    stripped = stripGroup(key);
                }
                if (k.whole.matcher(stripped).matches()) {
                    return k.row;
                }
            }
        }
        return best < KEYWORDS.size() ? KEYWORDS.get(best).row : null;
    }

    private static boolean hasHeaderWord(long tags) {
        return (tags & 1L << HEADER_TAG) != 0;
    }

    private static Vocabulary words() {
        Vocabulary.Builder b = Vocabulary.builder();
        for (int e = 0; e < KEYWORDS.size(); e++) {
            b.add(e, KEYWORDS.get(e).words.toArray(new String[0]));
        }
        return b.add(HEADER_TAG, HEADER.toArray(new String[0])).add(OTHER_TAG, "其他").build();
    }

    /** Drops an outer group label such as 三、本年度办理结果 so that （六）其他处理 3.其他 reads as 3.其他. */
    private static String stripGroup(String key) {
        String k = withoutResultsGroup(key);
        int last = Math.max(k.lastIndexOf("其他处理"), -1);
        if (last > 0 && k.endsWith("其他") && !k.endsWith("其他处理")) {
            return k.substring(last + "其他处理".length());
        }
        return k;
    }

    /**
     * The key without the outer group label of T2's results in front ({@code ^三[、.]?本年度?办理结果}, read from the
     * characters: each optional part is taken when it is there, no other reading can match).
     */
    static String withoutResultsGroup(String key) {
        if (!key.startsWith("三")) {
            return key;
        }
        int i = 1;
        if (i < key.length() && (key.charAt(i) == '、' || key.charAt(i) == '.')) {
            i++;
        }
        if (!key.startsWith("本年", i)) {
            return key;
        }
        i += 2;
        if (i < key.length() && key.charAt(i) == '度') {
            i++;
        }
        return key.startsWith("办理结果", i) ? key.substring(i + "办理结果".length()) : key;
    }

    /**
     * A row's keywords: any of {@code words} found in the label, or the whole label matching {@code whole}.
     */
    private record Keyword(T2Row row, List<String> words, Pattern whole) {
        static Keyword anyOf(T2Row row, String... words) {
            return new Keyword(row, List.of(words), null);
        }

        static Keyword whole(T2Row row, String regex) {
            return new Keyword(row, List.of(), Pattern.compile(regex));
        }
    }

    /** A row that can carry T2 values: 7 value cells (trailing blanks beyond them allowed). */
    static boolean hasT2Values(RowView v) {
        return v.values().size() >= ARITY && v.valuesFor(ARITY) != null;
    }

    /**
     * Finds T2 in {@code rows}.
     *
     * @return the table and the index span it covered, or null when no labelled T2 row was found
     */
    static Found recognize(List<RowView> rows, Problems problems) {
        List<RowView> labelled = new ArrayList<>();
        List<T2Row> ids = new ArrayList<>();
        for (RowView v : rows) {
            if (v.values().isEmpty() || v.labels().isEmpty()) {
                continue;
            }
            // the row's values first: the labels are matched only for a row that could be one of T2's
            if (!(hasT2Values(v) || v.values().size() >= 3 && v.filledValues() > 0 || v.runTogether()
                    || problems.atEnd(v.index()) && v.filledValues() > 0)) {
                continue;
            }
            T2Row id = v.t2();
            if (id != null) {
                labelled.add(v);
                ids.add(id);
            }
        }
        if (labelled.isEmpty()) {
            return null;
        }
        int first = labelled.get(0).index();
        int last = labelled.get(labelled.size() - 1).index();
        // stop after 结转下年度: what follows belongs to other tables
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == T2Row.COUT) {
                last = labelled.get(i).index();
                while (labelled.size() > i + 1) {
                    labelled.remove(labelled.size() - 1);
                    ids.remove(ids.size() - 1);
                }
                break;
            }
        }
        boolean f2021Rows = ids.stream().anyMatch(r -> r == T2Row.R6_1 || r == T2Row.R6_2 || r == T2Row.R6_3)
                || !ids.contains(T2Row.R6);
        List<T2Row> sequence = new ArrayList<>();
        for (T2Row r : T2Row.values()) {
            boolean six = r == T2Row.R6;
            boolean sixSub = r == T2Row.R6_1 || r == T2Row.R6_2 || r == T2Row.R6_3;
            if ((six && f2021Rows) || (sixSub && !f2021Rows)) {
                continue;
            }
            sequence.add(r);
        }

        Map<T2Row, TableRow> found = new EnumMap<>(T2Row.class);
        T2Row previous = null;
        List<RowView> unlabelled = new ArrayList<>();
        int li = 0;
        for (RowView v : rows) {
            if (v.index() < first || v.index() > last) {
                continue;
            }
            if (li < labelled.size() && labelled.get(li) == v) {
                T2Row id = ids.get(li++);
                place(unlabelled, previous, id, sequence, found, problems);
                unlabelled.clear();
                add(id, v, v.labelText(), found, problems);
                previous = id;
            } else if (v.labels().isEmpty() && hasT2Values(v) && T3Recognizer.mostlyValues(v.valuesFor(ARITY))) {
                unlabelled.add(v);
            }
        }
        List<TableRow> ordered = new ArrayList<>();
        for (T2Row r : sequence) {
            TableRow row = found.get(r);
            if (row != null) {
                ordered.add(row);
            } else {
                problems.add(ParseProblem.Kind.ROW_MISSING, "t2." + r.id(), "", labelled.get(0).row().position());
            }
        }
        StatTable table = new StatTable(TableId.T2, ordered, labelled.get(0).row().position());
        return new Found(table, first, last);
    }

    /** Places rows that lost their labels between two labelled rows, when their count fits exactly. */
    private static void place(List<RowView> unlabelled, T2Row before, T2Row after, List<T2Row> sequence,
            Map<T2Row, TableRow> found, Problems problems) {
        if (unlabelled.isEmpty()) {
            return;
        }
        int from = before == null ? -1 : sequence.indexOf(before);
        int to = sequence.indexOf(after);
        List<T2Row> gap = new ArrayList<>();
        for (int i = from + 1; i < to && i >= 0; i++) {
            if (!found.containsKey(sequence.get(i))) {
                gap.add(sequence.get(i));
            }
        }
        if (gap.size() != unlabelled.size()) {
            for (RowView v : unlabelled) {
                problems.add(ParseProblem.Kind.ROW_UNPLACED, "t2",
                        "(" + (before == null ? "start" : before.id()) + " … " + after.id() + ")",
                        v.row().position());
            }
            return;
        }
        for (int i = 0; i < gap.size(); i++) {
            add(gap.get(i), unlabelled.get(i), "", found, problems);
            // the label was lost: the row is where counting puts it, not where a label said
            found.computeIfPresent(gap.get(i), (id, row) -> row.placedAs(Placement.ROW_BY_ORDER));
        }
    }

    private static void add(T2Row id, RowView view, String label, Map<T2Row, TableRow> found, Problems problems) {
        RowView v = view.withTextValues(ARITY, labels -> match(labels) == id);
        if (v != view) {
            label = v.labelText();
        }
        if (found.containsKey(id)) {
            problems.add(ParseProblem.Kind.ROW_DUPLICATE, "t2." + id.id(), "", v.row().position());
            return;
        }
        RowView split = v.splitRun(ARITY);
        if (split == null) {
            problems.add(ParseProblem.Kind.CELLS_RUN_TOGETHER, "t2." + id.id(), v.values().get(0).text(),
                    v.values().get(0).position());
            return;
        }
        v = split;
        List<GridCell> values = v.valuesFor(ARITY);
        if (problems.atEnd(v.index())) {
            if (values == null && v.values().size() > ARITY) {
                // the text stops at the start of the next label (… 0 then 2): not a value of this row
                values = v.values().subList(0, ARITY);
                problems.stopsIn("t2", T1Recognizer.tail(v), v.values().get(v.values().size() - 1).position());
            } else if (values != null && values.size() < ARITY) {
                problems.stopsIn("t2." + id.id(), T1Recognizer.tail(v), v.row().position());
                return; // the text stops in this row: it is not complete
            }
        }
        if (values == null || values.size() != ARITY) {
            problems.add(ParseProblem.Kind.ROW_ARITY, "t2." + id.id(), String.valueOf(v.valueCount()),
                    v.row().position());
            return;
        }
        found.put(id, Cells.row(id, label, COLUMNS, values, UNITS, problems));
    }

    /**
     * T2 as found.
     *
     * @param table the table
     * @param first the index of its first data row among the document's lines
     * @param last  the index of its last data row
     */
    record Found(StatTable table, int first, int last) {
    }
}
