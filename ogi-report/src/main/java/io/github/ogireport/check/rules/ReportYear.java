package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Message;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.internal.narrative.Years;
import io.github.ogireport.model.Report;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * one year throughout (domain-spec §8.5, §9 E3): the year in the title equals the statistics period
 * ("统计期限为Y年1月1日至Y年12月31日") and the year that opens the overview and the statements of this year's
 * figures ("2024年，本机关共收到…"). A mismatch is the mark of a report copied from an earlier year (照抄往年),
 * an error. A period whose year was lost in extraction ("自20251月1日起") is UNCERTAIN.
 */
final class ReportYear extends Rule {
    ReportYear() {
        super("X-8", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        OptionalInt title = titleYear(report);
        Optional<Years.Period> period = Years.period(n.narrative);
        if (period.isPresent()) {
            Years.Period p = period.get();
            var quotes = List.of(Narratives.quote(p.sentence()));
            if (p.lost()) {
                out.report(Status.UNCERTAIN, "periodLost", List.of(), quotes, p.phrase());
            } else if (title.isPresent()) {
                int y = title.getAsInt();
                int start = p.start().getAsInt();
                int end = p.end().orElse(start);
                if (start == y && end == y) {
                    out.report(Status.PASS, "periodPass", List.of(), quotes, p.phrase(), y);
                } else {
                    out.report(Status.FAIL, "periodFail", List.of(), quotes, p.phrase(), y, start == y ? end : start);
                }
            }
        }
        OptionalInt reference = title.isPresent() ? title
                : period.filter(p -> !p.lost()).map(p -> p.start()).orElse(OptionalInt.empty());
        if (reference.isEmpty()) {
            return;
        }
        int y = reference.getAsInt();
        Message source = Message.of(title.isPresent() ? "X-8.sourceTitle" : "X-8.sourcePeriod");
        for (Years.Statement s : Years.statements(n.narrative)) {
            var quotes = List.of(Narratives.quote(s.sentence()));
            if (s.year() == y) {
                out.report(Status.PASS, "statementPass", List.of(), quotes, s.phrase(), y, source);
            } else {
                out.report(Status.FAIL, "statementFail", List.of(), quotes, s.phrase(), y, s.year(), source);
            }
        }
    }

    /** The year written in the title, if any (the report's year may come from the period instead). */
    static OptionalInt titleYear(Report report) {
        if (report.title().isEmpty()) {
            return OptionalInt.empty();
        }
        return Years.firstYear(Text.key(report.title().get())); // the first ((?:19|20)[0-9]{2})年
    }
}
