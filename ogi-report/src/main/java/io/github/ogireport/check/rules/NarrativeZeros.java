package io.github.ogireport.check.rules;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Responsibility;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.narrative.Claim;
import io.github.ogireport.internal.narrative.Sentence;
import io.github.ogireport.internal.narrative.Statement;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.internal.LazyList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * X-4, zero consistency (domain-spec §8.5): when the narrative says something did not happen, the table
 * says 0, and the other way round a non-zero table contradicts the statement.
 *
 * <ul>
 * <li>Receipt ("未收到/没有收到/未接到…申请", "未发生依申请公开", "无依申请公开", "共收到依申请公开0件"):
 * 本年新收 is 0. It says nothing of the carried-over applications, which may still be handled (T2-D4).</li>
 * <li>Handling ("未办理…申请", "均未办理", "未收到和处理…申请", a section 三 that says "均无。"): also
 * （七）总计 and 结转下年度 are 0. "无下年度结转": 结转下年度 is 0.</li>
 * <li>Reviews and lawsuits ("未发生…行政复议和行政诉讼", "无…行政复议、行政诉讼", "行政复议0件，行政诉讼0件",
 * a section 四 that says "无。"): the 总计 of the groups named are 0.</li>
 * <li>T1 ("未制发规范性文件", "全年无行政许可、行政处罚、行政强制无行政事业性收费", "制定0条行政规范性文件"):
 * the cells are 0.</li>
 * </ul>
 * A non-zero cell in a sentence of wider scope (全区各部门均未…) is UNCERTAIN; blank cells count as 0.
 */
final class NarrativeZeros extends Rule {
    private static final Statement.Topic[] TOPICS = Statement.Topic.values();
    private static final int APPLICANTS = Claim.Applicant.values().length;

    NarrativeZeros() {
        super("X-4", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        Quantities memo = new Quantities(report, out, n);
        for (Statement s : n.statements()) {
            if (s.type() == Statement.Type.NONE) {
                judge(out, report, memo, s.topics(), s.applicant(), s.sentence(), s.phrase(), s.scope());
            }
        }
        for (Claim c : n.claims()) {
            if (!c.isZero()) {
                continue;
            }
            Set<Statement.Topic> topics = topics(c);
            if (!topics.isEmpty()) {
                judge(out, report, memo, topics, c.applicant(), c.sentence(), c.phrase(), c.scope());
            }
        }
    }

    /** The topics a figure of 0 speaks of (the zero figures that leave to this rule). */
    private static Set<Statement.Topic> topics(Claim c) {
        switch (c.kind()) {
            case RECEIVED:
                return c.applicant() == Claim.Applicant.ALL && c.carried() != Claim.Carried.INCLUDED
                        ? EnumSet.of(Statement.Topic.RECEIVED) : EnumSet.noneOf(Statement.Topic.class);
            case REVIEW:
                return EnumSet.of(Statement.Topic.REVIEW);
            case LITIGATION:
                return EnumSet.of(Statement.Topic.LITIGATION_DIRECT, Statement.Topic.LITIGATION_AFTER);
            case LITIGATION_DIRECT:
                return EnumSet.of(Statement.Topic.LITIGATION_DIRECT);
            case LITIGATION_AFTER:
                return EnumSet.of(Statement.Topic.LITIGATION_AFTER);
            case CASES:
                return EnumSet.of(Statement.Topic.REVIEW, Statement.Topic.LITIGATION_DIRECT,
                        Statement.Topic.LITIGATION_AFTER);
            case NORMS_ISSUED:
                return EnumSet.of(Statement.Topic.NORMS_ISSUED);
            case RULES_ISSUED:
                return EnumSet.of(Statement.Topic.RULES_ISSUED);
            case LICENCES:
                return EnumSet.of(Statement.Topic.LICENCES);
            case PENALTIES:
                return EnumSet.of(Statement.Topic.PENALTIES);
            case COERCIONS:
                return EnumSet.of(Statement.Topic.COERCIONS);
            default:
                return EnumSet.noneOf(Statement.Topic.class);
        }
    }

    /**
     * The quantity of each topic and applicant, made at the first statement that asks for it: a report says
     * "无" of the same counts several times (均无 in section 三, 未收到申请 in 二 and 六).
     */
    private static final class Quantities {
        private final Report report;
        private final Findings out;
        private final Narratives narratives;
        private final Quantity[] made = new Quantity[TOPICS.length * APPLICANTS];
        private final boolean[] asked = new boolean[made.length];

        Quantities(Report report, Findings out, Narratives narratives) {
            this.report = report;
            this.out = out;
            this.narratives = narratives;
        }

        /** {@link #quantity} of the topic in the table, or null; the same answer for the same question. */
        Quantity of(StatTable table, Statement.Topic t, Claim.Applicant applicant) {
            int i = t.ordinal() * APPLICANTS + applicant.ordinal();
            if (!asked[i]) {
                made[i] = quantity(narratives, Tables.of(report, out).cells(table), t, applicant, report.format());
                asked[i] = true;
            }
            return made[i];
        }
    }

    private static void judge(Findings out, Report report, Quantities memo, Set<Statement.Topic> topics,
            Claim.Applicant applicant, Sentence sentence, String phrase, String scope) {
        List<Quote> quotes = List.of(Narratives.quote(sentence));
        Quantity[] quantities = new Quantity[TOPICS.length];
        int found = 0;
        List<String> missingTables = null;
        for (Statement.Topic t : TOPICS) {
            if (!topics.contains(t)) {
                continue;
            }
            TableId table = t.isApplications() ? TableId.T2 : t.isReview() ? TableId.T3 : TableId.T1;
            Optional<StatTable> st = report.table(table);
            if (st.isEmpty()) {
                if (missingTables == null) {
                    missingTables = new ArrayList<>();
                }
                if (!missingTables.contains(table.name())) {
                    missingTables.add(table.name());
                }
                continue;
            }
            Quantity q = memo.of(st.get(), t, applicant);
            if (q != null) {
                quantities[found++] = q;
            }
        }
        if (found == 0) {
            out.report(Status.NOT_ASSESSABLE, "noTable", List.of(), quotes, phrase,
                    missingTables == null ? "" : String.join("、", missingTables));
            return;
        }
        Quantity[] qs = found == quantities.length ? quantities : Arrays.copyOf(quantities, found);
        boolean unreadable = false;
        boolean missing = false;
        boolean inferred = false;
        boolean nonZero = false;
        for (Quantity q : qs) {
            inferred |= q.inferred();
            missing |= q.missing();
            BigDecimal v = q.value();
            if (v == null) {
                unreadable = true;
            } else if (v.signum() != 0) {
                nonZero = true;
            }
        }
        List<CellRef> refs = Quantity.refs(qs);
        // the names and the cells that are not 0, as the message shows them, made when it is shown
        Object args = LazyList.arguments(4, i -> i == 0 ? phrase : i == 1 ? names(qs) : i == 2 ? nonZero(qs) : scope);
        if (missing && !nonZero) {
            out.report(Status.NOT_ASSESSABLE, Responsibility.READING, "missing", refs, quotes, args);
        } else if (nonZero && inferred && scope.isEmpty()) {
            out.report(Status.UNCERTAIN, Responsibility.READING, "unreadable", refs, quotes, args);
        } else if (nonZero) {
            out.report(scope.isEmpty() ? Status.FAIL : Status.UNCERTAIN, scope.isEmpty() ? "fail" : "scope", refs,
                    quotes, args);
        } else if (unreadable) {
            out.report(Status.UNCERTAIN, "unreadable", refs, quotes, args);
        } else {
            out.report(Status.PASS, "pass", refs, quotes, args);
        }
    }

    /** The quantities' names, per language. */
    private static Findings.Localized names(Quantity[] qs) {
        StringJoiner zh = new StringJoiner("、");
        StringJoiner en = new StringJoiner(", ");
        for (Quantity q : qs) {
            zh.add(q.zh);
            en.add(q.en);
        }
        return new Findings.Localized(zh.toString(), en.toString());
    }

    /** The quantities that are not 0 with their values, per language. */
    private static Findings.Localized nonZero(Quantity[] qs) {
        StringJoiner zh = new StringJoiner("，");
        StringJoiner en = new StringJoiner("; ");
        for (Quantity q : qs) {
            if (q.value() != null && q.value().signum() != 0) {
                zh.add(q.zh + "为" + q.shown().text(Locale.CHINESE));
                en.add(q.en + " is " + q.shown().text(Locale.ROOT));
            }
        }
        return new Findings.Localized(zh.toString(), en.toString());
    }

    private static Quantity quantity(Narratives n, Cells table, Statement.Topic t, Claim.Applicant applicant,
            ReportFormat format) {
        boolean f2019 = format == ReportFormat.F2019;
        switch (t) {
            case RECEIVED:
                return n.t2(table, T2Row.NEW, applicant, "表二本年新收申请", "T2 new applications");
            case HANDLED:
                return n.t2(table, T2Row.R7, Claim.Applicant.ALL, "表二（七）办理结果", "T2 (7) handled");
            case CARRIED_OUT:
                return n.t2(table, T2Row.COUT, Claim.Applicant.ALL, "表二结转下年度继续办理",
                        "T2 carried over to next year");
            case REVIEW:
                return Quantity.t3(table, List.of(T3Row.RV), T3Column.TOT, "表三行政复议总计", "T3 reviews, total");
            case LITIGATION_DIRECT:
                return Quantity.t3(table, List.of(T3Row.LD), T3Column.TOT, "表三未经复议直接起诉总计",
                        "T3 lawsuits without review, total");
            case LITIGATION_AFTER:
                return Quantity.t3(table, List.of(T3Row.LR), T3Column.TOT, "表三复议后起诉总计",
                        "T3 lawsuits after review, total");
            case NORMS_ISSUED:
                return Quantity.t1(table, T1Row.NORM, List.of(f2019 ? T1Column.NEW_MADE : T1Column.ISSUED),
                        f2019 ? "表一规范性文件本年新制作数量" : "表一行政规范性文件本年制发件数",
                        "T1 normative documents issued this year");
            case RULES_ISSUED:
                return Quantity.t1(table, T1Row.REG, List.of(f2019 ? T1Column.NEW_MADE : T1Column.ISSUED),
                        f2019 ? "表一规章本年新制作数量" : "表一规章本年制发件数", "T1 rules issued this year");
            case LICENCES:
                return Quantity.t1(table, T1Row.LICENSE, List.of(T1Column.DECISIONS), "表一行政许可处理决定数量",
                        "T1 licensing decisions");
            case PENALTIES:
                return Quantity.t1(table, T1Row.PENALTY, List.of(T1Column.DECISIONS), "表一行政处罚处理决定数量",
                        "T1 penalty decisions");
            case COERCIONS:
                return Quantity.t1(table, T1Row.COERCION, List.of(T1Column.DECISIONS), "表一行政强制处理决定数量",
                        "T1 coercion decisions");
            default:
                return f2019 ? Quantity.t1(table, T1Row.FEE, List.of(T1Column.PREV_ITEMS, T1Column.CHANGE),
                        "表一行政事业性收费项目数量", "T1 administrative fee items").in("项")
                        : Quantity.t1(table, T1Row.FEE, List.of(T1Column.AMOUNT), "表一行政事业性收费金额",
                        "T1 administrative fees (10,000 yuan)").in("万元");
        }
    }
}
