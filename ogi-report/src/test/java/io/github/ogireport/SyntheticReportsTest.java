package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.bench.SyntheticReports;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableRow;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The synthetic report the parse benchmark measures ({@code bench/ParseBenchmark}) is realistic in size and
 * layout, reconciles, and is fully read by the parser in both containers, so that the benchmark measures
 * real work and not an early bail-out.
 */
class SyntheticReportsTest {

    @Test
    void htmlIsBetween50And100Kilobytes() {
        int bytes = SyntheticReports.htmlBytes().length;
        assertTrue(bytes >= 50 * 1024 && bytes <= 100 * 1024, "HTML report is " + bytes + " bytes");
    }

    @Test
    void htmlUsesTheOfficialMergedCells() {
        String html = SyntheticReports.html();
        // T2 note cell, 申请人情况, 三、本年度办理结果 and the sub-groups (domain-spec §5.1/§5.2)
        for (String merge : List.of("rowspan=\"3\" colspan=\"3\"", "colspan=\"7\"", "rowspan=\"22\"",
                "rowspan=\"8\"", "rowspan=\"5\"", "colspan=\"5\"", "colspan=\"10\"", "colspan=\"4\"")) {
            assertTrue(html.contains(merge), merge);
        }
        assertEquals(3, html.split("<table", -1).length - 1, "three tables");
    }

    @Test
    void expectedNumbersReconcile() {
        List<T2Column> c6 = Arrays.stream(T2Column.values()).filter(c -> c != T2Column.TOT)
                .collect(Collectors.toList());
        for (T2Column c : T2Column.values()) {
            // T2-E1: NEW + CIN = R7 + COUT, per column
            assertEquals(SyntheticReports.t2(T2Row.NEW, c) + SyntheticReports.t2(T2Row.CIN, c),
                    SyntheticReports.t2(T2Row.R7, c) + SyntheticReports.t2(T2Row.COUT, c), "T2-E1 " + c);
            // T2-L1: R7 is the sum of the result rows
            long results = 0;
            for (T2Row r : SyntheticReports.T2_ROWS) {
                if (r.isResult()) {
                    results += SyntheticReports.t2(r, c);
                }
            }
            assertEquals(SyntheticReports.t2(T2Row.R7, c), results, "T2-L1 " + c);
        }
        for (T2Row r : SyntheticReports.T2_ROWS) {
            long sum = 0;
            for (T2Column c : c6) {
                sum += SyntheticReports.t2(r, c);
            }
            assertEquals(SyntheticReports.t2(r, T2Column.TOT), sum, "T2-L2 " + r.id());
        }
        for (T3Row g : T3Row.values()) {
            long sum = SyntheticReports.t3(g, T3Column.KEEP) + SyntheticReports.t3(g, T3Column.CORR)
                    + SyntheticReports.t3(g, T3Column.OTHR) + SyntheticReports.t3(g, T3Column.PEND);
            assertEquals(SyntheticReports.t3(g, T3Column.TOT), sum, "T3-L1 " + g);
        }
        assertTrue(SyntheticReports.t2(T2Row.NEW, T2Column.TOT) > 100, "a report with real traffic");
    }

    @Test
    void htmlParsesCompletely() {
        Report report = OgiReports.parse(SyntheticReports.htmlBytes(), SyntheticReports.HTML_NAME);
        assertTrue(report.contentType().startsWith("text/html"), report.contentType());
        assertComplete(report);
    }

    @Test
    void pipeTextParsesCompletely() {
        Report report = OgiReports.parse(SyntheticReports.pipeTextBytes(), SyntheticReports.TEXT_NAME);
        assertTrue(report.contentType().startsWith("text/plain"), report.contentType());
        assertComplete(report);
    }

    private static void assertComplete(Report report) {
        assertTrue(report.isReadable(), () -> report.error().orElse(""));
        assertEquals(List.of(), report.problems());
        assertEquals(ReportFormat.F2021, report.format());
        assertEquals(SyntheticReports.YEAR, report.year().orElse(-1));
        assertEquals(SyntheticReports.AGENCY, report.agency().orElse(""));
        assertEquals(List.of(SectionId.values()),
                report.sections().stream().map(Section::id).collect(Collectors.toList()));
        String overview = report.section(SectionId.OVERVIEW).map(Section::text).orElse("");
        assertTrue(overview.length() > 2000, "long narrative in 一, got " + overview.length() + " chars");

        StatTable t1 = report.t1().orElseThrow();
        assertEquals(SyntheticReports.T1_ROWS, t1.rows().stream().map(TableRow::id).collect(Collectors.toList()));
        for (T1Row r : SyntheticReports.T1_ROWS) {
            for (T1Column c : SyntheticReports.t1Columns(r)) {
                Cell cell = t1.cell(r, c).orElseThrow(() -> new AssertionError("t1." + r.id() + "." + c.id()));
                assertNumber(SyntheticReports.t1(r, c), cell, "t1." + r.id() + "." + c.id());
            }
        }

        StatTable t2 = report.t2().orElseThrow();
        assertEquals(25, t2.rows().size());
        assertEquals(SyntheticReports.T2_ROWS, t2.rows().stream().map(TableRow::id).collect(Collectors.toList()));
        for (TableRow row : t2.rows()) {
            assertEquals(7, row.cells().size(), row.id().id());
            for (T2Column c : T2Column.values()) {
                T2Row r = (T2Row) row.id();
                assertNumber(BigDecimal.valueOf(SyntheticReports.t2(r, c)), row.cell(c), "t2." + r.id() + "." + c);
            }
        }

        StatTable t3 = report.t3().orElseThrow();
        assertEquals(3, t3.rows().size());
        for (T3Row g : T3Row.values()) {
            for (T3Column c : T3Column.values()) {
                Cell cell = t3.cell(g, c).orElseThrow(() -> new AssertionError("t3." + g + "." + c));
                assertNumber(BigDecimal.valueOf(SyntheticReports.t3(g, c)), cell, "t3." + g + "." + c);
            }
        }
    }

    private static void assertNumber(BigDecimal expected, Cell cell, String path) {
        assertNotNull(cell, path);
        Cell.Number n = assertInstanceOf(Cell.Number.class, cell, path);
        assertTrue(expected.compareTo(n.value()) == 0, path + ": expected " + expected + ", got " + n.value());
    }
}
