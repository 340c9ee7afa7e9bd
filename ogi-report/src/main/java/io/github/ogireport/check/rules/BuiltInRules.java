package io.github.ogireport.check.rules;

import io.github.ogireport.check.Rule;
import io.github.ogireport.check.RuleRegistry;
import java.util.List;

/**
 * The explicit list of built-in rules, in the order they run and are reported: the registry's
 * {@link RuleRegistry.Provider}, which the registry makes by name (and {@link java.util.ServiceLoader} would find
 * through {@code META-INF/services}); both need this class and its constructor public: it is the only public
 * type of this package, whose rules are package-private.
 */
public final class BuiltInRules implements RuleRegistry.Provider {
    /** Made by the registry, by name. */
    public BuiltInRules() {
    }

    /** A new instance of every built-in rule. */
    static List<Rule> all() {
        return List.of(
                // structure and format
                new SectionsPresent(),
                new SectionHeadings(),
                new SectionNumbering(),
                new TablesPresent(),
                new FormatVersion(),
                new T2SixRows(),
                new RowLabels(),
                // T2
                new T2Balance(),
                new T2ResultTotal(),
                new T2RowTotal(),
                new T2Integers(),
                new T2NoIntake(),
                new T2Locate(),
                // T3
                new T3Total(),
                new T3Integers(),
                // T1
                new T1Values(),
                new T1Valid(),
                // blank and not-applicable cells
                new BlankTotals(),
                new NotApplicableMarks(),
                // narrative against the tables
                new NarrativeApplications(),
                new NarrativeResults(),
                new NarrativeReviews(),
                new NarrativeZeros(),
                new InfoFeeApplications(),
                new InfoFeeReported(),
                new FeeNoticeReported(),
                new NarrativeProactive(),
                new ReportYear(),
                new AllHandled(),
                new RepeatedWord());
    }

    @Override
    public List<Rule> rules() {
        return all();
    }
}
