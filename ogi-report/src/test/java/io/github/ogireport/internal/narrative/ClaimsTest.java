package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The figures read from sentences of real reports (domain-spec §8.5 evidence) and variants. */
class ClaimsTest {
    private static final Context Y2024 = new Context(OptionalInt.of(2024));

    static Sentence sentence(SectionId section, String text) {
        return new Sentence(Optional.ofNullable(section), text, Text.key(text), SourcePosition.UNKNOWN, 0, 0);
    }

    /** The claims of a sentence as {@code KIND[/APPLICANT][/OUTCOME]=value[ scope]} joined by "; ". */
    static String claims(SectionId section, String text) {
        return claims(section, text, Y2024);
    }

    static String claims(SectionId section, String text, Context context) {
        return Claims.of(sentence(section, text), context).stream().map(c -> c.kind()
                + (c.applicant() == Claim.Applicant.ALL ? "" : "/" + c.applicant())
                + c.outcome().map(o -> "/" + o).orElse("")
                + (c.carried() == Claim.Carried.UNSAID ? "" : "/" + c.carried())
                + "=" + c.value().map(v -> v.toPlainString()).orElse("?")
                + (c.wider() ? " " + c.scope() : "")).collect(Collectors.joining("; "));
    }

    @Test
    void receivedHandledCarried() {
        assertEquals("RECEIVED=3119; HANDLED/INCLUDED=3050; CARRIED_IN=34; CARRIED_OUT=103",
                claims(SectionId.OVERVIEW, "受理政府信息公开申请3119件，答复3050件（含上年度结转申请34件，另有103件顺延到下年度答复）。"));
        assertEquals("RECEIVED/EXCLUDED=208; CARRIED_IN=5; HANDLED=196; CARRIED_OUT=17",
                claims(SectionId.OVERVIEW, "收到政府信息公开申请208件（不含上年结转5件），其中已办结196件，结转下年办理17件。"));
        assertEquals("RECEIVED=34; CARRIED_IN=2",
                claims(SectionId.OVERVIEW, "全年收到政府信息公开申请 34 件，上年结转政府信息公开申请 2 件，所有申请均已按要求办理完成。"));
        assertEquals("CARRIED_OUT=1", claims(SectionId.OVERVIEW, "其他处理14件中，转下一年度办理答复的有 1 件。")
                .replace("OTHER_OUTCOME=14; ", ""));
    }

    @Test
    void partsOfTheTotalAreNotTotals() {
        assertEquals("HANDLED=51", claims(SectionId.OVERVIEW, "共答复政府信息公开申请51件，其中按时答复49件，延期答复2件。"));
        assertEquals("RECEIVED=49", claims(SectionId.OVERVIEW, "共收到政府信息公开申请49件，其中网上受理40件，当面受理9件。"));
        assertEquals("RECEIVED=49; HANDLED=45",
                claims(SectionId.OVERVIEW, "共收到政府信息公开申请49件，其中已办结45件。"));
    }

    @Test
    void theHongzePhrasing() {
        assertEquals("RECEIVED=17", claims(SectionId.OVERVIEW,
                "区政府办代表区政府受理政府信息公开申请17件，均已在法定期限内予以答复。"));
    }

    @Test
    void subFiguresOfApplicantsAndScope() {
        assertEquals("RECEIVED=749 全县; RECEIVED/NATURAL=741 全县; RECEIVED/ORGANISATIONS=8 全县; HANDLED=718 全县;"
                + " CARRIED_OUT=31 全县", claims(SectionId.OVERVIEW,
                "全县全年共受理政府信息公开申请 749 件，其中自然人申请 741 件，法人或其他组织申请 8 件；共办理 718 件，结转下一年 31 件。"));
    }

    @Test
    void scopeWordAfterTheFigureDoesNotCount() {
        assertEquals("REVIEW=7; LITIGATION=9",
                claims(SectionId.OVERVIEW, "信息公开类行政复议7件，诉讼9件，均获维持，继续保持了全省零败诉的记录。"));
    }

    @Test
    void categories() {
        assertEquals("GRANTED_OR_PARTLY=258; REFUSED=35; UNAVAILABLE=265; NOT_PROCESSED=158; OTHER_OUTCOME=0",
                claims(SectionId.OVERVIEW, "予以公开及部分公开258件，占33.9%；不予公开35件，占4.34%；因本机关不掌握等原因无法提供265件，"
                        + "占32.9%；不予处理158件，占19.6%；其他处理0件。"));
        assertEquals("GRANTED=9; PARTLY=0; REFUSED=2; UNAVAILABLE=10",
                claims(SectionId.OVERVIEW, "所有办结的申请中同意公开答复9件，部分公开答复0件，不予公开答复2件，无法提供的10件。"));
        assertEquals("REFUSED=3; GRANTED=4", claims(SectionId.OVERVIEW, "不予以公开3件，4件予以公开。"));
    }

    @Test
    void reviewsAndLawsuits() {
        assertEquals("REVIEW=351; LITIGATION=46; LITIGATION_OUTCOME/KEEP=25; LITIGATION_OUTCOME/CORR=5;"
                + " LITIGATION_OUTCOME/OTHR=9; LITIGATION_OUTCOME/PEND=7", claims(SectionId.REVIEW_LITIGATION,
                "行政复议351件，行政诉讼46件，其中结果维持25件，结果纠正5件，其他结果9件，尚未审结7件。"));
        assertEquals("CASES=74 全县", claims(SectionId.OVERVIEW,
                "依法做好相关行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件，有力维护了群众合法权益。"));
        assertEquals("REVIEW=1; LITIGATION=0", claims(SectionId.OVERVIEW,
                "2024 年市科委有 1 件涉及政府信息公开工作的行政复议，涉及的行政诉讼数为 0 件。"));
        assertEquals("REVIEW=5; LITIGATION=5",
                claims(SectionId.REVIEW_LITIGATION, "本年度因政府信息公开工作被申请行政复议5起，被提起行政诉讼5起。"));
    }

    @Test
    void aCaseStillBeingHandledIsPending() {
        assertEquals("REVIEW=1; REVIEW_OUTCOME/PEND=1",
                claims(SectionId.REVIEW_LITIGATION, "本年度发生信息公开类行政复议1起，正在办理中。"));
    }

    @Test
    void reviewCaseloadOutsideDisclosureIsNotRead() {
        assertEquals("", claims(SectionId.OVERVIEW, "全年办理行政复议案件120件，开展培训3次。"));
    }

    @Test
    void proactive() {
        assertEquals("NORMS_ISSUED=3; NORMS_REPEALED=1; NORMS_VALID=12",
                claims(SectionId.PROACTIVE, "本年制发行政规范性文件3件，废止1件，现行有效12件。"));
        assertEquals("LICENCES=1520; PENALTIES=86; COERCIONS=4",
                claims(SectionId.PROACTIVE, "办理行政许可1520件，作出行政处罚决定86件，实施行政强制措施4件。"));
        assertEquals("NORMS_ISSUED=0; LICENCES=0",
                claims(SectionId.PROACTIVE, "全年共制定0条行政规范性文件，办理行政许可0件。"));
        assertEquals("", claims(SectionId.OVERVIEW, "主动公开规章13件，行政规范性文件60件，市政府其他文件162件。"));
        assertEquals("", claims(SectionId.OVERVIEW, "当年发布政府信息393件，其中包括：行政规范性文件13件；规划计划文件2件。"));
        assertEquals("", claims(SectionId.PROACTIVE, "受理行政许可申请1600件。"));
    }

    @Test
    void fees() {
        assertEquals("INFO_FEE=3940", claims(SectionId.OTHER, "全年收取政府信息公开信息处理费3940元。"));
        assertEquals("INFO_FEE=380 全县; INFO_FEE=380 全县", claims(SectionId.OTHER,
                "全县行政机关在办理2024年度信息公开申请中收取信息处理费共计380元，其中民政局1件，收取380元。"));
        assertEquals("", claims(SectionId.PROACTIVE, "行政事业性收费96171.6万元。"));
    }

    @Test
    void otherPeriodsAndChangesAreSkipped() {
        assertEquals("RECEIVED=49", claims(SectionId.OVERVIEW, "去年共收到申请40件，本年度共收到政府信息公开申请49件。"));
        assertEquals("RECEIVED=859", claims(SectionId.OVERVIEW, "共受理政府信息公开申请859件，申请数量较去年减少120件。"));
        assertEquals("", claims(SectionId.OVERVIEW, "2023年共收到政府信息公开申请40件。"));
        assertEquals("", claims(SectionId.OVERVIEW, "上年度共收到政府信息公开申请40件，予以公开20件。"));
        assertEquals("RECEIVED=49", claims(SectionId.OVERVIEW, "2024年共收到政府信息公开申请49件。"));
        assertEquals("", claims(SectionId.OVERVIEW, "2019年以来共受理政府信息公开申请500件。"));
    }

    @Test
    void aLostNumberIsUnknownNotZero() {
        assertEquals("RECEIVED=?", claims(SectionId.OVERVIEW, "全年共收到政府信息公开申请3,截至12月31日,均已办结。"));
    }

    @Test
    void tableTextIsNotProse() {
        assertEquals("", claims(SectionId.REQUESTS, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 1"));
        assertTrue(Claims.isTableText("结果结果其他尚未总计总计"));
    }
}
