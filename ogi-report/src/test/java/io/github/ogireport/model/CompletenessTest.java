package io.github.ogireport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How each cell was placed and how completely a report was read (issue 11): every cell of the format is read
 * under its label, placed by inference, or absent; the share read under its label is the completeness.
 */
class CompletenessTest {
    private static String base(String name) throws IOException {
        return Files.readString(Path.of("testdata/rules", name), StandardCharsets.UTF_8);
    }

    private static String edit(String text, String from, String to) {
        assertTrue(text.contains(from), from);
        return text.replace(from, to);
    }

    @Test
    void aCleanReportIsReadCompletely() throws IOException {
        Report r = OgiReports.parse(base("base-tables.txt"));
        Completeness c = r.completeness();
        // F2021: T1 3+3+1+1+1+1, T2 25 rows x 7, T3 15
        assertEquals(10 + 25 * 7 + 15, c.formatCells());
        assertEquals(c.formatCells(), c.read());
        assertTrue(c.isComplete());
        assertEquals(100, c.percent());
        assertEquals(List.of(), c.notRead());
        for (TableRow row : r.t2().orElseThrow().rows()) {
            assertTrue(row.placements().stream().allMatch(p -> p == Placement.READ), row.id().id());
        }
    }

    @Test
    void aRowThatLostItsLabelIsPlacedByCountingAndSaysSo() throws IOException {
        Report r = OgiReports.parse(edit(base("base-tables.txt"), "2.没有现成信息需要另行制作 | 1 |", "| 1 |"));
        TableRow row = r.t2().orElseThrow().row(T2Row.R4_2).orElseThrow();
        assertEquals("", row.label());
        assertEquals(Placement.ROW_BY_ORDER, row.placement(T2Column.NP));
        assertEquals(Placement.ROW_BY_ORDER, row.placement(T2Column.TOT));
        assertEquals(Placement.READ, r.t2().orElseThrow().row(T2Row.R4_1).orElseThrow().placement(T2Column.NP));
        Completeness c = r.completeness();
        assertEquals(c.formatCells() - 7, c.read());
        assertEquals(7, c.inferred().size());
        assertEquals(Placement.ROW_BY_ORDER, c.inferred().get("t2.R4.2.NP"));
        assertEquals(List.of("t2.R4.2 (ROW_BY_ORDER)"), c.notRead());
        assertFalse(c.isComplete());
        assertEquals(96, c.percent());
    }

    @Test
    void aRowNotFoundIsAbsentNotZero() throws IOException {
        Report r = OgiReports.parse(edit(base("base-tables.txt"),
                "(四)无法提供 | 1.本机关不掌握相关政府信息 | 8 | 1 | 0 | 0 | 1 | 0 | 10 | |\n", ""));
        assertTrue(r.t2().orElseThrow().row(T2Row.R4_1).isEmpty());
        Completeness c = r.completeness();
        assertEquals(7, c.absent().size());
        assertTrue(c.absent().contains("t2.R4.1.TOT"));
        assertEquals(List.of("t2.R4.1"), c.notRead());
    }

    @Test
    void aMissingTableIsNamedWhole() throws IOException {
        String text = base("base-tables.txt");
        Report r = OgiReports.parse(text.substring(0, text.indexOf("四、政府信息公开行政复议")));
        Completeness c = r.completeness();
        assertEquals(List.of(TableId.T3), c.tablesMissing());
        assertEquals(List.of("t3"), c.notRead());
        assertEquals(15, c.absent().size());
    }

    @Test
    void theSingleSixRowOfF2019IsAVariantNotAnAbsence() throws IOException {
        Report r = OgiReports.parse(base("base-2020.txt"));
        assertTrue(r.t2().orElseThrow().row(T2Row.R6).isPresent());
        List<T2Row> rows = FormatCells.t2Rows(r);
        assertTrue(rows.contains(T2Row.R6));
        assertFalse(rows.contains(T2Row.R6_1));
        assertTrue(FormatCells.t2ResultRows(r).contains(T2Row.R6));
        assertTrue(r.completeness().absent().stream().noneMatch(p -> p.startsWith("t2.")),
                r.completeness().absent().toString());
    }

    @Test
    void aRowOfCellsReadUnderTheirLabelsByDefaultAndNeverAbsent() {
        Cell zero = new Cell.Number(BigDecimal.ZERO, "", "0", SourcePosition.UNKNOWN);
        TableRow row = new TableRow(T3Row.RV, "行政复议", List.of(T3Column.KEEP), List.of(zero));
        assertEquals(List.of(Placement.READ), row.placements());
        assertEquals(Placement.ABSENT, row.placement(T3Column.TOT));
        assertEquals(Placement.JOINED_LINES, new TableRow(T3Row.RV, "", List.of(T3Column.KEEP), List.of(zero),
                List.of(Placement.JOINED_LINES)).placement(T3Column.KEEP));
        assertThrows(IllegalArgumentException.class, () -> new TableRow(T3Row.RV, "", List.of(T3Column.KEEP),
                List.of(zero), List.of(Placement.ABSENT)));
        assertTrue(Placement.ROW_BY_ORDER.isInferred());
        assertFalse(Placement.READ.isInferred());
        assertFalse(Placement.ABSENT.isInferred());
    }
}
