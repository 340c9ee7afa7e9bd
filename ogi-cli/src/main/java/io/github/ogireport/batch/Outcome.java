package io.github.ogireport.batch;

import java.util.List;

/**
 * What one input of a batch produced: its status, its reports.csv row, its findings.csv rows, its result
 * document (one JSON line) and its cross-year summary line.
 */
record Outcome(String status, boolean skipped, String[] row, List<String[]> findings, String json,
        String summary) {

    /** The outcome of an input processed: its {@link BatchRow}, which the Spark example builds the same way. */
    static Outcome of(BatchRow r) {
        return new Outcome(r.status(), false, r.row(), r.findings(), r.json(), r.summary());
    }
}
