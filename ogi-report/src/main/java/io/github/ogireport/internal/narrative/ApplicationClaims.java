package io.github.ogireport.internal.narrative;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The T2 claim family: applications received, handled and carried over, their applicants, and the
 * result categories. Not API.
 */
final class ApplicationClaims {
    /** The trigger characters the families below ask of a sentence ({@link Scan#has(long)}). */
    private static final long CARRY_OUT_CHARS = Scan.bits("转延推下");
    private static final long CARRY_IN_CHARS = Scan.bits("转遗办");
    private static final long CATEGORY_CHARS = Scan.bits("公处提");
    private static final Gate COUT_PRE = Gate.of(
            "(?:结转|顺延|延期|转入|延至|推迟|转)(?:到|至|入)?下一?年|下一?年度?(?:继续)?(?:办理|答复)");
    private static final Pattern COUT_POST = Pattern.compile(
            "^[^,;]{0,16}?(?:结转|顺延|延期|转入|延至|推迟|转)(?:到|至|入)?下一?年");
    private static final Gate CIN = Gate.of("上一?年度?(?:结转|遗留|未办结|转入)|结转自上一?年|往年结转");
    private static final Pattern QUALIFIER = Pattern.compile(
            "^\\(?(?:其中)?(不|未)?(?:含|包含|包括)了?(?:上一?年度?|往年)?(?:结转|遗留)");
    private static final Pattern QUALIFIER_START = Pattern.compile("^\\(?(?:其中)?(?:不|未)?(?:含|包含|包括)");

    private static final List<Keyed> CATEGORIES = List.of(
            new Keyed(Claim.Kind.GRANTED_OR_PARTLY, "予以公开(?:及|和|与|、|或)部分公开|全部公开(?:及|和|或|、)部分公开"),
            new Keyed(Claim.Kind.REFUSED, "不予以?公开"),
            new Keyed(Claim.Kind.GRANTED, "(?<!不)予以公开|同意公开|全部公开|准予公开"),
            new Keyed(Claim.Kind.PARTLY, "部分公开"),
            new Keyed(Claim.Kind.UNAVAILABLE, "无法提供"),
            new Keyed(Claim.Kind.NOT_PROCESSED, "不予处理"),
            new Keyed(Claim.Kind.OTHER_OUTCOME, "其他处理"));
    private static final Pattern CATEGORY_POST = Pattern.compile(
            "^[^,;]{0,3}?(予以公开|部分公开|不予以?公开|无法提供|不予处理|其他处理)");
    private static final int CATEGORY_GAP = 6;

    static final Words RECEIPT = Words.of("收到|受理|新收|接收|接到|收悉");
    static final Words HANDLING = Words.of("答复|办结|办理|处理|回复|办复|完成");
    /** Other subjects an organ receives and handles: reviews, lawsuits, complaints, consultations, proposals. */
    private static final Words T2_ELSEWHERE = Words.of(
            "许可|处罚|强制|复议|诉讼|信访|建议|提案|咨询|投诉|举报|热线|来电|来信|留言|政务服务|审批|办件|人大|政协|求助|诉求|问政");
    private static final Words APPLICATION = Words.of("申请");
    private static final Words APPLICATION_CONTEXT = Words.of("依申请|公开申请|申请公开|信息公开申请");
            /** Words that name applications for disclosure, as opposed to applications of any kind. */
    private static final Words DISCLOSURE = Words.of("信息公开|依申请|公开申请|申请公开");
    /** Words by which the organ names itself. */
    private static final Words ORGAN_SELF = Words.of(
            "本机关|本单位|本部门|本级|本局|本委|本办|本街道|本镇|本乡|我局|我单位|我委|我办|我街道|我镇|我乡");
    /** Words that name a class wider than one kind of application (各类申请, 各项事项). */
    private static final Words WIDER_CLASS = Words.of("各类|各项|各种|全部|所有|各渠道|综合");
    /** Words that make a figure of received or handled applications a part of them. */
    private static final Words SUBSET = Words.of(
            "按时|按期|逾期|延期|超期|当场|现场|网上|线上|线下|当面|邮寄|信函|书面|电话|传真|电子邮件|当日|平均");

    private ApplicationClaims() {
    }

    /** Carried over (to next year, from last year) and result categories, by the words before the figure. */
    static boolean before(Claims.At at, Claims.State state) {
        if (at.items) {
            return false;
        }
        Figure f = at.f;
        if (at.scan.has(CARRY_OUT_CHARS)) {
            long m = Keyed.last(COUT_PRE, at.pre, at.scan);
            if (m >= 0) {
                state.addMain(Claims.claim(Claim.Kind.CARRIED_OUT, f.value(), at, at.phrase(at.preFrom + Words.start(m))));
                return true;
            }
        }
        if (at.scan.has(CARRY_IN_CHARS)) {
            long m = Keyed.last(CIN, at.pre, at.scan);
            if (m >= 0) {
                Claim c = Claims.claim(Claim.Kind.CARRIED_IN, f.value(), at, at.phrase(at.preFrom + Words.start(m)));
                if (QUALIFIER_START.matcher(at.pre).find()) {
                    state.add(c); // the (含上年结转4件) of another figure
                } else {
                    state.addMain(c); // 上年结转4件，其中自然人3件
                }
                return true;
            }
        }
        if (at.scan.has(CATEGORY_CHARS)) {
            Keyed.Hit category = Keyed.nearest(CATEGORIES, at.pre, CATEGORY_GAP, at.scan);
            if (category != null) {
                state.add(Claims.claim(category.kind(), f.value(), at, at.phrase(at.preFrom + category.start())));
                return true;
            }
        }
        return false;
    }

    /** 其中自然人 n 件 / 法人或其他组织 n 件: the applicant columns of the last main figure. */
    static boolean applicants(Claims.At at, Claims.State state) {
        Claim of = state.main();
        if (of == null || at.items || RECEIPT.in(at.pre) || HANDLING.in(at.pre)) {
            return false;
        }
        // 法人(或其他组织): whatever follows, the pattern of the organisations column finds its 法人
        Claim.Applicant applicant = at.pre.contains("自然人") ? Claim.Applicant.NATURAL
                : at.pre.contains("法人") ? Claim.Applicant.ORGANISATIONS : null;
        if (applicant == null) {
            return false;
        }
        state.add(new Claim(of.kind(), applicant, Optional.empty(), Optional.of(at.f.value()), Claim.Carried.UNSAID,
                at.s, at.phrase(at.preFrom), at.scope));
        return true;
    }

    /**
     * Received and handled applications. A part (其中按时答复49件, 网上受理40件) is skipped; a 其中 clause about
     * disclosure after a total that does not name it ("共受理各类申请200件，其中政府信息公开申请20件") is the
     * claim, the total before it is wider than T2 and dropped.
     */
    static boolean flow(Claims.At at, Claims.State state) {
        if (at.items || T2_ELSEWHERE.in(at.clause)) {
            return false;
        }
        String pre = at.pre;
        long r = RECEIPT.last(pre);
        long h = HANDLING.last(pre);
        boolean applications = pre.contains("申请") || at.post.startsWith("申请")
                || at.post.startsWith("政府信息公开申请") || at.spans.first(APPLICATION_CONTEXT) < Integer.MAX_VALUE;
        Claim main = state.main();
        Claim.Kind kind = null;
        int from = at.preFrom;
        if (r >= 0 && h < 0 && applications) {
            kind = Claim.Kind.RECEIVED;
            from += Words.start(r);
        } else if (h >= 0 && r < 0 && (at.spans.first(APPLICATION) < Integer.MAX_VALUE || main != null)) {
            kind = Claim.Kind.HANDLED;
            from += Words.start(h);
        }
        boolean part = pre.contains("其中");
        if (part && main != null && main.applicant() == Claim.Applicant.ALL && (kind == null || kind == main.kind())
                && (main.kind() == Claim.Kind.RECEIVED || main.kind() == Claim.Kind.HANDLED)
                && !state.mainNamesDisclosure && DISCLOSURE.in(pre) && !SUBSET.in(pre)) {
            state.wider(main);
            if (state.mainWiderClass) { // 共受理各类申请200件，其中政府信息公开申请20件
                state.addMain(Claims.claim(main.kind(), at.f.value(), at, at.phrase(at.preFrom)));
                state.mainNamesDisclosure = true;
            } // else 共收到申请50件，其中依申请公开3件: which is the table's is not said, neither is read
            return true;
        }
        if (kind == null) {
            return false;
        }
        if (part && main != null && main.wider() && main.kind() == kind && ORGAN_SELF.in(pre)
                && !SUBSET.in(pre)) {
            // 全县…共受理申请300件，其中本机关受理20件: the organ's own part is T2's figure, of no wider scope
            state.add(new Claim(kind, Claim.Applicant.ALL, Optional.empty(), Optional.of(at.f.value()),
                    Claim.Carried.UNSAID, at.s, at.phrase(from), ""));
            return true;
        }
        if (SUBSET.in(pre) || part && main != null && main.kind() == kind) {
            return true; // 其中按时答复49件, 网上受理40件, 延期答复3件: a part, not the total
        }
        Claim c = Claims.claim(kind, at.f.value(), at, at.phrase(from));
        Matcher q = QUALIFIER.matcher(at.post);
        if (q.find()) {
            c = c.with(q.group(1) == null ? Claim.Carried.INCLUDED : Claim.Carried.EXCLUDED);
        }
        state.addMain(c);
        state.mainNamesDisclosure = DISCLOSURE.in(at.clause);
        state.mainWiderClass = WIDER_CLASS.in(at.clause);
        return true;
    }

    /** The words after the figure: 另有72件…顺延到下年度, 25件予以公开. */
    static boolean after(Claims.At at, Claims.State state) {
        if (at.items) {
            return true; // nothing after a count of items is read
        }
        Figure f = at.f;
        Matcher m = COUT_POST.matcher(at.post);
        if (m.find()) {
            state.add(Claims.claim(Claim.Kind.CARRIED_OUT, f.value(), at, at.n.substring(f.start(), f.end() + m.end())));
            return true;
        }
        m = CATEGORY_POST.matcher(at.post);
        if (m.find()) {
            Keyed.Hit hit = Keyed.nearest(CATEGORIES, m.group(1), CATEGORY_GAP, at.scan);
            if (hit != null) {
                state.add(Claims.claim(hit.kind(), f.value(), at, at.n.substring(f.start(), f.end() + m.end())));
                return true;
            }
        }
        return false;
    }

    /**
     * True when a figure without a unit may be one whose unit was lost ({@link #lost}): right after 申请 (申请数,
     * 申请量) and before a clause or sentence mark. Asked before anything else of such a figure: most are
     * the numbers of headings ("1.政府信息…"), of which nothing is read.
     */
    static boolean mayBeLost(String pre, Figure f, String n) {
        return (pre.endsWith("申请") || pre.endsWith("申请数") || pre.endsWith("申请量")) && f.end() < n.length()
                && ",;:。".indexOf(n.charAt(f.end())) >= 0;
    }

    /** A figure whose unit was lost right after words of receipt: "共收到政府信息公开申请3,截至…". */
    static Optional<Claim> lost(Claims.At at) {
        String pre = at.pre;
        Figure f = at.f;
        String n = at.n;
        if (!mayBeLost(pre, f, n)) {
            return Optional.empty();
        }
        long r = RECEIPT.last(pre);
        long h = HANDLING.last(pre);
        Claim.Kind kind = r >= 0 && h < 0 ? Claim.Kind.RECEIVED : h >= 0 && r < 0 ? Claim.Kind.HANDLED : null;
        if (kind == null || T2_ELSEWHERE.in(pre)) {
            return Optional.empty();
        }
        int from = f.start() - pre.length() + Words.start(kind == Claim.Kind.RECEIVED ? r : h);
        int to = Math.min(n.length(), f.end() + 3);
        return Optional.of(new Claim(kind, Claim.Applicant.ALL, Optional.empty(), Optional.empty(),
                Claim.Carried.UNSAID, at.s, n.substring(from, to), at.scope));
    }
}
