package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T2Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * the narrative's figures of applications equal T2 (domain-spec §8.5). "收到/受理/新收/接收…申请 n 件" is
 * 本年新收 总计 (本年新收 + 上年结转 when the sentence says 含上年结转); "答复/办结/办理 n 件" is （七）总计;
 * "上年结转 m 件" is 上年结转; "结转/顺延到下年度 k 件" is 结转下年度继续办理; "其中自然人 n 件 / 法人或其他组织
 * n 件" are the applicant columns of the figure before them.
 *
 * <p>A received figure that equals 本年新收 + 上年结转 fails with the reason: the narrative counts the
 * carried-over applications as received this year. A differing figure in a sentence of wider scope (全县,
 * 各部门…) is UNCERTAIN unless explained so. A receipt figure of 0 is X-4's (zero consistency); a number
 * whose unit was lost ("申请3,截至") is UNCERTAIN, never 0.
 */
final class NarrativeApplications extends Rule {
    NarrativeApplications() {
        super("X-1", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        for (Claim c : n.claims()) {
            if (!c.kind().isFlow()) {
                continue;
            }
            if (c.kind() == Claim.Kind.RECEIVED && c.applicant() == Claim.Applicant.ALL && c.isZero()) {
                continue; // 收到申请0件: X-4
            }
            if (report.t2().isEmpty()) {
                Narratives.noTable(out, c);
                continue;
            }
            Cells t2 = Tables.of(report, out).t2();
            switch (c.kind()) {
                case RECEIVED: {
                    Quantity neu = n.t2(t2, T2Row.NEW, c.applicant(), "表二本年新收申请", "T2 new applications");
                    Quantity cin = n.t2(t2, T2Row.CIN, c.applicant(), "表二上年结转申请", "T2 carried over from last year");
                    if (c.carried() == Claim.Carried.INCLUDED) {
                        Narratives.judge(out, c, Quantity.plus(neu, cin, "表二本年新收与上年结转之和",
                                "T2 new plus carried-over applications"));
                    } else if (!countsCarriedOver(out, c, neu, cin)) {
                        Narratives.judge(out, c, neu);
                    }
                    break;
                }
                case HANDLED:
                    Narratives.judge(out, c, n.t2(t2, T2Row.R7, c.applicant(), "表二（七）办理结果", "T2 (7) handled"));
                    break;
                case CARRIED_IN:
                    Narratives.judge(out, c, n.t2(t2, T2Row.CIN, c.applicant(), "表二上年结转申请",
                            "T2 carried over from last year"));
                    break;
                default:
                    Narratives.judge(out, c, n.t2(t2, T2Row.COUT, c.applicant(), "表二结转下年度继续办理",
                            "T2 carried over to next year"));
            }
        }
    }

    /** Reports and returns true when a received figure differs from 本年新收 but equals 本年新收 + 上年结转. */
    private static boolean countsCarriedOver(Findings out, Claim c, Quantity neu, Quantity cin) {
        BigDecimal n = neu.value();
        BigDecimal i = cin.value();
        if (c.value().isEmpty() || n == null || i == null || i.signum() == 0 || neu.missing() || neu.inferred()
                || cin.inferred()
                || n.compareTo(c.value().get()) == 0 || n.add(i).compareTo(c.value().get()) != 0) {
            return false;
        }
        List<CellRef> refs = new ArrayList<>(neu.refs());
        refs.addAll(cin.refs());
        out.report(Status.FAIL, "carried", refs, List.of(Narratives.quote(c.sentence())),
                Narratives.args(c, neu, cin.name(), cin.shown()));
        return true;
    }
}
