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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * the narrative's result categories equal the 总计 column of T2's row groups (domain-spec §8.5):
 * 予以公开 n = （一）, 部分公开 n = （二）, 予以公开及部分公开 n = （一）+（二）, 不予公开 n = （三）1–8, 无法提供
 * n = （四）1–3, 不予处理 n = （五）1–5, 其他处理 n = （六） (one row in F2019, three in F2021). When one
 * paragraph lists every category, their sum must also equal （七）总计.
 *
 * <p>A blank 总计 with filled applicant cells is read as their sum (as published in the 2019 上海市政府办公厅
 * report, whose 总计 column is blank in every result row).
 */
final class NarrativeResults extends Rule {
    private static final Map<Claim.Kind, List<T2Row>> ROWS = new EnumMap<>(Map.of(
            Claim.Kind.GRANTED, List.of(T2Row.R1),
            Claim.Kind.PARTLY, List.of(T2Row.R2),
            Claim.Kind.GRANTED_OR_PARTLY, List.of(T2Row.R1, T2Row.R2),
            Claim.Kind.REFUSED, List.of(T2Row.R3_1, T2Row.R3_2, T2Row.R3_3, T2Row.R3_4, T2Row.R3_5, T2Row.R3_6,
                    T2Row.R3_7, T2Row.R3_8),
            Claim.Kind.UNAVAILABLE, List.of(T2Row.R4_1, T2Row.R4_2, T2Row.R4_3),
            Claim.Kind.NOT_PROCESSED, List.of(T2Row.R5_1, T2Row.R5_2, T2Row.R5_3, T2Row.R5_4, T2Row.R5_5),
            Claim.Kind.OTHER_OUTCOME, List.of(T2Row.R6, T2Row.R6_1, T2Row.R6_2, T2Row.R6_3)));
    private static final Map<Claim.Kind, String[]> NAMES = new EnumMap<>(Map.of(
            Claim.Kind.GRANTED, new String[] {"表二（一）予以公开", "T2 (1) granted"},
            Claim.Kind.PARTLY, new String[] {"表二（二）部分公开", "T2 (2) partly granted"},
            Claim.Kind.GRANTED_OR_PARTLY, new String[] {"表二（一）予以公开与（二）部分公开",
                "T2 (1) granted plus (2) partly granted"},
            Claim.Kind.REFUSED, new String[] {"表二（三）不予公开1—8项", "T2 (3) refused, all items"},
            Claim.Kind.UNAVAILABLE, new String[] {"表二（四）无法提供1—3项", "T2 (4) unavailable, all items"},
            Claim.Kind.NOT_PROCESSED, new String[] {"表二（五）不予处理1—5项", "T2 (5) not processed, all items"},
            Claim.Kind.OTHER_OUTCOME, new String[] {"表二（六）其他处理各项", "T2 (6) other outcomes, all items"}));

    NarrativeResults() {
        super("X-2", Severity.ERROR);
    }

    @Override
    public void check(Report report, Findings out) {
        Narratives n = Narratives.of(report, out);
        Map<Integer, List<Claim>> byBlock = new LinkedHashMap<>();
        for (Claim c : n.claims()) {
            if (!c.kind().isCategory()) {
                continue;
            }
            if (report.t2().isEmpty()) {
                Narratives.noTable(out, c);
                continue;
            }
            String[] name = NAMES.get(c.kind());
            Narratives.judge(out, c, Quantity.t2(Tables.of(report, out).t2(), ROWS.get(c.kind()), c.applicant(), name[0], name[1]));
            byBlock.computeIfAbsent(c.sentence().block(), k -> new ArrayList<>()).add(c);
        }
        if (report.t2().isEmpty()) {
            return;
        }
        for (List<Claim> list : byBlock.values()) {
            complete(out, Tables.of(report, out).t2(), list);
        }
    }

    /** The sum of a complete list of categories against （七）总计. */
    private static void complete(Findings out, Cells t2, List<Claim> list) {
        Map<Claim.Kind, Claim> by = new EnumMap<>(Claim.Kind.class);
        for (Claim c : list) {
            if (by.put(c.kind(), c) != null || c.value().isEmpty()) {
                return; // a category twice in one paragraph: not one list
            }
        }
        boolean split = by.containsKey(Claim.Kind.GRANTED) && by.containsKey(Claim.Kind.PARTLY);
        boolean joined = by.containsKey(Claim.Kind.GRANTED_OR_PARTLY);
        if (split == joined || !by.keySet().containsAll(List.of(Claim.Kind.REFUSED, Claim.Kind.UNAVAILABLE,
                Claim.Kind.NOT_PROCESSED, Claim.Kind.OTHER_OUTCOME))) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        String scope = "";
        for (Claim c : list) {
            sum = sum.add(c.value().get());
            parts.add(c.value().get().stripTrailingZeros().toPlainString());
            sentences.add(c.sentence());
            scope = scope.isEmpty() ? c.scope() : scope;
        }
        Quantity r7 = Quantity.t2(t2, T2Row.R7, Claim.Applicant.ALL, "表二（七）总计", "T2 (7) total");
        List<CellRef> refs = r7.refs();
        Object[] args = {String.join("+", parts), sum.stripTrailingZeros().toPlainString(), r7.shown(),
            r7.value() == null ? "" : sum.subtract(r7.value()).abs().stripTrailingZeros().toPlainString(), scope};
        var quotes = Narratives.quotes(sentences);
        if (r7.missing()) {
            out.report(Status.NOT_ASSESSABLE, Responsibility.READING, "sumUnreadable", refs, quotes, args);
        } else if (r7.value() == null) {
            out.report(Status.UNCERTAIN, "sumUnreadable", refs, quotes, args);
        } else if (r7.value().compareTo(sum) == 0) {
            out.report(Status.PASS, "sumPass", refs, quotes, args);
        } else if (!scope.isEmpty()) {
            out.report(Status.UNCERTAIN, "sumScope", refs, quotes, args);
        } else if (r7.blank) {
            out.report(Status.UNCERTAIN, "sumBlank", refs, quotes, args);
        } else if (r7.inferred()) {
            out.report(Status.UNCERTAIN, Responsibility.READING, "sumUnreadable", refs, quotes, args);
        } else {
            out.report(Status.FAIL, "sumFail", refs, quotes, args);
        }
    }
}
