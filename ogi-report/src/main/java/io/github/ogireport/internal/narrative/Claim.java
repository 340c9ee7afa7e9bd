package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.T3Column;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure the narrative states about something a table counts: "受理政府信息公开申请17件" is a {@link Kind#RECEIVED}
 * claim of 17. Not API.
 *
 * @param kind      what the figure counts
 * @param applicant for T2 figures, whose applications (all, 自然人, 法人或其他组织)
 * @param outcome   for {@link Kind#REVIEW_OUTCOME} and {@link Kind#LITIGATION_OUTCOME}, which outcome column
 * @param value     the figure, empty when the number could not be read (its unit was lost: "申请3,截至")
 * @param carried   for {@link Kind#RECEIVED}, whether the sentence says the figure includes the carried-over
 *                  applications (含上年结转) or not (不含上年结转)
 * @param sentence  the sentence
 * @param phrase    the words of the figure, e.g. {@code 受理政府信息公开申请17件} (matching form)
 * @param scope     the scope word when the sentence speaks of a wider scope than the organ (全县, 各部门…), else ""
 */
public record Claim(Kind kind, Applicant applicant, Optional<T3Column> outcome, Optional<BigDecimal> value,
        Carried carried, Sentence sentence, String phrase, String scope) {

    /** What a figure counts. */
    public enum Kind {
        /** 收到/受理/新收 … 申请 n 件: T2 本年新收. */
        RECEIVED,
        /** 答复/办结/办理 n 件: T2 （七）总计. */
        HANDLED,
        /** 上年结转 m 件: T2 上年结转. */
        CARRIED_IN,
        /** 结转/顺延到下年度 k 件: T2 结转下年度继续办理. */
        CARRIED_OUT,
        /** 予以公开 n 件: T2 （一）. */
        GRANTED,
        /** 部分公开 n 件: T2 （二）. */
        PARTLY,
        /** 予以公开及部分公开 n 件: T2 （一）+（二）. */
        GRANTED_OR_PARTLY,
        /** 不予公开 n 件: T2 （三）. */
        REFUSED,
        /** 无法提供 n 件: T2 （四）. */
        UNAVAILABLE,
        /** 不予处理 n 件: T2 （五）. */
        NOT_PROCESSED,
        /** 其他处理 n 件: T2 （六）. */
        OTHER_OUTCOME,
        /** 行政复议 n 件: T3 行政复议 总计. */
        REVIEW,
        /** 行政诉讼 n 件: T3 未经复议直接起诉 + 复议后起诉 总计. */
        LITIGATION,
        /** 直接起诉 n 件: T3 未经复议直接起诉 总计. */
        LITIGATION_DIRECT,
        /** 复议后起诉 n 件: T3 复议后起诉 总计. */
        LITIGATION_AFTER,
        /** 行政复议、行政诉讼案件 n 件: the three T3 总计 together. */
        CASES,
        /** 行政复议 … 其中结果维持 n 件 (an outcome of the reviews). */
        REVIEW_OUTCOME,
        /** 行政诉讼 … 其中尚未审结 n 件 (an outcome of the lawsuits). */
        LITIGATION_OUTCOME,
        /** 收取信息处理费 n 元 (section 六; the value in 元). */
        INFO_FEE,
        /** 制发/印发/出台 行政规范性文件 n 件: T1 本年制发. */
        NORMS_ISSUED,
        /** 废止 n 件 (of 行政规范性文件): T1 本年废止. */
        NORMS_REPEALED,
        /** 现行有效 n 件 (of 行政规范性文件): T1 现行有效. */
        NORMS_VALID,
        /** 制定/出台 规章 n 件: T1 规章 本年制发. */
        RULES_ISSUED,
        /** 办理/作出 行政许可 n 件: T1 行政许可 处理决定. */
        LICENCES,
        /** 作出 行政处罚 n 件: T1 行政处罚 处理决定. */
        PENALTIES,
        /** 实施 行政强制 n 件: T1 行政强制 处理决定. */
        COERCIONS;

        /** True for the T2 figures of X-1 (receipt, handling, carried over). */
        public boolean isFlow() {
            return this == RECEIVED || this == HANDLED || this == CARRIED_IN || this == CARRIED_OUT;
        }

        /** True for the result categories of X-2. */
        public boolean isCategory() {
            return ordinal() >= GRANTED.ordinal() && ordinal() <= OTHER_OUTCOME.ordinal();
        }

        /** True for the T3 figures of X-3. */
        public boolean isReview() {
            return ordinal() >= REVIEW.ordinal() && ordinal() <= LITIGATION_OUTCOME.ordinal();
        }

        /** True for the T1 figures of X-7. */
        public boolean isProactive() {
            return ordinal() >= NORMS_ISSUED.ordinal();
        }
    }

    /** Whose applications a T2 figure counts. */
    public enum Applicant {
        /** All applicants (总计). */
        ALL,
        /** 自然人. */
        NATURAL,
        /** 法人或其他组织 (the five organisation columns). */
        ORGANISATIONS
    }

    /** What a figure of received applications says of the carried-over ones. */
    public enum Carried {
        /** Nothing. */
        UNSAID,
        /** 含上年结转: the figure includes them. */
        INCLUDED,
        /** 不含上年结转: the figure leaves them out. */
        EXCLUDED
    }

    public Claim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(carried, "carried");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(phrase, "phrase");
        phrase = Context.display(phrase);
        Objects.requireNonNull(scope, "scope");
    }

    /** True when the number was read. */
    public boolean known() {
        return value.isPresent();
    }

    /** True when the figure was read and is 0. */
    public boolean isZero() {
        return value.isPresent() && value.get().signum() == 0;
    }

    /** True when the sentence speaks of a wider scope than the organ. */
    public boolean wider() {
        return !scope.isEmpty();
    }

    /** A copy saying whether carried-over applications are included. */
    Claim with(Carried c) {
        return new Claim(kind, applicant, outcome, value, c, sentence, phrase, scope);
    }
}
