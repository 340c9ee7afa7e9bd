package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.SectionId;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The statements read from sentences of real reports (domain-spec §8.5 X-4 evidence) and look-alikes. */
class StatementsTest {
    private static String statements(SectionId section, String text) {
        return Statements.of(ClaimsTest.sentence(section, text), new Context(OptionalInt.of(2024))).stream()
                .map(s -> s.type() + s.topics().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "[", "]"))
                        + (s.applicant() == Claim.Applicant.ALL ? "" : "/" + s.applicant())
                        + (s.wider() ? " " + s.scope() : ""))
                .collect(Collectors.joining("; "));
    }

    /** The pattern the set of whole-sentence absences stands for, as it was written before. */
    private static final Pattern WHOLE = Pattern.compile(
            "^(?:本年度|本年|全年|今年)?(?:均无|无|暂无|没有|无此类情况|无此项|无相关情况|无相关数据)[。.!]?$");

    /** The set holds what the pattern matches whole, and nothing else: its members and random look-alikes. */
    @Test
    void wholeAbsenceAsThePattern() {
        for (String w : Statements.WHOLE) {
            assertTrue(WHOLE.matcher(w).matches(), w);
        }
        String[] tokens = {"本年度", "本年", "本", "年", "度", "全年", "今年", "均无", "均", "无", "暂无", "暂", "没有", "没", "有",
            "无此类情况", "此类", "情况", "无此项", "此项", "无相关情况", "相关", "无相关数据", "数据", "。", ".", "!", "？", "\n"};
        Random random = new Random(37);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(5); k > 0; k--) {
                b.append(tokens[random.nextInt(tokens.length)]);
            }
            String n = b.toString();
            boolean want = WHOLE.matcher(n).matches();
            matched += want ? 1 : 0;
            assertEquals(want, Statements.WHOLE.contains(n), n);
        }
        assertTrue(matched > 2_000, "look-alikes that are absences: " + matched);
    }

    /**
     * The patterns of a negated receipt find nothing in a sentence where no verb of receipt follows a negation:
     * asking that first leaves their statements as they were.
     */
    @Test
    void negatedReceiptIsWhereTheReceiptPatternsStart() {
        String[] tokens = {"未", "没有", "没", "尚未", "暂未", "均未", "从未", "未曾", "曾", "有", "不", "收到", "接到", "受理", "接收",
            "收悉", "收", "到", "过", "任何", "书面", "的", "申请", "申请人", "政府信息公开", "公开", "事项", "和", "处理", "办理",
            "答复", "共", "15件", ",", "。", "未收到", "没有接到", "尚未受理", "未曾收到", "没收悉", "有收到", "政府信息公开申请",
            "依申请公开的申请", "和处理", "的申请"};
        Random random = new Random(43);
        int matched = 0;
        int passed = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                b.append(tokens[random.nextInt(tokens.length)]);
            }
            String n = b.toString();
            boolean any = Statements.RECEIPT_AND_HANDLING.in(n) || Statements.RECEIPT_NAMED.in(n)
                    || Statements.RECEIPT_BARE.in(n);
            boolean possible = Statements.negatedReceipt(n);
            matched += any ? 1 : 0;
            passed += !possible && (n.contains("收到") || n.contains("受理")) ? 1 : 0;
            assertTrue(!any || possible, n);
        }
        assertTrue(matched > 5_000, "sentences the patterns match: " + matched);
        assertTrue(passed > 5_000, "sentences with a receipt not searched: " + passed);
    }

    private static final String RECEIVED = "NONE[RECEIVED]";
    private static final String ALL_APPLICATIONS = "NONE[CARRIED_OUT,HANDLED,RECEIVED]";
    private static final String ALL_REVIEWS = "NONE[LITIGATION_AFTER,LITIGATION_DIRECT,REVIEW]";

    @Test
    void noApplications() {
        assertEquals(RECEIVED, statements(SectionId.OVERVIEW, "2024年，未收到依申请公开事项."));
        assertEquals(RECEIVED, statements(SectionId.OVERVIEW, "本单位未收到书面申请政府信息公开。"));
        assertEquals(RECEIVED, statements(SectionId.OVERVIEW, "没有收到依申请公开事项。"));
        assertEquals(RECEIVED, statements(SectionId.OVERVIEW, "本年度高场街道办事处无依申请公开事项。"));
        assertEquals(RECEIVED, statements(SectionId.OVERVIEW, "全年未发生依申请公开情况。"));
        assertEquals(RECEIVED, statements(SectionId.OVERVIEW, "全年未接到公民、法人或其他组织提出的政府信息公开申请。"));
        assertEquals(RECEIVED + "/ORGANISATIONS", statements(SectionId.OVERVIEW, "全年未收到法人或其他组织提出的政府信息公开申请。"));
        assertEquals(ALL_APPLICATIONS + "; NONE[LITIGATION_AFTER,LITIGATION_DIRECT,REVIEW]",
                statements(SectionId.OVERVIEW, "未收到和处理政府信息公开申请情况，无公开行政复议、行政诉讼情况。"));
        assertEquals("NONE[CARRIED_OUT]", statements(SectionId.OVERVIEW, "其他1件（申请人自主撤销）。无下年度结转。"));
    }

    @Test
    void wholeSections() {
        assertEquals(ALL_APPLICATIONS, statements(SectionId.REQUESTS, "均无。"));
        assertEquals(ALL_REVIEWS, statements(SectionId.REVIEW_LITIGATION, "无。"));
        assertEquals("", statements(SectionId.OTHER, "无。"));
    }

    @Test
    void noReviewsOrLawsuits() {
        assertEquals(ALL_REVIEWS, statements(SectionId.OVERVIEW, "全年无因政府信息公开申请引起的行政复议和行政诉讼。"));
        assertEquals(ALL_REVIEWS, statements(SectionId.REVIEW_LITIGATION, "本年度未发生因政府信息公开引起的行政复议、行政诉讼。"));
        assertEquals("NONE[REVIEW]; NONE[LITIGATION_AFTER,LITIGATION_DIRECT]",
                statements(SectionId.REVIEW_LITIGATION, "本机关未被申请行政复议，也未被提起行政诉讼。"));
    }

    @Test
    void proactiveAbsence() {
        assertEquals("NONE[COERCIONS,FEES,LICENCES,PENALTIES]",
                statements(SectionId.PROACTIVE, "全年无行政许可、行政处罚、行政强制无行政事业性收费。"));
        assertEquals("NONE[NORMS_ISSUED]", statements(SectionId.PROACTIVE, "本年度未制发行政规范性文件。"));
        assertEquals("", statements(SectionId.PROACTIVE, "本年度制定规章制度3项。"));
    }

    @Test
    void lookAlikesAreNotAbsence() {
        assertEquals("", statements(SectionId.OVERVIEW, "对无正当理由的申请依法告知，回访未收到答复的申请人。"));
        assertEquals("", statements(SectionId.OVERVIEW, "无论行政复议还是行政诉讼，均依法应诉。"));
        assertEquals("", statements(SectionId.OVERVIEW, "未收到行政复议决定书。"));
        assertEquals("", statements(SectionId.OVERVIEW, "去年未收到政府信息公开申请。"));
        assertEquals("NONE_CORRECTED[REVIEW]", statements(SectionId.OVERVIEW, "该行政复议件未被复议审查机关纠错。"));
        assertEquals("NONE_CORRECTED[LITIGATION_AFTER,LITIGATION_DIRECT,REVIEW]",
                statements(SectionId.OVERVIEW, "无行政复议、行政诉讼被纠错情况。"));
    }

    @Test
    void upheldSpeaksOfTheGroupsNamedBefore() {
        assertEquals("ALL_UPHELD[LITIGATION_AFTER,LITIGATION_DIRECT,REVIEW]",
                statements(SectionId.OVERVIEW, "信息公开类行政复议7件，诉讼9件，均获维持，继续保持了省级政府零败诉的记录。"));
        assertEquals("ALL_UPHELD[REVIEW]", statements(SectionId.OVERVIEW, "被申请行政复议5件，均被维持。"));
        assertEquals("ALL_UPHELD[LITIGATION_AFTER,LITIGATION_DIRECT,REVIEW]", statements(SectionId.REVIEW_LITIGATION,
                "结果均为维持。"));
    }

    @Test
    void allHandled() {
        assertEquals("ALL_DONE[]", statements(SectionId.OVERVIEW,
                "全年收到政府信息公开申请 34 件，上年结转政府信息公开申请 2 件，所有申请均已按要求办理完成。"));
        assertEquals("ALL_DONE[] 全区", statements(SectionId.OVERVIEW, "全区各部门所有申请均已办结。"));
        assertEquals("", statements(SectionId.OVERVIEW, "答复805件，均在法定期限内予以答复。"));
        assertEquals("", statements(SectionId.OVERVIEW, "除2件结转下年度外，其余申请均已办结。"));
        assertEquals("", statements(SectionId.OVERVIEW, "行政复议案件均已办结。"));
    }
}
