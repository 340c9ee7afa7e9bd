package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every fixture under {@code testdata/} that has a {@code NAME.expected.json} beside it and compares
 * every field and every cell with it (see {@code testdata/README.md}).
 */
class FixtureTest {
    /** Folders holding fixtures; the working directory of the tests is the project folder. */
    static final List<Path> DIRS = List.of(Path.of("testdata", "parse"), Path.of("testdata", "samples"));
    static final String SUFFIX = ".expected.json";

    /** Every expected file with its fixture, in a stable order. */
    static List<Path[]> pairs() throws IOException {
        List<Path[]> out = new ArrayList<>();
        for (Path dir : DIRS) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path expected : files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                    String name = expected.getFileName().toString();
                    out.add(new Path[] {expected.resolveSibling(name.substring(0, name.length() - SUFFIX.length())),
                            expected});
                }
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureParsesAsItsExpectedFileSays() throws IOException {
        List<Path[]> pairs = pairs();
        assertTrue(pairs.size() >= 10, "fixtures found: " + pairs.size());
        return pairs.stream().map(pair -> DynamicTest.dynamicTest(pair[0].getFileName().toString(), () -> {
            assertTrue(Files.exists(pair[0]), "fixture missing for " + pair[1]);
            Report report = OgiReports.parse(pair[0]);
            List<String> diffs = ExpectedReport.differences(ExpectedReport.read(pair[1]), report);
            assertTrue(diffs.isEmpty(), () -> pair[0] + ":\n  " + String.join("\n  ", diffs));
        }));
    }

    /**
     * Units, which the value comparison does not show: the F2021 fee column is in 万元 (251000元 becomes 25.1),
     * while the F2019 采购总金额 declares no unit and keeps the 元 printed in the cell.
     */
    @Test
    void unitsFollowTheColumn() throws IOException {
        Cell fee = OgiReports.parse(Path.of("testdata", "parse", "f2021-hanyang-style.txt")).t1().orElseThrow()
                .cell(T1Row.FEE, T1Column.AMOUNT).orElseThrow();
        Cell.Number wan = assertInstanceOf(Cell.Number.class, fee);
        assertEquals("万元", wan.unit());
        assertEquals("251000元", wan.raw());
        Cell amount = OgiReports.parse(Path.of("testdata", "parse", "f2019-pipe.txt")).t1().orElseThrow()
                .cell(T1Row.PROCUREMENT, T1Column.AMOUNT).orElseThrow();
        Cell.Number yuan = assertInstanceOf(Cell.Number.class, amount);
        assertEquals("元", yuan.unit());
        assertEquals(0, yuan.value().compareTo(new java.math.BigDecimal(251000)));
    }

    /**
     * The hand-written expected figures are consistent (blank = 0): T2 勾稽 (NEW + CIN = R7 + COUT), the
     * 总计 row (R7 = sum of the result rows) and column (TOT = sum of the applicant columns), and T3 总计. A typo
     * in an expected file shows up here rather than as a parser "bug".
     */
    @TestFactory
    Stream<DynamicTest> expectedFiguresReconcile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path[] pair : pairs()) {
            JsonNode expected = ExpectedReport.read(pair[1]);
            JsonNode t2 = expected.get("t2");
            if (t2 == null || !t2.has("R7") || !t2.has("COUT")) {
                continue; // unreadable or cut-off fixtures
            }
            tests.add(DynamicTest.dynamicTest(pair[0].getFileName().toString(), () -> {
                for (int c = 0; c < 7; c++) {
                    double results = 0;
                    for (java.util.Map.Entry<String, JsonNode> e : t2.properties()) {
                        if (e.getKey().matches("R[1-6](\\.\\d)?")) {
                            results += e.getValue().get(c).asDouble(0);
                        }
                    }
                    double r7 = t2.get("R7").get(c).asDouble(0);
                    assertEquals(r7, results, "R7 column " + c);
                    assertEquals(t2.get("NEW").get(c).asDouble(0) + t2.get("CIN").get(c).asDouble(0),
                            r7 + t2.get("COUT").get(c).asDouble(0), "勾稽 column " + c);
                }
                for (java.util.Map.Entry<String, JsonNode> e : t2.properties()) {
                    double sum = 0;
                    for (int c = 0; c < 6; c++) {
                        sum += e.getValue().get(c).asDouble(0);
                    }
                    assertEquals(e.getValue().get(6).asDouble(0), sum, "总计 of " + e.getKey());
                }
                for (JsonNode group : expected.get("t3")) {
                    double sum = 0;
                    for (int k = 0; k < 4; k++) {
                        sum += group.get(k).asDouble(0);
                    }
                    assertEquals(group.get(4).asDouble(0), sum, "T3 总计");
                }
            }));
        }
        assertTrue(tests.size() >= 7, "fixtures with a whole T2: " + tests.size());
        return tests.stream();
    }

    /** No fixture is left without an expected file (it would be parsed by nothing). */
    @Test
    void everyFixtureHasAnExpectedFile() throws IOException {
        List<String> orphans = new ArrayList<>();
        for (Path dir : DIRS) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (!name.endsWith(".json")
                            && !Files.exists(p.resolveSibling(name + SUFFIX))) {
                        orphans.add(p.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), orphans);
    }

    /** The comparison itself can fail: one changed cell, row, field or problem is reported, and only that. */
    @Test
    void theComparisonReportsEachKindOfDifference() throws IOException {
        Path fixture = Path.of("testdata", "parse", "f2021-district-bureau.html");
        Report report = OgiReports.parse(fixture);
        JsonNode good = ExpectedReport.read(Path.of(fixture + SUFFIX));
        assertEquals(List.of(), ExpectedReport.differences(good, report));

        ObjectNode cell = good.deepCopy();
        ((ArrayNode) cell.get("t2").get("R3.3")).set(0, 2);
        assertEquals(List.of("t2.R3.3.NP: want 2, got 1 (raw '1')"), ExpectedReport.differences(cell, report));

        ObjectNode blank = good.deepCopy();
        ((ArrayNode) blank.get("t3").get("LR")).set(4, 0);
        assertEquals(1, ExpectedReport.differences(blank, report).size());

        ObjectNode na = good.deepCopy();
        ((ArrayNode) na.get("t1").get("COERCION")).set(0, 0);
        assertEquals(List.of("t1.COERCION.DECISIONS: want number 0, got NotApplicable '/'"),
                ExpectedReport.differences(na, report));

        ObjectNode row = good.deepCopy();
        ((ObjectNode) row.get("t2")).remove("R6.2");
        assertEquals(1, ExpectedReport.differences(row, report).size());

        ObjectNode meta = good.deepCopy();
        meta.put("year", 2023);
        meta.put("agency", "明川区");
        assertEquals(2, ExpectedReport.differences(meta, report).size());

        ObjectNode problem = good.deepCopy();
        ((ArrayNode) problem.get("problems")).add("ROW_MISSING t2.R1");
        assertEquals(List.of("problem missing: ROW_MISSING t2.R1"), ExpectedReport.differences(problem, report));

        ObjectNode error = good.deepCopy();
        error.put("error", "empty file");
        assertFalse(ExpectedReport.differences(error, report).isEmpty());
    }
}
