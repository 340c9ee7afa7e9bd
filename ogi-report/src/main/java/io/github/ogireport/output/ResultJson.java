package io.github.ogireport.output;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Quote;
import io.github.ogireport.internal.JsonWriter;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Completeness;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the result document of {@code result-json.md}: one JSON object per report, on one line.
 * Cells are numbers, {@code null} (blank), {@code "NA"} (not-applicable mark) or the text as printed.
 */
public final class ResultJson {
    private ResultJson() {
    }

    /**
     * The result document of {@code report}, on one line, without a line break.
     *
     * @param report a parsed report
     * @return its result document (docs/result-json.md) without findings, on one line
     */
    public static String toJson(Report report) {
        return toJson(report, null);
    }

    /**
     * The result document of a checked report, with its {@code verdict} and {@code findings}.
     *
     * @param result a checked report
     * @return its result document (docs/result-json.md), on one line
     */
    public static String toJson(CheckResult result) {
        return toJson(result.report(), result);
    }

    private static String toJson(Report report, CheckResult result) {
        StringBuilder out = new StringBuilder(4096);
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.name("file").value(report.source());
        w.name("format").value(report.isReadable() ? report.format().name() : null);
        w.name("year");
        if (report.year().isPresent()) {
            w.value(report.year().getAsInt());
        } else {
            w.nullValue();
        }
        w.name("agency").value(report.agency().orElse(null));
        w.name("title").value(report.title().orElse(null));
        w.name("content_type").value(report.contentType());
        w.name("sections");
        if (report.isReadable()) {
            w.beginArray();
            for (Section s : report.sections()) {
                w.value(s.id().name());
            }
            w.endArray();
        } else {
            w.nullValue();
        }
        for (TableId id : TableId.values()) {
            w.name(id.key());
            table(w, report.table(id));
        }
        reading(w, report);
        w.name("problems").beginArray();
        for (ParseProblem p : report.problems()) {
            w.beginObject();
            w.name("kind").value(p.kind().name());
            w.name("subject").value(p.subject());
            w.name("message").value(p.message(Locale.ROOT));
            w.name("message_zh").value(p.message(Locale.CHINESE));
            position(w, p.position());
            w.endObject();
        }
        w.endArray();
        if (result != null) {
            w.name("verdict").value(result.verdict().name());
            w.name("findings").beginArray();
            for (Finding f : result.shown()) {
                finding(w, f);
            }
            w.endArray();
        }
        w.name("error").value(report.error().orElse(null));
        w.endObject();
        return out.toString();
    }

    private static void finding(JsonWriter w, Finding f) {
        w.beginObject();
        w.name("rule").value(f.ruleId());
        w.name("status").value(f.status().name());
        w.name("severity").value(f.severity().name());
        w.name("message").value(f.messageZh());
        w.name("message_en").value(f.messageEn());
        w.name("responsibility").value(f.responsibility().name());
        w.name("cells").beginArray();
        for (CellRef c : f.cells()) {
            w.value(c.path());
        }
        w.endArray();
        w.name("cell_sources").beginArray();
        for (CellRef c : f.cells()) {
            w.beginObject();
            w.name("cell").value(c.path());
            w.name("raw").value(c.raw());
            w.name("placement").value(c.placement().name());
            position(w, c.position());
            w.endObject();
        }
        w.endArray();
        w.name("quotes").beginArray();
        for (Quote q : f.quotes()) {
            w.beginObject();
            w.name("text").value(q.text());
            position(w, q.position());
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }

    /**
     * How completely the tables were read: the share of the format's cells read under their own label, the
     * cells not found, and the cells placed by inference with how.
     */
    private static void reading(JsonWriter w, Report report) {
        w.name("reading");
        if (!report.isReadable()) {
            w.nullValue();
            return;
        }
        Completeness c = report.completeness();
        w.beginObject();
        w.name("completeness");
        if (c.read() == c.formatCells()) {
            w.value(1); // every cell read (the share 1.0 as written below)
        } else {
            w.rawNumber(java.math.BigDecimal.valueOf(c.share()).setScale(4, java.math.RoundingMode.FLOOR)
                    .stripTrailingZeros().toPlainString());
        }
        w.name("format_cells").value(c.formatCells());
        w.name("read").value(c.read());
        w.name("not_read").beginArray();
        for (String p : c.notRead()) {
            w.value(p);
        }
        w.endArray();
        w.name("absent").beginArray();
        for (String p : c.absent()) {
            w.value(p);
        }
        w.endArray();
        w.name("inferred").beginObject();
        for (Map.Entry<String, Placement> e : c.inferred().entrySet()) {
            w.name(e.getKey()).value(e.getValue().name());
        }
        w.endObject();
        w.endObject();
    }

    private static void table(JsonWriter w, Optional<StatTable> table) {
        if (table.isEmpty()) {
            w.nullValue();
            return;
        }
        w.beginObject();
        for (TableRow row : table.get().rows()) {
            w.name(row.id().id()).beginArray();
            for (Cell cell : row.cells()) {
                cell(w, cell);
            }
            w.endArray();
        }
        w.endObject();
    }

    /**
     * Writes one cell in the result-document form (docs/result-json.md, "Cells"). A number printed in a form the
     * contract does not list as a number, {@code 增1558} / {@code 减38} of F2019's change column or a bare
     * {@code 2601.953875万}, is written as printed, as the contract's "anything else" says; the model reads it as
     * the signed number or the amount in 万元, and the rules use that.
     */
    static void cell(JsonWriter w, Cell cell) {
        if (cell instanceof Cell.Number && printedOtherwise(cell.raw())) {
            w.value(cell.raw().strip());
        } else if (cell instanceof Cell.Number) {
            java.math.BigDecimal v = ((Cell.Number) cell).value();
            if (v.scale() == 0 && v.precision() < 19) {
                w.value(v.longValue()); // what toPlainString() writes, without making its string
            } else {
                w.rawNumber(v.toPlainString());
            }
        } else if (cell instanceof Cell.Blank) {
            w.nullValue();
        } else if (cell instanceof Cell.NotApplicable) {
            w.value("NA");
        } else {
            w.value(cell.raw());
        }
    }

    /** True for a number printed with a worded sign (增/减) or the bare unit 万 (not 万元). */
    private static boolean printedOtherwise(String raw) {
        int to = raw.length();
        if (to > 0 && isAsciiDigit(raw.charAt(0)) && isAsciiDigit(raw.charAt(to - 1))) {
            return false; // most cells: neither a sign word first nor 万 last, nor white space around them
        }
        // raw.strip() without the copy: the first and last characters that are not white space
        int from = 0;
        while (from < to && Character.isWhitespace(raw.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return false;
        }
        char first = raw.charAt(from);
        return first == '增' || first == '减' || raw.charAt(to - 1) == '万';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static void position(JsonWriter w, SourcePosition position) {
        if (position instanceof SourcePosition.InText) {
            SourcePosition.InText t = (SourcePosition.InText) position;
            w.name("line").value(t.line());
            w.name("column").value(t.column());
        } else if (position instanceof SourcePosition.InTable) {
            SourcePosition.InTable t = (SourcePosition.InTable) position;
            w.name("table").value(t.table());
            w.name("row").value(t.row());
            w.name("column").value(t.column());
        } else if (position instanceof SourcePosition.OnPage) {
            SourcePosition.OnPage t = (SourcePosition.OnPage) position;
            w.name("page").value(t.page());
            w.name("line").value(t.line());
            w.name("column").value(t.column());
        }
    }
}
