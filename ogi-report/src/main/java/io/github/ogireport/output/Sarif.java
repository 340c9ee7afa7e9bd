package io.github.ogireport.output;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.JsonWriter;
import io.github.ogireport.model.SourcePosition;
import java.util.List;
import java.util.Locale;

/**
 * Writes checked reports as one SARIF 2.1.0 log, so that a CI pipeline can show the findings. FAIL findings
 * are results at their severity's level (error, warning, note); UNCERTAIN and NOT_ASSESSABLE are notes with
 * {@code kind: review}; PASS findings are left out. Cells in text get a region (line, column); cells in HTML
 * tables carry their table, row and column under {@code properties}.
 */
public final class Sarif {
    private Sarif() {
    }

    /**
     * The SARIF log for {@code results}, run with {@code rules}.
     *
     * @param results the checked reports
     * @param rules the rules run (the SARIF rule descriptors)
     * @param version the program version for the tool descriptor
     * @param locale {@code zh} for Chinese messages, anything else for English
     * @return the SARIF 2.1.0 log
     */
    public static String write(List<CheckResult> results, List<Rule> rules, String version, Locale locale) {
        StringBuilder out = new StringBuilder(8192);
        JsonWriter w = new JsonWriter(out);
        w.beginObject();
        w.name("$schema").value("https://json.schemastore.org/sarif-2.1.0.json");
        w.name("version").value("2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject();
        w.name("name").value("ogi-report");
        w.name("version").value(version);
        w.name("informationUri").value("https://github.com/ogireport/ogi-report");
        w.name("rules").beginArray();
        for (Rule r : rules) {
            w.beginObject();
            w.name("id").value(r.id());
            w.name("shortDescription").beginObject().name("text").value(r.summary(locale)).endObject();
            w.name("helpUri").value("https://github.com/ogireport/ogi-report/blob/main/docs/rules/" + r.id() + ".md");
            w.name("defaultConfiguration").beginObject().name("level").value(level(r.defaultSeverity())).endObject();
            w.endObject();
        }
        w.endArray();
        w.endObject().endObject();
        w.name("artifacts").beginArray();
        for (CheckResult result : results) {
            w.beginObject().name("location").beginObject().name("uri").value(uri(result.report().source()))
                    .endObject().endObject();
        }
        w.endArray();
        w.name("results").beginArray();
        for (CheckResult result : results) {
            String uri = uri(result.report().source());
            if (!result.report().isReadable()) {
                w.beginObject();
                w.name("ruleId").value("INPUT");
                w.name("level").value("error");
                w.name("message").beginObject().name("text").value(result.report().error().orElse("")).endObject();
                locations(w, uri, SourcePosition.UNKNOWN, List.of());
                w.endObject();
                continue;
            }
            for (Finding f : result.findings()) {
                if (f.status() == Status.PASS) {
                    continue;
                }
                w.beginObject();
                w.name("ruleId").value(f.ruleId());
                w.name("level").value(f.status() == Status.FAIL ? level(f.severity()) : "note");
                if (f.status() != Status.FAIL) {
                    w.name("kind").value("review");
                }
                w.name("message").beginObject().name("text").value(f.message(locale)).endObject();
                SourcePosition first = !f.cells().isEmpty() ? f.cells().get(0).position()
                        : !f.quotes().isEmpty() ? f.quotes().get(0).position() : SourcePosition.UNKNOWN;
                locations(w, uri, first, f.cells());
                w.name("properties").beginObject();
                w.name("status").value(f.status().name());
                w.name("responsibility").value(f.responsibility().name());
                w.name("cells").beginArray();
                for (CellRef c : f.cells()) {
                    w.value(c.path());
                }
                w.endArray();
                w.name("quotes").beginArray();
                for (Quote q : f.quotes()) {
                    w.value(q.text());
                }
                w.endArray();
                w.endObject();
                w.endObject();
            }
        }
        w.endArray();
        w.endObject().endArray();
        w.endObject();
        return out.toString();
    }

    private static void locations(JsonWriter w, String uri, SourcePosition position, List<CellRef> cells) {
        w.name("locations").beginArray().beginObject();
        w.name("physicalLocation").beginObject();
        w.name("artifactLocation").beginObject().name("uri").value(uri).endObject();
        if (position instanceof SourcePosition.InText) {
            SourcePosition.InText t = (SourcePosition.InText) position;
            w.name("region").beginObject().name("startLine").value(t.line()).name("startColumn").value(t.column())
                    .endObject();
        }
        w.endObject();
        if (!cells.isEmpty()) {
            w.name("logicalLocations").beginArray();
            for (CellRef c : cells) {
                w.beginObject().name("fullyQualifiedName").value(c.path()).name("kind").value("element").endObject();
            }
            w.endArray();
        }
        if (position instanceof SourcePosition.InTable) {
            SourcePosition.InTable t = (SourcePosition.InTable) position;
            w.name("properties").beginObject().name("table").value(t.table()).name("row").value(t.row())
                    .name("column").value(t.column()).endObject();
        } else if (position instanceof SourcePosition.OnPage) {
            SourcePosition.OnPage t = (SourcePosition.OnPage) position;
            w.name("properties").beginObject().name("page").value(t.page()).name("line").value(t.line())
                    .name("column").value(t.column()).endObject();
        }
        w.endObject().endArray();
    }

    private static String level(Severity s) {
        switch (s) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /** A relative URI with forward slashes, as SARIF viewers expect. */
    private static String uri(String path) {
        return path.replace('\\', '/');
    }
}
