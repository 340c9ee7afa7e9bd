package io.github.ogireport.batch;

import java.util.List;

/** The files a batch run writes into {@code --out}, and the headers of its CSV files. */
final class BatchFiles {
    static final String REPORTS = "reports.csv";
    static final String FINDINGS = "findings.csv";
    static final String RESULTS = "results.jsonl";
    static final String CROSSYEAR = "crossyear.csv";
    static final String SUMMARY = "summary.txt";
    /** The work folder (per-report summaries for the cross-year pass). */
    static final String WORK = ".ogi-batch";
    static final String SUMMARIES = "summaries.tsv";

    /** The columns of findings.csv. */
    static final List<String> FINDINGS_HEADER = List.of("seq", "file", "sha256", "scope", "rule", "status",
            "severity", "cells", "message", "message_en", "other_file");
    /** The columns of crossyear.csv. */
    static final List<String> CROSSYEAR_HEADER = List.of("seq", "file", "organ_key", "year", "prev_seq",
            "prev_file", "prev_year", "copy_share", "T2-Y1", "T1-Y1");

    private BatchFiles() {
    }
}
