package io.github.ogireport.batch;

import io.github.ogireport.check.Status;

import io.github.ogireport.check.CheckConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The cross-year rules (T2-Y1, T1-Y1, X-COPY) for one pair of reports, for an engine that pairs the reports
 * itself, such as the Spark job in {@code examples/spark} (a join on organ key and year), instead of
 * {@code ogi batch}'s pass over its work file. Both give the same rows because both call this code.
 *
 * <p>The pairing both follow: reports are grouped by {@link Key#organKey()}; within an organ, the report of
 * the lowest sequence number stands for its year; the previous report of a report of year N is the one standing
 * for the latest year before N. Reports of the same organ and year are not compared with each other.
 */
public final class CrossYearPair {
    private CrossYearPair() {
    }

    /**
     * What a summary is grouped by.
     *
     * @param seq      the input's sequence number
     * @param organKey the {@link OrganKey} of its organ
     * @param year     its report year
     */
    public record Key(long seq, String organKey, int year) {
        /** Checks the organ key. */
        public Key {
            Objects.requireNonNull(organKey, "organKey");
        }
    }

    /**
     * What the comparison of one report with its previous report gives.
     *
     * @param findings     findings.csv rows (scope {@code corpus}) of the evaluations that did not pass
     * @param crossYearRow the crossyear.csv row ({@link BatchRunner#CROSSYEAR_HEADER})
     * @param copyShare    the report's reports.csv {@code copy_share} value
     * @param copyOf       its {@code copy_of} value (the previous report's path)
     */
    public record Result(List<String[]> findings, String[] crossYearRow, String copyShare, String copyOf) {
        /** Keeps the findings as an unmodifiable list. */
        public Result {
            findings = List.copyOf(findings);
            Objects.requireNonNull(crossYearRow, "crossYearRow");
        }
    }

    /** The grouping key of a {@link BatchRow#summary()} line. */
    public static Key key(String summary) {
        String[] h = ReportSummary.head(summary);
        return new Key(Long.parseLong(h[0]), h[1], Integer.parseInt(h[2]));
    }

    /**
     * Compares a report with its organ's previous report.
     *
     * @param summary         the report's {@link BatchRow#summary()}
     * @param previousSummary that of its previous report (an earlier year, see the class comment)
     * @param threshold       the X-COPY threshold ({@link BatchOptions#similarityThreshold()})
     * @param config          which rules run
     */
    public static Result compare(String summary, String previousSummary, double threshold, CheckConfig config) {
        List<String[]> findings = new ArrayList<>();
        Result[] result = new Result[1];
        try {
            new CrossYear(null, threshold, config).compare(ReportSummary.parse(summary),
                    ReportSummary.parse(previousSummary), new CrossYear.Sink() {
                        @Override
                        public void issue(CrossYear.Issue i) {
                            findings.add(findingRow(i));
                        }

                        @Override
                        public void comparison(CrossYear.Comparison c) {
                            result[0] = new Result(findings, crossYearRow(c), copyShare(c), CsvText.safe(c.prevFile()));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the sinks above do no I/O
        }
        return result[0];
    }

    /** The findings.csv row of a cross-year issue. */
    static String[] findingRow(CrossYear.Issue i) {
        return new String[] {Long.toString(i.seq()), CsvText.safe(i.file()), i.sha256(), "corpus", i.rule(),
            i.status().name(), i.severity(), String.join(" ", i.cells()), CsvText.safe(i.messageZh()),
            CsvText.safe(i.messageEn()), CsvText.safe(i.otherFile()),
            // a cross-year finding compares two printed reports: its evidence is theirs
            i.status() == Status.FAIL || i.status() == Status.UNCERTAIN ? "SOURCE" : "NONE"};
    }

    /** The crossyear.csv row of a comparison. */
    static String[] crossYearRow(CrossYear.Comparison c) {
        return new String[] {Long.toString(c.seq()), CsvText.safe(c.file()), CsvText.safe(c.organKey()),
            Integer.toString(c.year()), Long.toString(c.prevSeq()), CsvText.safe(c.prevFile()),
            Integer.toString(c.prevYear()), copyShare(c), c.t2y1(), c.t1y1()};
    }

    /** The copy share as written to the tables (three decimals; "" when not measured). */
    static String copyShare(CrossYear.Comparison c) {
        return c.copyShare() < 0 ? "" : String.format(Locale.ROOT, "%.3f", c.copyShare());
    }
}
