package io.github.ogireport.batch;

import io.github.ogireport.check.Severity;
import io.github.ogireport.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules that compare reports of one organ across years (domain-spec §8 kind Y, §9 E3). They need every
 * report of an organ, so they are not single-report {@link io.github.ogireport.check.Rule}s and are not in
 * {@code BuiltInRules}: {@code ogi batch} runs them in its second pass. Each has a page
 * {@code docs/rules/<ID>.md} and its messages in both bundles.
 */
public final class CrossYearRules {

    /**
     * A cross-year rule.
     *
     * @param id       the rule ID
     * @param severity the severity of its failures
     */
    public record Def(String id, Severity severity) {
        public Def {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(severity, "severity");
        }

        /** What it checks, in one line ({@code rule.<ID>.summary}). */
        public String summary(Locale locale) {
            return Messages.format(locale, "rule." + id + ".summary");
        }
    }

    /** T2-Y1: this year's 上年结转 = last year's 结转下年度, per column. */
    public static final Def T2_Y1 = new Def("T2-Y1", Severity.WARNING);
    /** T1-Y1: 现行有效 rolls forward: last year's + 制发 − 废止 (soft: amendments and re-counts break it). */
    public static final Def T1_Y1 = new Def("T1-Y1", Severity.INFO);
    /** X-COPY: the narrative repeats the previous report's (内容雷同) above the threshold. */
    public static final Def X_COPY = new Def("X-COPY", Severity.WARNING);

    private CrossYearRules() {
    }

    /** All cross-year rules, in report order. */
    public static List<Def> all() {
        return List.of(T2_Y1, T1_Y1, X_COPY);
    }

    /** The rule with this ID. */
    public static Optional<Def> byId(String id) {
        return all().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
