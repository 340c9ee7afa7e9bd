package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.ogireport.model.Report;
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
 * every field and every cell with it (see {@code testdata/parse/README.md}).
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

    /** No fixture is left without an expected file (it would be parsed by nothing). */
    @Test
    void everyFixtureHasAnExpectedFile() throws IOException {
        List<String> orphans = new ArrayList<>();
        for (Path dir : DIRS) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (!name.endsWith(".json") && !name.equals("README.md")
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
