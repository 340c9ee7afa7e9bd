package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.internal.narrative.Statement;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T2Row;
import java.util.ArrayList;
import java.util.List;

/**
 * X-DONE (warning), the internal contradiction of domain-spec §9 E9: the narrative says every application was
 * handled ("所有申请均已按要求办理完成", "均已办结", "全部办结") while T2 carries applications over to next year
 * (结转下年度继续办理 总计 &gt; 0). When the same paragraph also states the carried-over figure, both sentences
 * are quoted. A warning: the sentence may mean "handled within the legal time limit", which carried-over
 * applications can still be.
 */
final class AllHandled extends Rule {
    AllHandled() {
        super("X-DONE", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        List<Claim> claims = null;
        for (Statement s : n.statements()) {
            if (s.type() != Statement.Type.ALL_DONE) {
                continue;
            }
            List<Quote> quotes = new ArrayList<>(List.of(Narratives.quote(s.sentence())));
            if (report.t2().isEmpty()) {
                out.report(Status.NOT_ASSESSABLE, "noTable", List.of(), quotes, s.phrase());
                continue;
            }
            Quantity cout = Quantity.t2(Tables.of(report, out).t2(), T2Row.COUT, Claim.Applicant.ALL, "表二结转下年度继续办理",
                    "T2 carried over to next year");
            Object[] args = {s.phrase(), cout.name(), cout.shown(), s.scope()};
            if (cout.missing()) {
                out.report(Status.NOT_ASSESSABLE, Responsibility.READING, "unreadable", cout.refs(), quotes, args);
            } else if (cout.value() == null) {
                out.report(Status.UNCERTAIN, "unreadable", cout.refs(), quotes, args);
            } else if (cout.value().signum() == 0) {
                out.report(Status.PASS, "pass", cout.refs(), quotes, args);
            } else if (s.wider()) {
                out.report(Status.UNCERTAIN, "scope", cout.refs(), quotes, args);
            } else if (cout.inferred()) {
                out.report(Status.UNCERTAIN, Responsibility.READING, "unreadable", cout.refs(), quotes, args);
            } else {
                if (claims == null) {
                    claims = n.claims();
                }
                Claim said = null;
                for (Claim c : claims) {
                    if (c.kind() == Claim.Kind.CARRIED_OUT && c.sentence().block() == s.sentence().block()
                            && c.value().isPresent() && c.value().get().signum() > 0) {
                        said = c;
                        break;
                    }
                }
                if (said != null) {
                    if (said.sentence() != s.sentence()) {
                        quotes.add(Narratives.quote(said.sentence()));
                    }
                    out.report(Status.FAIL, "failSaid", cout.refs(), quotes, s.phrase(), cout.name(), cout.shown(),
                            s.scope(), said.phrase());
                } else {
                    out.report(Status.FAIL, "fail", cout.refs(), quotes, args);
                }
            }
        }
    }
}
