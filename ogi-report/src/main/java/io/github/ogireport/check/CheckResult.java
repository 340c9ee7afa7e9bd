package io.github.ogireport.check;

import io.github.ogireport.internal.ArrayView;
import io.github.ogireport.model.Report;
import java.util.List;
import java.util.Objects;

/**
 * A report with what the rules found.
 *
 * @param report   the parsed report
 * @param findings every finding, PASS included, in rule order
 * @param config   the configuration of the run
 */
public record CheckResult(Report report, List<Finding> findings, CheckConfig config) {

    /** The overall judgement of a report. */
    public enum Verdict {
        /** The report could not be read. */
        UNREADABLE,
        /** Some finding fails at or above the configured severity. */
        FAILED,
        /** Nothing fails at that severity, but something needs a look: a failure below it, or an evaluation
         * that could not be decided. */
        ATTENTION,
        /** Nothing fails and nothing is left undecided. */
        PASSED
    }

    /**
     * Checks the report and configuration; the findings are copied (unmodifiable), unless they are one of the
     * library's read-only lists already (a {@link Checker}'s, which no one else holds).
     *
     * @param report the parsed report
     * @param findings every finding, PASS included, in rule order
     * @param config the configuration of the run
     */
    public CheckResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(config, "config");
        findings = findings instanceof ArrayView ? findings : List.copyOf(findings);
    }

    /**
     * The findings to show: all but PASS, unless the configuration includes PASS.
     *
     * @return the findings to show, in rule order
     */
    public List<Finding> shown() {
        if (config.includePass()) {
            return findings;
        }
        Finding[] shown = new Finding[findings.size()];
        int n = 0;
        for (int i = 0, size = findings.size(); i < size; i++) {
            Finding f = findings.get(i);
            if (f.status() != Status.PASS) {
                shown[n++] = f;
            }
        }
        return ArrayView.of(n == shown.length ? shown : java.util.Arrays.copyOf(shown, n));
    }

    /**
     * The number of shown findings of a severity.
     *
     * @param severity a severity
     * @return how many shown findings fail with that severity
     */
    public long count(Severity severity) {
        long n = 0;
        for (int i = 0, size = findings.size(); i < size; i++) { // the shown ones that are not PASS: all but PASS
            Finding f = findings.get(i);
            if (f.severity() == severity && f.status() != Status.PASS) {
                n++;
            }
        }
        return n;
    }

    /**
     * The verdict under the configured {@code failOn}.
     *
     * @return the verdict of the report
     */
    public Verdict verdict() {
        if (!report.isReadable()) {
            return Verdict.UNREADABLE;
        }
        Severity failOn = config.failOn();
        boolean attention = false; // anything but a PASS: a failure below failOn, or undecided
        for (int i = 0, size = findings.size(); i < size; i++) {
            Finding f = findings.get(i);
            if (f.failsAt(failOn)) {
                return Verdict.FAILED;
            }
            attention |= f.status() != Status.PASS;
        }
        return attention ? Verdict.ATTENTION : Verdict.PASSED;
    }
}
