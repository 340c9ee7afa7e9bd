package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.internal.narrative.Statement;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import java.util.ArrayList;
import java.util.List;

/**
 * X-3 and T3-D2: the narrative's review and litigation figures equal T3 (domain-spec §8.5, §8.3). "行政复议 n
 * 件/起" is 行政复议 总计; "行政诉讼 n 件" (or "诉讼 n 件") is 未经复议直接起诉 总计 + 复议后起诉 总计; "行政复议、
 * 行政诉讼案件 n 件" is the three 总计 together; "其中结果维持/结果纠正/其他结果/尚未审结 n 件" after a review or
 * litigation figure is that column. "均获维持" means 结果纠正, 其他结果 and 尚未审结 are 0 in the groups the
 * sentence speaks of; "未被纠错" means 结果纠正 is 0.
 *
 * <p>Figures of 0 are X-4's (zero consistency). Only sentences about information disclosure (or in section
 * 四) are read: an organ that decides reviews (复议机关) may report its caseload elsewhere.
 */
final class NarrativeReviews extends Rule {
    private static final List<T3Row> LITIGATION = List.of(T3Row.LD, T3Row.LR);

    NarrativeReviews() {
        super("X-3", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        for (Claim c : n.claims()) {
            if (!c.kind().isReview()) {
                continue;
            }
            boolean total = c.kind() != Claim.Kind.REVIEW_OUTCOME && c.kind() != Claim.Kind.LITIGATION_OUTCOME;
            if (total && c.isZero()) {
                continue; // 行政复议0件: X-4
            }
            if (report.t3().isEmpty()) {
                Narratives.noTable(out, c);
                continue;
            }
            Narratives.judge(out, c, quantity(Tables.of(report, out).t3(), c));
        }
        for (Statement s : n.statements()) {
            if (s.type() != Statement.Type.ALL_UPHELD && s.type() != Statement.Type.NONE_CORRECTED) {
                continue;
            }
            if (report.t3().isEmpty()) {
                out.report(Status.NOT_ASSESSABLE, "noTable", List.of(), List.of(Narratives.quote(s.sentence())),
                        s.phrase());
                continue;
            }
            outcomes(out, Tables.of(report, out).t3(), s);
        }
    }

    static Quantity quantity(Cells t3, Claim c) {
        switch (c.kind()) {
            case REVIEW:
                return Quantity.t3(t3, List.of(T3Row.RV), T3Column.TOT, "表三行政复议总计", "T3 reviews, total");
            case LITIGATION:
                return Quantity.t3(t3, LITIGATION, T3Column.TOT, "表三行政诉讼总计（未经复议直接起诉与复议后起诉之和）",
                        "T3 lawsuits, total (direct plus after review)");
            case LITIGATION_DIRECT:
                return Quantity.t3(t3, List.of(T3Row.LD), T3Column.TOT, "表三未经复议直接起诉总计",
                        "T3 lawsuits without review, total");
            case LITIGATION_AFTER:
                return Quantity.t3(t3, List.of(T3Row.LR), T3Column.TOT, "表三复议后起诉总计",
                        "T3 lawsuits after review, total");
            case CASES:
                return Quantity.t3(t3, List.of(T3Row.RV, T3Row.LD, T3Row.LR), T3Column.TOT,
                        "表三行政复议与行政诉讼总计之和", "T3 reviews and lawsuits, total");
            case REVIEW_OUTCOME: {
                T3Column col = c.outcome().orElseThrow();
                return Quantity.t3(t3, List.of(T3Row.RV), col, "表三行政复议" + col.label(),
                        "T3 reviews, " + col.name());
            }
            default: {
                T3Column col = c.outcome().orElseThrow();
                return Quantity.t3(t3, LITIGATION, col, "表三行政诉讼" + col.label() + "（两类诉讼之和）",
                        "T3 lawsuits, " + col.name() + " (both kinds)");
            }
        }
    }

    /** 均获维持 / 未被纠错: the outcome columns other than 结果维持 (or 结果纠正 only) are 0 in the groups. */
    private static void outcomes(Findings out, Cells t3, Statement s) {
        List<T3Column> columns = s.type() == Statement.Type.ALL_UPHELD
                ? List.of(T3Column.CORR, T3Column.OTHR, T3Column.PEND) : List.of(T3Column.CORR);
        List<Term> terms = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        List<String> groupsEn = new ArrayList<>();
        for (T3Row g : T3Row.values()) {
            if (!s.topics().contains(topic(g))) {
                continue;
            }
            groups.add(g.label());
            groupsEn.add(g.id());
            for (T3Column c : columns) {
                terms.add(t3.term(g, c));
            }
        }
        List<io.github.ogireport.check.CellRef> refs = new ArrayList<>();
        List<String> nonZero = new ArrayList<>();
        List<String> nonZeroEn = new ArrayList<>();
        boolean text = false;
        boolean missing = false;
        boolean inferred = false;
        for (Term t : terms) {
            inferred |= t.isInferred();
            refs.add(t.ref());
            missing |= t.isMissing();
            text |= t.isText();
            if (t.value() != null && t.value().signum() != 0) {
                String v = t.value().stripTrailingZeros().toPlainString();
                nonZero.add(t.row().label() + t.column().label() + v + "件");
                nonZeroEn.add(t.ref().path() + "=" + v);
            }
        }
        boolean upheld = s.type() == Statement.Type.ALL_UPHELD; // the keys written out, so that they can be found
        Object[] args = {s.phrase(), new Findings.Localized(String.join("、", groups), String.join(", ", groupsEn)),
            new Findings.Localized(String.join("，", nonZero), String.join(", ", nonZeroEn)), s.scope()};
        var quotes = List.of(Narratives.quote(s.sentence()));
        if (missing) {
            out.report(Status.NOT_ASSESSABLE, Responsibility.READING, upheld ? "upheldMissing" : "correctedMissing",
                    refs, quotes, args);
        } else if (!nonZero.isEmpty() && inferred && !s.wider()) {
            out.report(Status.UNCERTAIN, Responsibility.READING, upheld ? "upheldUnreadable" : "correctedUnreadable",
                    refs, quotes, args);
        } else if (!nonZero.isEmpty() && s.wider()) {
            out.report(Status.UNCERTAIN, upheld ? "upheldScope" : "correctedScope", refs, quotes, args);
        } else if (!nonZero.isEmpty()) {
            out.report(Status.FAIL, upheld ? "upheldFail" : "correctedFail", refs, quotes, args);
        } else if (text) {
            out.report(Status.UNCERTAIN, upheld ? "upheldUnreadable" : "correctedUnreadable", refs, quotes, args);
        } else {
            out.report(Status.PASS, upheld ? "upheldPass" : "correctedPass", refs, quotes, args);
        }
    }

    private static Statement.Topic topic(T3Row g) {
        switch (g) {
            case RV:
                return Statement.Topic.REVIEW;
            case LD:
                return Statement.Topic.LITIGATION_DIRECT;
            default:
                return Statement.Topic.LITIGATION_AFTER;
        }
    }
}
