package io.github.ogireport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a parsed {@link Report} with an expected document ({@code NAME.expected.json} beside a fixture; the
 * format is described in {@code testdata/README.md}). Every field and every cell is compared, and all
 * differences are listed at once so that one run shows everything that is off.
 */
public final class ExpectedReport {
    static final ObjectMapper JSON = new ObjectMapper();

    private ExpectedReport() {
    }

    /** Reads an expected document. */
    public static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    /** The differences between {@code expected} and {@code report}, one line each; empty when they agree. */
    public static List<String> differences(JsonNode expected, Report report) {
        List<String> out = new ArrayList<>();
        JsonNode error = expected.get("error");
        if (error == null || error.isNull()) {
            if (report.error().isPresent()) {
                out.add("error: want none, got '" + report.error().get() + "'");
            }
        } else if (report.error().isEmpty() || !report.error().get().contains(error.asText())) {
            out.add("error: want a message containing '" + error.asText() + "', got " + report.error());
        }
        field(out, "format", expected.get("format"),
                report.isReadable() ? report.format().name() : null);
        JsonNode year = expected.get("year");
        Integer gotYear = report.year().isPresent() ? report.year().getAsInt() : null;
        Integer wantYear = year == null || year.isNull() ? null : year.asInt();
        if (!java.util.Objects.equals(wantYear, gotYear)) {
            out.add("year: want " + wantYear + ", got " + gotYear);
        }
        field(out, "agency", expected.get("agency"), report.agency().orElse(null));
        if (expected.has("title")) {
            field(out, "title", expected.get("title"), report.title().orElse(null));
        }
        sections(out, expected.get("sections"), report);
        for (TableId id : TableId.values()) {
            table(out, id.key(), expected.get(id.key()), report.table(id));
        }
        problems(out, expected.get("problems"), report.problems());
        return out;
    }

    private static void field(List<String> out, String name, JsonNode want, String got) {
        String w = want == null || want.isNull() ? null : want.asText();
        if (!java.util.Objects.equals(w, got)) {
            out.add(name + ": want " + quote(w) + ", got " + quote(got));
        }
    }

    private static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }

    private static void sections(List<String> out, JsonNode want, Report report) {
        List<String> got = new ArrayList<>();
        for (Section s : report.sections()) {
            got.add(s.id().name());
        }
        if (want == null || want.isNull()) {
            if (!got.isEmpty()) {
                out.add("sections: want none, got " + got);
            }
            return;
        }
        List<String> w = new ArrayList<>();
        want.forEach(n -> w.add(n.asText()));
        if (!w.equals(got)) {
            out.add("sections: want " + w + ", got " + got);
        }
    }

    private static void table(List<String> out, String key, JsonNode want, Optional<StatTable> got) {
        if (want == null || want.isNull()) {
            if (got.isPresent()) {
                out.add(key + ": want no table, got " + got.get().rows().size() + " rows");
            }
            return;
        }
        if (got.isEmpty()) {
            out.add(key + ": want a table, got none");
            return;
        }
        List<String> wantRows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : want.properties()) {
            wantRows.add(e.getKey());
        }
        List<String> gotRows = new ArrayList<>();
        for (TableRow r : got.get().rows()) {
            gotRows.add(r.id().id());
        }
        if (!wantRows.equals(gotRows)) {
            out.add(key + " rows: want " + wantRows + ", got " + gotRows);
        }
        for (Map.Entry<String, JsonNode> e : want.properties()) {
            TableRow row = null;
            for (TableRow r : got.get().rows()) {
                if (r.id().id().equals(e.getKey())) {
                    row = r;
                }
            }
            if (row == null) {
                continue; // already reported with the row list
            }
            JsonNode cells = e.getValue();
            if (cells.size() != row.cells().size()) {
                out.add(key + "." + e.getKey() + ": want " + cells.size() + " cells, got " + row.cells().size());
                continue;
            }
            for (int i = 0; i < cells.size(); i++) {
                String problem = cellDifference(cells.get(i), row.cells().get(i));
                if (problem != null) {
                    out.add(key + "." + e.getKey() + "." + row.columns().get(i).id() + ": " + problem);
                }
            }
        }
    }

    /**
     * Why a cell differs from its expected JSON value, or null when it matches: a number by value
     * (BigDecimal compareTo, so 0.00 = 0), null = {@link Cell.Blank}, "NA" = {@link Cell.NotApplicable},
     * any other string = {@link Cell.Text} with that raw text.
     */
    public static String cellDifference(JsonNode want, Cell got) {
        if (want.isNumber()) {
            if (!(got instanceof Cell.Number)) {
                return "want number " + want.asText() + ", got " + describe(got);
            }
            BigDecimal w = want.decimalValue();
            BigDecimal g = ((Cell.Number) got).value();
            return w.compareTo(g) == 0 ? null : "want " + w.toPlainString() + ", got " + g.toPlainString()
                    + " (raw '" + got.raw() + "')";
        }
        if (want.isNull()) {
            return got instanceof Cell.Blank ? null : "want blank, got " + describe(got);
        }
        if ("NA".equals(want.asText())) {
            return got instanceof Cell.NotApplicable ? null : "want NA, got " + describe(got);
        }
        if (got instanceof Cell.Text && got.raw().trim().equals(want.asText())) {
            return null;
        }
        return "want text '" + want.asText() + "', got " + describe(got);
    }

    private static String describe(Cell c) {
        return c.getClass().getSimpleName() + " '" + c.raw() + "'";
    }

    /**
     * Problems as a multiset: each expected entry {@code "KIND"} or {@code "KIND subject"} must match one
     * problem, and no problem may be left over.
     */
    private static void problems(List<String> out, JsonNode want, List<ParseProblem> got) {
        List<ParseProblem> left = new ArrayList<>(got);
        if (want != null) {
            for (JsonNode n : want) {
                String entry = n.asText();
                int space = entry.indexOf(' ');
                String kind = space < 0 ? entry : entry.substring(0, space);
                String subject = space < 0 ? null : entry.substring(space + 1);
                ParseProblem hit = null;
                for (ParseProblem p : left) {
                    if (p.kind().name().equals(kind) && (subject == null || p.subject().equals(subject))) {
                        hit = p;
                        break;
                    }
                }
                if (hit == null) {
                    out.add("problem missing: " + entry);
                } else {
                    left.remove(hit);
                }
            }
        }
        for (ParseProblem p : left) {
            out.add("unexpected problem: " + p.kind() + " " + p.subject() + " (" + p.detail() + ")");
        }
    }
}
