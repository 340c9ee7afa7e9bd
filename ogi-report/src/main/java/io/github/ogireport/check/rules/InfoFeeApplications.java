package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.internal.narrative.Sentence;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T2Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 信息处理费 (the fee charged to applicants under 国办函〔2020〕109号, reported in section 六 in 元) needs
 * applications: an amount F &gt; 0 means 本年新收 + 上年结转 &gt; 0 in T2 (domain-spec §8.5). Never compared with
 * T1's 行政事业性收费, which is another thing in another unit (万元). One finding per sentence, with its largest
 * amount; a sentence of wider scope (全县行政机关…) is UNCERTAIN when T2 has no applications.
 */
final class InfoFeeApplications extends Rule {
    InfoFeeApplications() {
        super("X-5", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        Map<Sentence, Claim> largest = new LinkedHashMap<>();
        for (Claim c : n.claims()) {
            if (c.kind() == Claim.Kind.INFO_FEE && c.known()) {
                largest.merge(c.sentence(), c, (a, b) -> a.value().get().compareTo(b.value().get()) >= 0 ? a : b);
            }
        }
        for (Claim c : largest.values()) {
            BigDecimal fee = c.value().get();
            var quotes = List.of(Narratives.quote(c.sentence()));
            String amount = fee.stripTrailingZeros().toPlainString();
            if (fee.signum() == 0) {
                out.report(Status.PASS, "none", List.of(), quotes, c.phrase(), amount);
                continue;
            }
            if (report.t2().isEmpty()) {
                out.report(Status.NOT_ASSESSABLE, "noTable", List.of(), quotes, c.phrase(), amount);
                continue;
            }
            Quantity neu = n.t2(Tables.of(report, out).t2(), T2Row.NEW, Claim.Applicant.ALL, "本年新收", "new");
            Quantity cin = n.t2(Tables.of(report, out).t2(), T2Row.CIN, Claim.Applicant.ALL, "上年结转", "carried over");
            List<CellRef> refs = new ArrayList<>(neu.refs());
            refs.addAll(cin.refs());
            Object[] args = {c.phrase(), amount, neu.shown(), cin.shown(), c.scope()};
            if (neu.missing() || cin.missing()) {
                out.report(Status.NOT_ASSESSABLE, Responsibility.READING, "unreadable", refs, quotes, args);
            } else if (neu.value() == null || cin.value() == null) {
                out.report(Status.UNCERTAIN, "unreadable", refs, quotes, args);
            } else if (neu.value().add(cin.value()).signum() > 0) {
                out.report(Status.PASS, "pass", refs, quotes, args);
            } else if (c.wider()) {
                out.report(Status.UNCERTAIN, "scope", refs, quotes, args);
            } else if (neu.inferred() || cin.inferred()) {
                out.report(Status.UNCERTAIN, Responsibility.READING, "unreadable", refs, quotes, args);
            } else {
                out.report(Status.FAIL, "fail", refs, quotes, args);
            }
        }
    }
}
