package io.github.ogireport.check;

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
     * Checks the report and configuration; the findings are copied (unmodifiable).
     *
     * @param report the parsed report
     * @param findings every finding, PASS included, in rule order
     * @param config the configuration of the run
     */
    public CheckResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(config, "config");
        findings = List.copyOf(findings);
    }

    /**
     * The findings to show: all but PASS, unless the configuration includes PASS.
     *
     * @return the findings to show, in rule order
     */
    public List<Finding> shown() {
        return config.includePass() ? findings
                : findings.stream().filter(f -> f.status() != Status.PASS).toList();
    }

    /**
     * The number of shown findings of a severity.
     *
     * @param severity a severity
     * @return how many shown findings fail with that severity
     */
    public long count(Severity severity) {
        return shown().stream().filter(f -> f.severity() == severity && f.status() != Status.PASS).count();
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
        if (findings.stream().anyMatch(f -> f.failsAt(config.failOn()))) {
            return Verdict.FAILED;
        }
        if (findings.stream().anyMatch(f -> f.status() == Status.UNCERTAIN || f.status() == Status.NOT_ASSESSABLE
                || f.status() == Status.FAIL)) {
            return Verdict.ATTENTION;
        }
        return Verdict.PASSED;
    }
}
