package io.github.ogireport.internal.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The T1 claim family: 制发/印发 行政规范性文件 n 件 (then 废止 n 件, 现行有效 n 件), 制定规章 n 件, and
 * the decisions of 行政许可, 行政处罚 and 行政强制. Publication (公开, 发布…) is not issuance. Not API.
 */
final class ProactiveClaims {
    /** The trigger characters the families below ask of a sentence ({@link Scan#has(long)}). */
    static final long T1_CHARS = Scan.bits("规许罚强");
    private static final Gate NORMS = Gate.of(
            "(?:制发|印发|出台|制定|颁布)了?[^,;]{0,6}?(?:行政)?规范性文件|(?:行政)?规范性文件(?:共)?(?:制发|印发|出台|制定)");
    private static final Gate RULES = Gate.of(
            "(?:制发|印发|出台|制定|颁布)了?[^,;]{0,6}?规章(?!制度)|规章(?:共)?(?:制发|印发|出台|制定|颁布)");
    private static final Gate ISSUE_VERB_END = Gate.of("(?:制发|印发|出台|制定|颁布)了?(?:共)?$");
    private static final Pattern NORMS_AFTER = Pattern.compile("^(?:条|件|个|份|部)?(?:行政)?规范性文件");
    private static final Pattern RULES_AFTER = Pattern.compile("^(?:条|件|个|份|部)?规章(?!制度)");
    private static final Words REPEALED = Words.of("废止");
    private static final Words VALID = Words.of("现行有效|有效");
    private static final Gate LICENCES = Gate.of(
            "(?:办理|作出|做出|办结|审批|实施)了?[^,;]{0,6}?行政许可(?:事项|决定|审批|案件)?|行政许可(?:审批)?决定");
    private static final Gate PENALTIES = Gate.of(
            "(?:作出|做出|实施|办理|办结|下达|查处)了?[^,;]{0,6}?行政处罚(?:决定|案件)?|行政处罚决定");
    private static final Gate COERCIONS = Gate.of(
            "(?:实施|作出|做出|采取|办理)了?[^,;]{0,6}?行政强制(?:措施|决定|执行)?|行政强制(?:措施|决定)");
    private static final Words NOT_DECISIONS = Words.of("申请|受理|事项");
    private static final Words PUBLICATION = Words.of("公开|发布|公示|推送|报送|上传|归集|刊登|解读");
    private static final int T1_GAP = 4;

    private ProactiveClaims() {
    }

    /** A T1 figure: documents issued, repealed, in force; decisions made. */
    static boolean read(Claims.At at, Claims.State state) {
        if (!at.scan.has(T1_CHARS)) {
            return false;
        }
        Claim c = proactive(at, state.subject);
        if (c == null) {
            return false;
        }
        state.add(c);
        if (c.kind() == Claim.Kind.NORMS_ISSUED || c.kind() == Claim.Kind.RULES_ISSUED) {
            state.subject = c.kind();
        }
        return true;
    }

    private static Claim proactive(Claims.At at, Claim.Kind subject) {
        String pre = at.pre;
        Figure f = at.f;
        String n = at.n;
        int preFrom = at.preFrom;
        if (PUBLICATION.in(pre)) {
            return null; // 公开行政处罚决定1200条, 发布…规范性文件: publication, not issuance or decisions
        }
        boolean documents = !"起宗例".contains(f.unit().substring(0, 1));
        if (documents) {
            long m = Keyed.last(NORMS, pre, at.scan);
            if (m >= 0 && pre.length() - Words.end(m) <= T1_GAP) {
                return Claims.claim(Claim.Kind.NORMS_ISSUED, f.value(), at, at.phrase(preFrom + Words.start(m)));
            }
            m = Keyed.last(RULES, pre, at.scan);
            if (m >= 0 && pre.length() - Words.end(m) <= T1_GAP) {
                return Claims.claim(Claim.Kind.RULES_ISSUED, f.value(), at, at.phrase(preFrom + Words.start(m)));
            }
            m = Keyed.last(ISSUE_VERB_END, pre, at.scan);
            if (m >= 0) {
                String after = n.substring(f.end() - f.unit().length());
                Matcher a = NORMS_AFTER.matcher(after);
                if (a.find()) {
                    return Claims.claim(Claim.Kind.NORMS_ISSUED, f.value(), at,
                            n.substring(preFrom + Words.start(m), f.end() - f.unit().length() + a.end()));
                }
                a = RULES_AFTER.matcher(after);
                if (a.find()) {
                    return Claims.claim(Claim.Kind.RULES_ISSUED, f.value(), at,
                            n.substring(preFrom + Words.start(m), f.end() - f.unit().length() + a.end()));
                }
            }
            if (subject == Claim.Kind.NORMS_ISSUED && !pre.contains("规章") || pre.contains("规范性文件")) {
                long w = REPEALED.last(pre);
                if (w >= 0 && pre.length() - Words.end(w) <= T1_GAP) {
                    return Claims.claim(Claim.Kind.NORMS_REPEALED, f.value(), at, at.phrase(preFrom + Words.start(w)));
                }
                w = VALID.last(pre);
                if (w >= 0 && pre.length() - Words.end(w) <= T1_GAP) {
                    return Claims.claim(Claim.Kind.NORMS_VALID, f.value(), at, at.phrase(preFrom + Words.start(w)));
                }
            }
        }
        if (f.unit().startsWith("项") || f.unit().startsWith("部") || NOT_DECISIONS.in(pre)) {
            return null;
        }
        for (Object[] k : new Object[][] {{LICENCES, Claim.Kind.LICENCES}, {PENALTIES, Claim.Kind.PENALTIES},
                {COERCIONS, Claim.Kind.COERCIONS}}) {
            long m = Keyed.last((Gate) k[0], pre, at.scan);
            if (m >= 0 && pre.length() - Words.end(m) <= T1_GAP) {
                return Claims.claim((Claim.Kind) k[1], f.value(), at, at.phrase(preFrom + Words.start(m)));
            }
        }
        return null;
    }
}
