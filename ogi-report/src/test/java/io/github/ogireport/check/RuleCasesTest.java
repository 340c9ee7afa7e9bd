package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case of {@code src/test/resources/rules/*.cases}: a report edited, checked, findings compared. */
class RuleCasesTest {
    static final Path CASES = Path.of("ogi-report/src/test/resources/rules");
    static final Path BASES = Path.of("testdata/rules");

    static Stream<RuleCase> cases() throws IOException {
        List<RuleCase> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".cases")).sorted().toList()) {
                all.addAll(RuleCase.read(f));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsAreExactlyTheExpectedOnes(RuleCase c) throws IOException {
        Report report = OgiReports.parse(apply(c), c.base());
        assertTrue(report.isReadable(), () -> "unreadable: " + report.error());
        CheckResult result = OgiReports.check(report, CheckConfig.defaults());
        List<Finding> unmatched = new ArrayList<>(result.findings());
        for (RuleCase.Expect e : c.expects()) {
            Finding hit = null;
            for (Finding f : unmatched) {
                if (f.ruleId().equals(e.rule()) && f.status() == e.status() && involves(f, e.cells())
                        && f.messageZh().contains(e.messagePart())) {
                    hit = f;
                    break;
                }
            }
            if (hit == null) {
                fail("expected " + e + " in " + c + "\nfound:\n" + describe(result.findings()));
            }
            unmatched.remove(hit);
        }
        List<Finding> unexpected = unmatched.stream()
                .filter(f -> f.status() == Status.FAIL && f.severity().atLeast(Severity.WARNING))
                .collect(Collectors.toList());
        assertEquals(List.of(), unexpected.stream().map(RuleCasesTest::line).collect(Collectors.toList()),
                () -> "unexpected failures in " + c);
    }

    private static boolean involves(Finding f, List<String> cells) {
        List<String> paths = f.cells().stream().map(CellRef::path).collect(Collectors.toList());
        return paths.containsAll(cells);
    }

    /** The base report's bytes with the case's edits applied. */
    static byte[] apply(RuleCase c) throws IOException {
        String text = Files.readString(BASES.resolve(c.base()), StandardCharsets.UTF_8);
        for (RuleCase.Edit e : c.edits()) {
            if (!e.kind().equals("cell") && !text.contains(e.target())) {
                throw new IllegalArgumentException(c + ": text not in the base: " + e.target());
            }
            if (e.kind().equals("replace")) {
                int at = text.indexOf(e.target());
                text = text.substring(0, at) + e.value() + text.substring(at + e.target().length());
            } else if (e.kind().equals("replace-all")) {
                text = text.replace(e.target(), e.value());
            } else if (e.kind().equals("truncate")) {
                text = text.substring(0, text.indexOf(e.target()));
            } else {
                text = setCell(text, c, e.target(), e.value());
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String setCell(String text, RuleCase c, String path, String value) {
        Report report = OgiReports.parse(text);
        String[] p = path.split("\\.", 2);
        TableId table = TableId.valueOf(p[0].toUpperCase(java.util.Locale.ROOT));
        String rowAndColumn = p[1];
        int lastDot = rowAndColumn.lastIndexOf('.');
        String row = rowAndColumn.substring(0, lastDot);
        String column = rowAndColumn.substring(lastDot + 1);
        StatTable t = report.table(table).orElseThrow(() -> new IllegalArgumentException(c + ": no table " + table));
        for (TableRow r : t.rows()) {
            if (!r.id().id().equals(row)) {
                continue;
            }
            for (int i = 0; i < r.columns().size(); i++) {
                if (r.columns().get(i).id().equals(column)) {
                    Cell cell = r.cells().get(i);
                    SourcePosition.InText at = (SourcePosition.InText) cell.position();
                    String[] lines = text.split("\n", -1);
                    String line = lines[at.line() - 1];
                    int from = at.column() - 1;
                    int len = cell.raw().strip().length();
                    lines[at.line() - 1] = line.substring(0, from) + value + line.substring(from + len);
                    return String.join("\n", lines);
                }
            }
        }
        throw new IllegalArgumentException(c + ": no cell " + path);
    }

    static String describe(List<Finding> findings) {
        return findings.stream().filter(f -> f.status() != Status.PASS).map(RuleCasesTest::line)
                .collect(Collectors.joining("\n"));
    }

    static String line(Finding f) {
        return f.ruleId() + " " + f.status() + " " + f.severity() + " "
                + f.cells().stream().map(CellRef::path).collect(Collectors.toList()) + " " + f.messageZh();
    }
}
