package io.github.ogireport.internal.narrative;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A statement of the narrative without a figure of its own: that something did not happen ("未收到政府信息公开
 * 申请", a section 三 that says "均无。"), that every case was upheld ("均获维持"), that every application was
 * handled ("所有申请均已办结"). Not API.
 *
 * @param type      what is stated
 * @param topics    what it is stated of: for {@link Type#NONE}, the counts said to be 0; for
 *                  {@link Type#ALL_UPHELD} and {@link Type#NONE_CORRECTED}, the T3 groups spoken of
 * @param applicant for statements about applications, whose ({@code ALL} unless the sentence names 自然人 or
 *                  法人或其他组织)
 * @param sentence  the sentence
 * @param phrase    the words of the statement (matching form)
 * @param scope     the scope word when the sentence speaks of a wider scope than the organ, else ""
 */
public record Statement(Type type, Set<Topic> topics, Claim.Applicant applicant, Sentence sentence, String phrase,
        String scope) {

    /** What a statement says. */
    public enum Type {
        /** Something did not happen: the topics are 0. */
        NONE,
        /** Every review or lawsuit was upheld: 结果纠正, 其他结果 and 尚未审结 are 0 in the groups. */
        ALL_UPHELD,
        /** No review or lawsuit ended in a correction (未被纠错): 结果纠正 is 0 in the groups. */
        NONE_CORRECTED,
        /** Every application was handled (所有申请均已办结): nothing is carried over. */
        ALL_DONE
    }

    /** What a statement speaks of. */
    public enum Topic {
        /** T2 本年新收 (receipt). */
        RECEIVED,
        /** T2 （七）总计 (handling). */
        HANDLED,
        /** T2 结转下年度继续办理. */
        CARRIED_OUT,
        /** T3 行政复议. */
        REVIEW,
        /** T3 未经复议直接起诉. */
        LITIGATION_DIRECT,
        /** T3 复议后起诉. */
        LITIGATION_AFTER,
        /** T1 规章 本年制发. */
        RULES_ISSUED,
        /** T1 行政规范性文件 本年制发. */
        NORMS_ISSUED,
        /** T1 行政许可. */
        LICENCES,
        /** T1 行政处罚. */
        PENALTIES,
        /** T1 行政强制. */
        COERCIONS,
        /** T1 行政事业性收费. */
        FEES;

        /** True for the T2 topics. */
        public boolean isApplications() {
            return this == RECEIVED || this == HANDLED || this == CARRIED_OUT;
        }

        /** True for the T3 groups. */
        public boolean isReview() {
            return this == REVIEW || this == LITIGATION_DIRECT || this == LITIGATION_AFTER;
        }
    }

    public Statement {
        Objects.requireNonNull(type, "type");
        // a copy of its own, read-only: the set of an enum is its bits, with no hash set made on the way
        topics = Collections.unmodifiableSet(topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics));
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(phrase, "phrase");
        phrase = Context.display(phrase);
        Objects.requireNonNull(scope, "scope");
    }

    /** True when the sentence speaks of a wider scope than the organ. */
    public boolean wider() {
        return !scope.isEmpty();
    }
}
