package io.github.ogireport.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Paragraph;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The result document of result-json.md, read back with Jackson. */
class ResultJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SourcePosition AT = new SourcePosition.InText(1, 1);

    private static JsonNode parse(Report report) throws IOException {
        String line = ResultJson.toJson(report);
        assertFalse(line.contains("\n") || line.contains("\r"), "one line");
        return JSON.readTree(line);
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            out.add(e.getKey());
        }
        return out;
    }

    @Test
    void documentedFieldsWithTheirTypes() throws IOException {
        JsonNode doc = parse(OgiReports.parse(Path.of("testdata", "parse", "f2021-district-bureau.html")));
        assertTrue(names(doc).containsAll(List.of("file", "format", "year", "agency", "title", "sections", "t1", "t2",
                "t3", "problems", "error")), names(doc).toString());
        assertEquals("testdata/parse/f2021-district-bureau.html".replace('/', java.io.File.separatorChar),
                doc.get("file").textValue());
        assertEquals("F2021", doc.get("format").textValue());
        assertTrue(doc.get("year").isInt());
        assertEquals(2024, doc.get("year").intValue());
        assertEquals("明川区自然资源和规划局", doc.get("agency").textValue());
        assertTrue(doc.get("title").isTextual());
        assertEquals(List.of("OVERVIEW", "PROACTIVE", "REQUESTS", "REVIEW_LITIGATION", "PROBLEMS", "OTHER"),
                JSON.convertValue(doc.get("sections"), List.class));
        assertTrue(doc.get("error").isNull());
        assertTrue(doc.get("problems").isArray());

        JsonNode t1 = doc.get("t1");
        assertEquals(List.of("REG", "NORM", "LICENSE", "PENALTY", "COERCION", "FEE"), names(t1));
        assertEquals(3, t1.get("NORM").size());
        assertTrue(t1.get("NORM").get(2).isIntegralNumber());
        assertEquals(15, t1.get("NORM").get(2).intValue());
        assertEquals("NA", t1.get("COERCION").get(0).textValue());
        assertTrue(t1.get("FEE").get(0).isNumber());
        assertEquals(0, new BigDecimal("3.52").compareTo(t1.get("FEE").get(0).decimalValue()));

        JsonNode t2 = doc.get("t2");
        assertEquals(25, t2.size());
        assertEquals("NEW", names(t2).get(0));
        assertEquals("R3.1", names(t2).get(4));
        assertEquals("COUT", names(t2).get(24));
        for (JsonNode row : t2) {
            assertEquals(7, row.size());
        }
        assertTrue(t2.get("R3.1").get(2).isNull(), "a blank cell is null");
        assertEquals(List.of("RV", "LD", "LR"), names(doc.get("t3")));
        assertEquals(5, doc.get("t3").get("RV").size());
    }

    @Test
    void problemsCarryKindSubjectMessagesAndPosition() throws IOException {
        JsonNode doc = parse(OgiReports.parse(Path.of("testdata", "parse", "bad-cut-off-mid-t2.txt")));
        JsonNode first = null;
        for (JsonNode p : doc.get("problems")) {
            if (first == null && "TEXT_TRUNCATED".equals(p.get("kind").textValue())) {
                first = p; // the text stops inside row R4.2 (three of its seven values printed)
            }
        }
        assertEquals("TEXT_TRUNCATED", first.get("kind").textValue());
        assertEquals("t2.R4.2", first.get("subject").textValue());
        assertTrue(first.get("message").textValue().contains("t2.R4.2"));
        assertTrue(first.get("message_zh").textValue().contains("行"));
        assertTrue(first.get("line").isInt());
        assertTrue(first.get("column").isInt());
        assertTrue(doc.get("t3").isNull(), "a missing table is null");
    }

    @Test
    void unreadableReportHasAnErrorAndNullFields() throws IOException {
        JsonNode doc = parse(OgiReports.parse(new byte[0], "empty.txt"));
        assertEquals("empty file", doc.get("error").textValue());
        for (String field : List.of("format", "year", "agency", "title", "sections", "t1", "t2", "t3")) {
            assertTrue(doc.get(field).isNull(), field);
        }
        assertEquals("empty.txt", doc.get("file").textValue());
    }

    /** Quotes, backslashes, control characters, line separators and CJK survive the round trip. */
    @Test
    void stringsAreEscaped() throws IOException {
        String title = "某某局\"2024\"年\\报告\n\t\u0001\u001f\b\f\r\u2028\u2029“引号”𠀀";
        String cellText = "见\"附件\"\\2\u0000";
        String file = "C:\\报告\\\"a\".txt";
        TableRow row = new TableRow(T1Row.FEE, "行政事业性收费", List.of(T1Column.AMOUNT),
                List.of(new Cell.Text(cellText, AT)));
        Report report = new Report(file, "text/plain; charset=UTF-8", ReportFormat.F2021, OptionalInt.of(2024),
                Optional.of("某某局\t"), Optional.of(title), List.of(),
                List.of(new Section(SectionId.OVERVIEW, "一、总体情况", AT, List.of(new Paragraph("正文\"", AT)))),
                List.of(),
                Optional.of(new StatTable(TableId.T1, List.of(row), AT)), Optional.empty(), Optional.empty(),
                List.of(new ParseProblem(ParseProblem.Kind.CELL_NOT_NUMBER, "t1.FEE.AMOUNT", cellText,
                        new SourcePosition.InTable(2, 3, 4))),
                Optional.empty());
        String line = ResultJson.toJson(report);
        for (char c = 0; c < 0x20; c++) {
            assertEquals(-1, line.indexOf(c), "raw control character " + (int) c);
        }
        JsonNode doc = JSON.readTree(line);
        assertEquals(title, doc.get("title").textValue());
        assertEquals(file, doc.get("file").textValue());
        assertEquals("某某局\t", doc.get("agency").textValue());
        assertEquals(cellText, doc.get("t1").get("FEE").get(0).textValue());
        JsonNode problem = doc.get("problems").get(0);
        assertTrue(problem.get("message").textValue().contains("见\"附件\"\\2\u0000"));
        assertEquals(2, problem.get("table").intValue());
        assertEquals(3, problem.get("row").intValue());
        assertEquals(4, problem.get("column").intValue());
    }

    /** Numbers are written as JSON numbers with their value exactly (no float rounding, no exponent). */
    @Test
    void numbersKeepTheirValue() throws IOException {
        List<Cell> cells = List.of(
                new Cell.Number(new BigDecimal("96171.6"), "万元", "96171.6", AT),
                new Cell.Number(new BigDecimal("-3"), "", "-3", AT),
                new Cell.Number(new BigDecimal("0.00"), "", "0.00", AT),
                new Cell.Number(new BigDecimal("4068.208"), "", "4068.208", AT),
                new Cell.Number(new BigDecimal("1E+7"), "", "10000000", AT));
        String line = ResultJson.toJson(t3Report(cells));
        assertTrue(line.contains("\"RV\":[96171.6,-3,0.00,4068.208,10000000]"), line);
        JsonNode rv = JSON.readTree(line).get("t3").get("RV");
        assertEquals(0, new BigDecimal("96171.6").compareTo(rv.get(0).decimalValue()));
        assertEquals(-3, rv.get(1).intValue());
        assertEquals(10_000_000, rv.get(4).intValue());
        assertTrue(JSON.readTree(line).get("year").isNull());
        assertTrue(JSON.readTree(line).get("sections").isArray());
    }
    /** A number printed with a worded sign or the bare unit 万 is written as printed, without its white space. */
    @Test
    void numbersPrintedOtherwiseAreWrittenAsPrinted() throws IOException {
        List<Cell> cells = List.of(
                new Cell.Number(new BigDecimal("1558"), "", " 增1558\u3000", AT),
                new Cell.Number(new BigDecimal("-38"), "", "减38", AT),
                new Cell.Number(new BigDecimal("2601.953875"), "万元", "2601.953875万 ", AT),
                new Cell.Number(new BigDecimal("96171.6"), "万元", " 96171.6万元", AT),
                new Cell.Number(new BigDecimal("12"), "", "万12增", AT));
        String line = ResultJson.toJson(t3Report(cells));
        assertTrue(line.contains("\"RV\":[\"增1558\",\"减38\",\"2601.953875万\",96171.6,12]"), line);
    }

    /**
     * A number's JSON is its plain decimal whatever its size, sign and scale (the whole integers of up to 18 digits
     * are written without making that string; the rest as {@code toPlainString()}).
     */
    @Test
    void everyNumberIsWrittenAsItsPlainDecimal() {
        java.util.Random random = new java.util.Random(20261201);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal v = new BigDecimal(new java.math.BigInteger(1 + random.nextInt(90), random)
                    .multiply(java.math.BigInteger.valueOf(random.nextBoolean() ? 1 : -1)), random.nextInt(7) - 3);
            StringBuilder out = new StringBuilder();
            ResultJson.cell(new io.github.ogireport.internal.JsonWriter(out),
                    new Cell.Number(v, "", i % 2 == 0 ? v.toPlainString() : " " + v.toPlainString() + "件", AT));
            assertEquals(v.toPlainString(), out.toString(), v::toString);
        }
    }

    /** A report of one T3 row, 行政复议 RV, with these cells. */
    private static Report t3Report(List<Cell> cells) {
        TableRow row = new TableRow(T3Row.RV, "", List.of(T3Column.values()), cells);
        return new Report("x", "text/plain", ReportFormat.UNKNOWN, OptionalInt.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(new StatTable(TableId.T3, List.of(row), AT)), List.of(), Optional.empty());
    }
}
