package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import java.util.List;

/**
 * X-7 (warning): the narrative's T1 figures equal T1 (domain-spec §8.5): "制发/印发/出台 行政规范性文件 n 件"
 * (then "废止 n 件", "现行有效 n 件"), "制定 规章 n 件", "办理/作出 行政许可 n 件", "作出 行政处罚 n 件",
 * "实施 行政强制 n 件".
 *
 * <p>Only verbs of issuing and deciding are read: "主动公开规章13件" and "发布…行政规范性文件13件" are about
 * publication, not issuance, and are skipped. A warning rather than an error because these narratives often
 * count something close to but not the same as T1's cell (applications handled rather than decisions, a
 * district's documents rather than the organ's, documents drafted rather than issued), so a difference is a
 * strong hint, not proof. Figures of 0 are X-4's.
 */
final class NarrativeProactive extends Rule {
    NarrativeProactive() {
        super("X-7", Severity.WARNING);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        boolean f2019 = report.format() == ReportFormat.F2019;
        for (Claim c : n.claims()) {
            if (!c.kind().isProactive() || c.isZero()) {
                continue;
            }
            if (report.t1().isEmpty()) {
                Narratives.noTable(out, c);
                continue;
            }
            Quantity q = quantity(Tables.of(report, out).t1(), c.kind(), f2019);
            if (q != null) {
                Narratives.judge(out, c, q);
            }
        }
    }

    private static Quantity quantity(Cells t1, Claim.Kind kind, boolean f2019) {
        switch (kind) {
            case NORMS_ISSUED:
                return f2019 ? Quantity.t1(t1, T1Row.NORM, List.of(T1Column.NEW_MADE), "表一规范性文件本年新制作数量",
                        "T1 normative documents newly made")
                        : Quantity.t1(t1, T1Row.NORM, List.of(T1Column.ISSUED), "表一行政规范性文件本年制发件数",
                        "T1 normative documents issued this year");
            case NORMS_REPEALED:
                return f2019 ? null : Quantity.t1(t1, T1Row.NORM, List.of(T1Column.REPEALED),
                        "表一行政规范性文件本年废止件数", "T1 normative documents repealed this year");
            case NORMS_VALID:
                return f2019 ? null : Quantity.t1(t1, T1Row.NORM, List.of(T1Column.VALID),
                        "表一行政规范性文件现行有效件数", "T1 normative documents in force");
            case RULES_ISSUED:
                return f2019 ? Quantity.t1(t1, T1Row.REG, List.of(T1Column.NEW_MADE), "表一规章本年新制作数量",
                        "T1 rules newly made")
                        : Quantity.t1(t1, T1Row.REG, List.of(T1Column.ISSUED), "表一规章本年制发件数",
                        "T1 rules issued this year");
            case LICENCES:
                return Quantity.t1(t1, T1Row.LICENSE, List.of(T1Column.DECISIONS), "表一行政许可处理决定数量",
                        "T1 licensing decisions");
            case PENALTIES:
                return Quantity.t1(t1, T1Row.PENALTY, List.of(T1Column.DECISIONS), "表一行政处罚处理决定数量",
                        "T1 penalty decisions");
            default:
                return Quantity.t1(t1, T1Row.COERCION, List.of(T1Column.DECISIONS), "表一行政强制处理决定数量",
                        "T1 coercion decisions");
        }
    }
}
