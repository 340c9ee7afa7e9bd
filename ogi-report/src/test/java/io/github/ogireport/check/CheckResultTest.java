package io.github.ogireport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A result's shown findings, counts and verdict follow its findings and configuration: PASS hidden unless asked,
 * FAILED at or above fail-on, ATTENTION for any other non-PASS, PASSED otherwise; its lists are read-only, and a
 * list handed in is copied.
 */
class CheckResultTest {
    private static final Report READABLE = OgiReports.parseUnchecked(
            java.nio.file.Path.of("testdata/samples/2024-gaochang-jdb.txt"));

    private static Finding finding(Status status, Severity severity) {
        return new Finding("R-" + status, status, severity, "中", "en", List.of(), List.of());
    }

    private static CheckResult result(boolean includePass, Severity failOn, Finding... findings) {
        CheckConfig config = new CheckConfig(Set.of(), Set.of(), failOn, java.math.BigDecimal.ZERO, includePass);
        return new CheckResult(READABLE, List.of(findings), config);
    }

    @Test
    void shownAndCountedFindings() {
        Finding pass = finding(Status.PASS, Severity.ERROR);
        Finding fail = finding(Status.FAIL, Severity.WARNING);
        Finding unsure = finding(Status.UNCERTAIN, Severity.INFO);
        CheckResult hidden = result(false, Severity.ERROR, pass, fail, pass, unsure);
        assertEquals(List.of(fail, unsure), hidden.shown());
        CheckResult all = result(true, Severity.ERROR, pass, fail, pass, unsure);
        assertEquals(List.of(pass, fail, pass, unsure), all.shown());
        // PASS findings carry the rule's severity but are never counted
        assertEquals(0, all.count(Severity.ERROR));
        assertEquals(1, all.count(Severity.WARNING));
        assertEquals(1, hidden.count(Severity.INFO));
        assertThrows(UnsupportedOperationException.class, () -> hidden.shown().add(pass));
        assertThrows(UnsupportedOperationException.class, () -> all.findings().remove(0));
    }

    @Test
    void verdicts() {
        Finding pass = finding(Status.PASS, Severity.ERROR);
        assertEquals(CheckResult.Verdict.PASSED, result(false, Severity.ERROR, pass, pass).verdict());
        assertEquals(CheckResult.Verdict.PASSED, result(false, Severity.ERROR).verdict());
        assertEquals(CheckResult.Verdict.FAILED,
                result(false, Severity.ERROR, pass, finding(Status.FAIL, Severity.ERROR)).verdict());
        assertEquals(CheckResult.Verdict.ATTENTION,
                result(false, Severity.ERROR, finding(Status.FAIL, Severity.WARNING), pass).verdict());
        assertEquals(CheckResult.Verdict.FAILED,
                result(false, Severity.WARNING, finding(Status.FAIL, Severity.WARNING), pass).verdict());
        assertEquals(CheckResult.Verdict.ATTENTION,
                result(false, Severity.INFO, finding(Status.UNCERTAIN, Severity.INFO)).verdict());
        assertEquals(CheckResult.Verdict.ATTENTION,
                result(false, Severity.ERROR, pass, finding(Status.NOT_ASSESSABLE, Severity.INFO)).verdict());
        // a failure after an undecided finding still fails the report
        assertEquals(CheckResult.Verdict.FAILED, result(false, Severity.ERROR,
                finding(Status.UNCERTAIN, Severity.INFO), finding(Status.FAIL, Severity.ERROR)).verdict());
        CheckResult unreadable = new CheckResult(Report.unreadable("x", "text/plain", "broken"),
                List.of(finding(Status.PASS, Severity.ERROR)), CheckConfig.defaults());
        assertEquals(CheckResult.Verdict.UNREADABLE, unreadable.verdict());
    }

    @Test
    void aListHandedInIsCopied() {
        List<Finding> list = new ArrayList<>(List.of(finding(Status.FAIL, Severity.ERROR)));
        CheckResult r = new CheckResult(READABLE, list, CheckConfig.defaults());
        list.clear();
        assertEquals(1, r.findings().size());
        assertEquals(1, r.shown().size());
    }

    @Test
    void aCheckersFindingsAreReadOnly() {
        CheckResult r = OgiReports.check(READABLE);
        assertEquals(true, READABLE.isReadable());
        assertEquals(true, r.findings().size() > 10);
        assertThrows(UnsupportedOperationException.class, () -> r.findings().clear());
        assertEquals(r.findings().stream().filter(f -> f.status() != Status.PASS).toList(), r.shown());
    }
}
