package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.Paragraph;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * S-TABLES: each of the three tables is present, once, with all its rows. A missing row is what a
 * table abridged looks like; a row printed twice, what a table repeated looks like. Where the text was cut
 * off ({@link TextEnd}), the tables and rows after its end are not in the text: UNCERTAIN, not missing.
 */
final class TablesPresent extends Rule {
    TablesPresent() {
        super("S-TABLES", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        for (TableId id : TABLES) {
            List<String> unread = unread(report, id);
            if (report.table(id).isEmpty()) {
                if (TextEnd.of(report, out).cutBefore(id)) {
                    out.report(Status.UNCERTAIN, Responsibility.READING, "cut", List.of(), List.of(), id,
                            TextEnd.of(report, out).lastFound(true));
                } else if (!unread.isEmpty() || traces(report, id) >= 2) {
                    out.report(Status.UNCERTAIN, Responsibility.READING, "unread", List.of(), List.of(), id,
                            String.join(", ", unread));
                } else {
                    out.fail("missing", List.of(), id);
                }
                continue;
            }
            List<String> cut = List.of();
            List<String> notRead = List.of();
            List<String> missing = List.of();
            StatTable table = report.table(id).get();
            Tables tables = Tables.of(report, out);
            Cells cells = tables.cells(table);
            for (RowId row : tables.formatRows(id)) {
                if (cells.has(row)) {
                    continue;
                }
                if (TextEnd.of(report, out).cutBefore(row)) {
                    cut = added(cut, row.id());
                } else if (unread.contains(row.id()) || unread.contains("*")) {
                    notRead = added(notRead, row.id());
                } else {
                    missing = added(missing, row.id());
                }
            }
            List<String> twice = duplicates(report, id);
            if (!missing.isEmpty()) {
                out.fail("rowsMissing", List.of(), id, String.join(", ", missing));
            }
            if (!notRead.isEmpty()) {
                out.report(Status.UNCERTAIN, Responsibility.READING, "rowsUnread", List.of(), List.of(), id,
                        String.join(", ", notRead));
            }
            if (!cut.isEmpty()) {
                out.report(Status.UNCERTAIN, Responsibility.READING, "rowsCut", List.of(), List.of(), id,
                        String.join(", ", cut), TextEnd.of(report, out).lastFound(true));
            }
            if (!twice.isEmpty()) {
                out.fail("rowsTwice", List.of(), id, String.join(", ", twice));
            }
            if (missing.isEmpty() && twice.isEmpty() && cut.isEmpty() && notRead.isEmpty()) {
                out.pass("pass", List.of(), id);
            }
        }
    }

    private static final TableId[] TABLES = TableId.values();
    /** {@code t1.}, {@code t2.}, {@code t3.}: the prefix of a problem's subject in a table, by table ordinal. */
    private static final String[] PREFIXES = new String[TABLES.length];

    static {
        for (TableId id : TABLES) {
            PREFIXES[id.ordinal()] = id.key() + ".";
        }
    }

    /** {@code list} with {@code s} added: a new list at the first (most reports add none). */
    private static List<String> added(List<String> list, String s) {
        List<String> out = list.isEmpty() ? new ArrayList<>() : list;
        out.add(s);
        return out;
    }

    /** The rows of table {@code id} the reading found printed twice (ROW_DUPLICATE). */
    private static List<String> duplicates(Report report, TableId id) {
        return rows(report, id, ParseProblem.Kind.ROW_DUPLICATE, null);
    }

    /**
     * The rows of a table the reading found by their label but could not read (their values did not fit the
     * columns: ROW_ARITY), and "*" when rows that lost their labels could not be placed (ROW_UNPLACED): a row
     * missing there is the reading's loss, not the report's.
     */
    private static List<String> unread(Report report, TableId id) {
        return rows(report, id, ParseProblem.Kind.ROW_ARITY, ParseProblem.Kind.ROW_UNPLACED);
    }

    /**
     * In the order of the report's problems, the row of table {@code id} each problem of kind {@code row} names
     * (its subject {@code t2.R3…}), and "*" for each of kind {@code table} (if not null) naming the table itself.
     */
    private static List<String> rows(Report report, TableId id, ParseProblem.Kind row, ParseProblem.Kind table) {
        List<String> out = List.of();
        String prefix = PREFIXES[id.ordinal()];
        for (ParseProblem p : report.problems()) {
            if (p.kind() == row && p.subject().startsWith(prefix)) {
                out = added(out, p.subject().substring(prefix.length()));
            } else if (p.kind() == table && p.subject().equals(id.key())) {
                out = added(out, "*");
            }
        }
        return out;
    }

    /**
     * Short paragraphs that begin with one of the table's row labels or header words: the table is in the
     * text, in a shape the reading could not place (its values cannot be told), when there are several.
     */
    private static int traces(Report report, TableId id) {
        Pattern words = TRACES.get(id);
        int n = 0;
        for (Paragraph p : report.paragraphs()) {
            String t = p.text().strip();
            if (t.length() <= 40 && words.matcher(t).lookingAt()) {
                n++;
            }
        }
        return n;
    }

    private static final java.util.Map<TableId, Pattern> TRACES = java.util.Map.of(
            TableId.T1, Pattern.compile("(?:[（(]?[0-9一二三四五六七八九十]+[)）.、])?\\s*(?:信息内容|规章|行政规范性文件|规范性文件"
                    + "|行政许可|行政处罚|行政强制|行政事业性收费|政府集中采购|其他对外管理服务事项|第二十条)"),
            TableId.T2, Pattern.compile("(?:[（(]?[0-9一二三四五六七八九十]+[)）.、])?\\s*(?:本年新收|上年结转|予以公开|部分公开"
                    + "|不予公开|无法提供|不予处理|其他处理|结转下年度|申请人情况)"),
            TableId.T3, Pattern.compile("(?:[（(]?[0-9一二三四五六七八九十]+[)）.、])?\\s*(?:结果维持|结果纠正|其他结果|尚未审结"
                    + "|未经复议直接起诉|复议后起诉)"));
}
