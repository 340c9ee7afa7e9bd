package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    /** Keyword patterns, most specific first. */
    private static final List<Map.Entry<Pattern, T2Row>> KEYWORDS = List.of(
            Map.entry(p("逾期不补正|不补正"), T2Row.R6_1),
            Map.entry(p("收费通知|缴纳费用|未按收费"), T2Row.R6_2),
            Map.entry(p("本年新收|新收政府信息公开申请"), T2Row.NEW),
            Map.entry(p("上年结转|上年度结转"), T2Row.CIN),
            Map.entry(p("结转下年度|下年度继续办理|结转下一年|转下年度"), T2Row.COUT),
            Map.entry(p("国家秘密"), T2Row.R3_1),
            Map.entry(p("其他法律|法规禁止|行政止公开"), T2Row.R3_2),
            Map.entry(p("三安全|一稳定"), T2Row.R3_3),
            Map.entry(p("第三方"), T2Row.R3_4),
            Map.entry(p("三类内部|内部事务"), T2Row.R3_5),
            Map.entry(p("四类过程|过程性"), T2Row.R3_6),
            Map.entry(p("执法案卷"), T2Row.R3_7),
            Map.entry(p("行政查询|查询事项"), T2Row.R3_8),
            Map.entry(p("不掌握"), T2Row.R4_1),
            Map.entry(p("另行制作|没有现成"), T2Row.R4_2),
            Map.entry(p("补正后|仍不明确"), T2Row.R4_3),
            Map.entry(p("信访|举报投诉"), T2Row.R5_1),
            Map.entry(p("大量反复|反复申请"), T2Row.R5_4),
            Map.entry(p("重复申请"), T2Row.R5_2),
            Map.entry(p("出版物"), T2Row.R5_3),
            Map.entry(p("重新出具|确认或重新"), T2Row.R5_5),
            Map.entry(Pattern.compile("^(?:[(（]?[六6][)）、.]?)?(?:[3三][.、,，]?)其他$|^其他$"), T2Row.R6_3),
            Map.entry(Pattern.compile("^(?:[(（]?[六6][)）、.]?)?其他处理$"), T2Row.R6),
            Map.entry(p("部分公开"), T2Row.R2),
            Map.entry(p("予以公开"), T2Row.R1),
            Map.entry(p("总计"), T2Row.R7));
    /** Column headers that are also words of row labels: a header cell only next to other header words. */
    private static final Pattern COLUMN_WORD = p("^(?:总计|其他|小计|合计)$");
    /** Words of the applicant header: a row holding them is a header row, not data. */
    private static final Pattern HEADER = p("自然人|法人或其他组织|申请人情况|商业企业|科研机构|社会公益|法律服务|勾稽");

    private T2Recognizer() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
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
        // the innermost label alone names a row by a specific keyword: header words left in outer cells (a
        // cell-per-line export keeps the last header cells before the first row's label) do not matter
        String inner = Text.key(labels.get(labels.size() - 1).text());
        T2Row own = HEADER.matcher(inner).find() ? null : matchKey(inner);
        if (own != null && own != T2Row.R6 && own != T2Row.R6_3 && own != T2Row.R7) {
            return own;
        }
        // otherwise skip a leading run of header cells, and refuse a row with header words among its labels
        int start = 0;
        boolean headerRun = false;
        while (start < labels.size()) {
            String k = Text.key(labels.get(start).text());
            if (HEADER.matcher(k).find()) {
                headerRun = true;
            } else if (!COLUMN_WORD.matcher(k).matches()) {
                break;
            }
            start++;
        }
        if (!headerRun) {
            start = 0;
        }
        for (int i = start; i < labels.size(); i++) {
            if (HEADER.matcher(Text.key(labels.get(i).text())).find()) {
                return null;
            }
        }
        String key = "";
        for (int i = labels.size() - 1; i >= start && i >= labels.size() - 3; i--) {
            key = Text.key(labels.get(i).text()) + key;
            T2Row row = matchKey(key);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    private static T2Row matchKey(String key) {
        for (Map.Entry<Pattern, T2Row> e : KEYWORDS) {
            if (e.getValue() == T2Row.R6_3 || e.getValue() == T2Row.R6) {
                if (e.getKey().matcher(stripGroup(key)).matches()) {
                    return e.getValue();
                }
            } else if (e.getKey().matcher(key).find()) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Drops an outer group label such as 三、本年度办理结果 so that （六）其他处理 3.其他 reads as 3.其他. */
    private static String stripGroup(String key) {
        String k = key.replaceFirst("^三[、.]?本年度?办理结果", "");
        int last = Math.max(k.lastIndexOf("其他处理"), -1);
        if (last > 0 && k.endsWith("其他") && !k.endsWith("其他处理")) {
            return k.substring(last + "其他处理".length());
        }
        return k;
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
            T2Row id = match(v.labels());
            if (id != null && (hasT2Values(v) || v.values().size() >= 3 && v.filledValues() > 0)) {
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
        List<GridCell> values = v.valuesFor(ARITY);
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
