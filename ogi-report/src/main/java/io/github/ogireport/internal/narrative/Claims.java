package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.T3Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures of the narrative as {@link Claim}s: each number with a count or money unit is classified by
 * the words before it in its clause (the nearest keyword wins), else by the words right after it ("另有72件申请…
 * 顺延到下年度"). Figures in clauses about another period (去年, 上年 not followed by 结转, another year) or a
 * change (同比增加, 较去年回落) are skipped; sub-figures (其中自然人 n 件) attach to the last main figure of the
 * sentence. Not API.
 */
public final class Claims {
    /** Table text left in the narrative by the extraction (headers, the 勾稽 note). */
    static final Pattern DEBRIS = Pattern.compile("勾稽|第二十条|本列数据|信息内容|申请人情况|本年制发件数|本年新收政府信息公开申请数量"
            + "|行政机关不再处理其|本年度办理结果|区分处理的");
    /** Punctuation every narrative sentence has; a "sentence" without any is table text run together. */
    private static final Pattern PUNCTUATION = Pattern.compile("[,;:!?。、]");

    /** True when a sentence (in the matching form) is table text left in the narrative rather than prose. */
    public static boolean isTableText(String norm) {
        return debris(norm);
    }

    static boolean debris(String norm) {
        return DEBRIS.matcher(norm).find() || !PUNCTUATION.matcher(norm).find();
    }

    private static final Pattern COUT_PRE = Pattern.compile(
            "(?:结转|顺延|延期|转入|延至|推迟|转)(?:到|至|入)?下一?年|下一?年度?(?:继续)?(?:办理|答复)");
    private static final Pattern COUT_POST = Pattern.compile(
            "^[^,;]{0,16}?(?:结转|顺延|延期|转入|延至|推迟|转)(?:到|至|入)?下一?年");
    private static final Pattern CIN = Pattern.compile("上一?年度?(?:结转|遗留|未办结|转入)|结转自上一?年|往年结转");
    private static final Pattern QUALIFIER = Pattern.compile(
            "^\\(?(?:其中)?(不|未)?(?:含|包含|包括)了?(?:上一?年度?|往年)?(?:结转|遗留)");

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

    private static final List<Keyed> REVIEWS = List.of(
            new Keyed(Claim.Kind.LITIGATION_DIRECT, "直接(?:向法院)?(?:提起)?(?:行政)?(?:诉讼|起诉)|未经复议(?:直接)?(?:提起|起诉)?"),
            new Keyed(Claim.Kind.LITIGATION_AFTER, "复议后(?:提起)?(?:行政)?(?:诉讼|起诉)|经复议后"),
            new Keyed(Claim.Kind.CASES, "(?:行政)?复议(?:、|和|及|与|或|以及|或者)(?:被提起)?(?:行政)?诉讼"),
            new Keyed(Claim.Kind.REVIEW, "行政复议|复议"),
            new Keyed(Claim.Kind.LITIGATION, "行政诉讼|诉讼|起诉|应诉"));
    private static final Pattern REVIEW_POST = Pattern.compile("^[^,;]{0,14}?(行政复议|行政诉讼)");
    private static final Pattern CASE_NOUN = Pattern.compile("案件?(?:共|合计|总数|数量|数)?(?:为|达|计)?$");
    private static final Pattern REVIEW_WORDS = Pattern.compile("复议|诉讼|起诉");
    private static final Pattern DISCLOSURE = Pattern.compile("信息公开|依申请|公开申请|申请公开|涉及|相关|此类|该类");
    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome(T3Column.KEEP, "结果维持|维持"),
            new Outcome(T3Column.CORR, "结果纠正|纠正|纠错|撤销|败诉|确认违法"),
            new Outcome(T3Column.OTHR, "其他结果"),
            new Outcome(T3Column.PEND, "尚未审结|未审结|尚在审理|正在审理|审理中|正在办理|办理中|尚未结案|未结案"));
    private static final Pattern OUTCOME_POST = Pattern.compile(
            "^[^,;]{0,4}?(尚未审结|未审结|正在审理|审理中|正在办理|办理中|结果维持|维持|结果纠正|纠正|纠错)");

    private static final Pattern PENDING_AFTER = Pattern.compile(
            "^[,;]?(?:目前|现|均|仍|尚)?(?:正在办理中|正在办理|尚未审结|正在审理中|正在审理|审理中|尚在审理|尚未办结)");
    private static final Pattern RECEIPT = Pattern.compile("收到|受理|新收|接收|接到|收悉");
    private static final Pattern HANDLING = Pattern.compile("答复|办结|办理|处理|回复|办复|完成");
    private static final Pattern T2_ELSEWHERE = Pattern.compile(
            "许可|处罚|强制|复议|诉讼|信访|建议|提案|咨询|投诉|举报|热线|来电|来信|留言|政务服务|审批|办件|人大|政协|求助|诉求|问政");
    private static final Pattern APPLICATION = Pattern.compile("申请");
    private static final Pattern APPLICATION_CONTEXT = Pattern.compile("依申请|公开申请|申请公开|信息公开申请");
    private static final Pattern NATURAL = Pattern.compile("自然人");
    private static final Pattern ORGANISATIONS = Pattern.compile("法人(?:或者?|和|及)其他组织|法人");

    private static final Pattern NORMS = Pattern.compile(
            "(?:制发|印发|出台|制定|颁布)了?[^,;]{0,6}?(?:行政)?规范性文件|(?:行政)?规范性文件(?:共)?(?:制发|印发|出台|制定)");
    private static final Pattern RULES = Pattern.compile(
            "(?:制发|印发|出台|制定|颁布)了?[^,;]{0,6}?规章(?!制度)|规章(?:共)?(?:制发|印发|出台|制定|颁布)");
    private static final Pattern ISSUE_VERB_END = Pattern.compile("(?:制发|印发|出台|制定|颁布)了?(?:共)?$");
    private static final Pattern NORMS_AFTER = Pattern.compile("^(?:条|件|个|份|部)?(?:行政)?规范性文件");
    private static final Pattern RULES_AFTER = Pattern.compile("^(?:条|件|个|份|部)?规章(?!制度)");
    private static final Pattern REPEALED = Pattern.compile("废止");
    private static final Pattern VALID = Pattern.compile("现行有效|有效");
    private static final Pattern LICENCES = Pattern.compile(
            "(?:办理|作出|做出|办结|审批|实施)了?[^,;]{0,6}?行政许可(?:事项|决定|审批|案件)?|行政许可(?:审批)?决定");
    private static final Pattern PENALTIES = Pattern.compile(
            "(?:作出|做出|实施|办理|办结|下达|查处)了?[^,;]{0,6}?行政处罚(?:决定|案件)?|行政处罚决定");
    private static final Pattern COERCIONS = Pattern.compile(
            "(?:实施|作出|做出|采取|办理)了?[^,;]{0,6}?行政强制(?:措施|决定|执行)?|行政强制(?:措施|决定)");
    private static final Pattern NOT_DECISIONS = Pattern.compile("申请|受理|事项");
    private static final Pattern INFO_FEE = Pattern.compile("处理费");
    private static final Pattern PUBLICATION = Pattern.compile("公开|发布|公示|推送|报送|上传|归集|刊登|解读");

    /** Words that make a figure of received or handled applications a part of them. */
    private static final Pattern SUBSET = Pattern.compile(
            "按时|按期|逾期|延期|超期|当场|现场|网上|线上|线下|当面|邮寄|信函|书面|电话|传真|电子邮件|当日|平均");
    private static final Pattern CASE_UNITS = Pattern.compile("件|起|宗|例");
    private static final Pattern QUALIFIER_START = Pattern.compile("^\\(?(?:其中)?(?:不|未)?(?:含|包含|包括)");
    private static final int CATEGORY_GAP = 6;
    private static final int T1_GAP = 4;

    private Claims() {
    }

    /** The claims of every sentence of the narrative, in document order. */
    public static List<Claim> of(Narrative narrative, Context context) {
        List<Claim> out = new ArrayList<>();
        for (Sentence s : narrative.sentences()) {
            out.addAll(of(s, context));
        }
        return out;
    }

    /** The claims of one sentence. */
    public static List<Claim> of(Sentence s, Context context) {
        String n = s.norm();
        List<Claim> out = new ArrayList<>();
        if (debris(n)) {
            return out;
        }
        List<Figure> figures = Figure.scan(n);
        Spans spans = new Spans(n);
        int main = -1; // index in out of the last main T2 figure (for 其中自然人 … and 含上年结转)
        Claim.Kind group = null; // the last review group named (for 其中结果维持 …)
        Claim.Kind subject = null; // the last T1 subject (for 废止 n 件, 现行有效 n 件)
        boolean disclosure = DISCLOSURE.matcher(n).find() || s.in(SectionId.REVIEW_LITIGATION);
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            int[] clause = spans.clauseAt(f.start());
            int preFrom = Math.max(clause[0], i > 0 ? figures.get(i - 1).end() : 0);
            String pre = preFrom < f.start() ? n.substring(preFrom, f.start()) : "";
            int postTo = Math.min(clause[1], i + 1 < figures.size() ? figures.get(i + 1).start() : n.length());
            String post = f.end() < postTo ? n.substring(f.end(), postTo) : "";
            String clauseText = n.substring(clause[0], clause[1]);
            String scope = spans.scopeBefore(clause[1]);
            if (context.otherPeriod(clauseText, n) || Context.change(clauseText)) {
                continue;
            }
            Figure.UnitKind unit = f.unitKind();
            if (unit == Figure.UnitKind.MONEY) {
                if (spans.first(INFO_FEE) < Integer.MAX_VALUE) {
                    out.add(claim(Claim.Kind.INFO_FEE, f.yuan(), s, n.substring(clause[0], f.end()), scope));
                }
                continue;
            }
            if (unit == Figure.UnitKind.NONE) {
                lost(pre, f, s, n, scope).ifPresent(out::add);
                continue;
            }
            if (unit != Figure.UnitKind.COUNT) {
                continue;
            }
            // applications and cases are counted in 件/起/宗/例; 个, 份, 条, 项, 部 count documents and items
            boolean items = !CASE_UNITS.matcher(f.unit()).lookingAt();
            // 1. carried over to next year, carried over from last year
            MatchResult m = last(COUT_PRE, pre);
            if (m != null && !items) {
                out.add(claim(Claim.Kind.CARRIED_OUT, f.value(), s, phrase(n, preFrom + m.start(), f), scope));
                main = out.size() - 1;
                continue;
            }
            m = last(CIN, pre);
            if (m != null && !items) {
                out.add(claim(Claim.Kind.CARRIED_IN, f.value(), s, phrase(n, preFrom + m.start(), f), scope));
                if (!QUALIFIER_START.matcher(pre).find()) {
                    main = out.size() - 1; // 上年结转4件，其中自然人3件; not the (含上年结转4件) of another figure
                }
                continue;
            }
            // 2. result categories
            Keyed.Hit category = Keyed.nearest(CATEGORIES, pre, CATEGORY_GAP);
            if (category != null && !items) {
                out.add(claim(category.kind(), f.value(), s, phrase(n, preFrom + category.start(), f), scope));
                continue;
            }
            // 3. review and litigation
            if (disclosure && !items && (spans.first(REVIEW_WORDS) < f.start()
                    || REVIEW_WORDS.matcher(post).find())) {
                Claim review = review(pre, post, preFrom, f, s, spans, scope, group);
                if (review != null) {
                    out.add(review);
                    if (review.kind() != Claim.Kind.REVIEW_OUTCOME && review.kind() != Claim.Kind.LITIGATION_OUTCOME) {
                        group = review.kind();
                        pending(review, n.substring(f.end(), i + 1 < figures.size() ? figures.get(i + 1).start()
                                : n.length()), f, s, n, scope).ifPresent(out::add);
                    }
                    continue;
                }
            }
            // 4. applicants of the last main figure
            if (main >= 0 && !items && !RECEIPT.matcher(pre).find() && !HANDLING.matcher(pre).find()) {
                Claim.Applicant applicant = NATURAL.matcher(pre).find() ? Claim.Applicant.NATURAL
                        : ORGANISATIONS.matcher(pre).find() ? Claim.Applicant.ORGANISATIONS : null;
                if (applicant != null) {
                    Claim of = out.get(main);
                    out.add(new Claim(of.kind(), applicant, Optional.empty(), Optional.of(f.value()),
                            Claim.Carried.UNSAID, s, phrase(n, preFrom, f), scope));
                    continue;
                }
            }
            // 5. received and handled applications
            if (!items && !T2_ELSEWHERE.matcher(clauseText).find()) {
                MatchResult r = last(RECEIPT, pre);
                MatchResult h = last(HANDLING, pre);
                boolean applications = APPLICATION.matcher(pre).find() || post.startsWith("申请")
                        || post.startsWith("政府信息公开申请") || spans.first(APPLICATION_CONTEXT) < Integer.MAX_VALUE;
                Claim.Kind kind = null;
                MatchResult at = null;
                if (r != null && h == null && applications) {
                    kind = Claim.Kind.RECEIVED;
                    at = r;
                } else if (h != null && r == null && (spans.first(APPLICATION) < Integer.MAX_VALUE || main >= 0)) {
                    kind = Claim.Kind.HANDLED;
                    at = h;
                }
                if (kind != null && (SUBSET.matcher(pre).find()
                        || pre.contains("其中") && main >= 0 && out.get(main).kind() == kind)) {
                    continue; // 其中按时答复49件, 网上受理40件, 延期答复3件: a part, not the total
                }
                if (kind != null) {
                    Claim c = claim(kind, f.value(), s, phrase(n, preFrom + at.start(), f), scope);
                    Matcher q = QUALIFIER.matcher(post);
                    if (q.find()) {
                        c = c.with(q.group(1) == null ? Claim.Carried.INCLUDED : Claim.Carried.EXCLUDED);
                    }
                    out.add(c);
                    main = out.size() - 1;
                    continue;
                }
            }
            // 6. T1: issued documents and decisions
            Claim t1 = proactive(pre, post, preFrom, f, s, n, scope, subject);
            if (t1 != null) {
                out.add(t1);
                if (t1.kind() == Claim.Kind.NORMS_ISSUED || t1.kind() == Claim.Kind.RULES_ISSUED) {
                    subject = t1.kind();
                }
                continue;
            }
            // 7. the words after the figure: 另有72件…顺延到下年度, 有1件…行政复议, 25件予以公开
            if (items) {
                continue;
            }
            Matcher after = COUT_POST.matcher(post);
            if (after.find()) {
                out.add(claim(Claim.Kind.CARRIED_OUT, f.value(), s, n.substring(f.start(), f.end() + after.end()), scope));
                continue;
            }
            after = CATEGORY_POST.matcher(post);
            if (after.find()) {
                Keyed.Hit hit = Keyed.nearest(CATEGORIES, after.group(1), CATEGORY_GAP);
                if (hit != null) {
                    out.add(claim(hit.kind(), f.value(), s, n.substring(f.start(), f.end() + after.end()), scope));
                    continue;
                }
            }
            after = REVIEW_POST.matcher(post);
            if (disclosure && after.find()) {
                Claim.Kind kind = after.group(1).equals("行政复议") ? Claim.Kind.REVIEW : Claim.Kind.LITIGATION;
                out.add(claim(kind, f.value(), s, n.substring(f.start(), f.end() + after.end()), scope));
                group = kind;
            }
        }
        return out;
    }

    /** "行政复议1起，正在办理中": every case of the figure before is pending. */
    private static Optional<Claim> pending(Claim review, String after, Figure f, Sentence s, String n, String scope) {
        if (review.kind() != Claim.Kind.REVIEW && review.kind() != Claim.Kind.LITIGATION) {
            return Optional.empty();
        }
        Matcher m = PENDING_AFTER.matcher(after);
        if (!m.find()) {
            return Optional.empty();
        }
        Claim.Kind kind = review.kind() == Claim.Kind.REVIEW ? Claim.Kind.REVIEW_OUTCOME : Claim.Kind.LITIGATION_OUTCOME;
        return Optional.of(new Claim(kind, Claim.Applicant.ALL, Optional.of(T3Column.PEND), review.value(),
                Claim.Carried.UNSAID, s, n.substring(f.start(), f.end() + m.end()), scope));
    }

    /** A figure whose unit was lost right after words of receipt: "共收到政府信息公开申请3,截至…". */
    private static Optional<Claim> lost(String pre, Figure f, Sentence s, String n, String scope) {
        if (!pre.endsWith("申请") && !pre.endsWith("申请数") && !pre.endsWith("申请量")
                || f.end() >= n.length() || ",;:。".indexOf(n.charAt(f.end())) < 0) {
            return Optional.empty();
        }
        MatchResult r = last(RECEIPT, pre);
        MatchResult h = last(HANDLING, pre);
        Claim.Kind kind = r != null && h == null ? Claim.Kind.RECEIVED : h != null && r == null ? Claim.Kind.HANDLED : null;
        if (kind == null || T2_ELSEWHERE.matcher(pre).find()) {
            return Optional.empty();
        }
        int from = f.start() - pre.length() + (kind == Claim.Kind.RECEIVED ? r.start() : h.start());
        int to = Math.min(n.length(), f.end() + 3);
        return Optional.of(new Claim(kind, Claim.Applicant.ALL, Optional.empty(), Optional.empty(),
                Claim.Carried.UNSAID, s, n.substring(from, to), scope));
    }

    private static Claim review(String pre, String post, int preFrom, Figure f, Sentence s, Spans spans, String scope,
            Claim.Kind group) {
        String n = spans.n;
        boolean both = spans.first("复议") < f.start()
                && Math.min(spans.first("诉讼"), spans.first("起诉")) < f.start();
        if (group != null) {
            Outcome.Hit outcome = Outcome.nearest(pre);
            Matcher after = OUTCOME_POST.matcher(post);
            String word = null;
            int from = 0;
            int to = f.end();
            if (outcome != null && !REVIEW_WORDS.matcher(pre.substring(outcome.end())).find()) {
                word = outcome.column().name();
                from = preFrom + outcome.start();
            } else if (outcome == null && !REVIEW_WORDS.matcher(pre).find() && after.find()) {
                Outcome.Hit h = Outcome.nearest(after.group(1));
                if (h != null) {
                    word = h.column().name();
                    from = f.start();
                    to = f.end() + after.end();
                }
            }
            if (word != null) {
                Claim.Kind kind = group == Claim.Kind.REVIEW ? Claim.Kind.REVIEW_OUTCOME : Claim.Kind.LITIGATION_OUTCOME;
                if (group != Claim.Kind.REVIEW && group != Claim.Kind.LITIGATION) {
                    return null; // outcomes of 直接起诉 / 复议后起诉 / all cases: not read
                }
                return new Claim(kind, Claim.Applicant.ALL, Optional.of(T3Column.valueOf(word)), Optional.of(f.value()),
                        Claim.Carried.UNSAID, s, n.substring(from, to), scope);
            }
        }
        Keyed.Hit hit = Keyed.nearest(REVIEWS, pre, Integer.MAX_VALUE);
        if (hit != null) {
            String rest = pre.substring(hit.end());
            Claim.Kind kind = hit.kind();
            // 行政复议、行政诉讼案件74件 counts all cases; 行政复议案件5件，行政诉讼案件6件 counts each group
            if ((kind == Claim.Kind.REVIEW || kind == Claim.Kind.LITIGATION) && CASE_NOUN.matcher(pre).find() && both
                    && group == null) {
                kind = Claim.Kind.CASES;
            }
            if (rest.length() > 12 && kind != Claim.Kind.CASES) {
                return null; // the review word is too far from the number to be its noun
            }
            return claim(kind, f.value(), s, phrase(n, preFrom + hit.start(), f), scope);
        }
        if (CASE_NOUN.matcher(pre).find() && both && group == null) {
            return claim(Claim.Kind.CASES, f.value(), s, phrase(n, preFrom, f), scope);
        }
        Matcher after = REVIEW_POST.matcher(post);
        if (pre.isEmpty() || !HANDLING.matcher(pre).find() && !RECEIPT.matcher(pre).find()) {
            if (after.find()) {
                Claim.Kind kind = after.group(1).equals("行政复议") ? Claim.Kind.REVIEW : Claim.Kind.LITIGATION;
                return claim(kind, f.value(), s, n.substring(f.start(), f.end() + after.end()), scope);
            }
        }
        return null;
    }

    private static Claim proactive(String pre, String post, int preFrom, Figure f, Sentence s, String n, String scope,
            Claim.Kind subject) {
        if (PUBLICATION.matcher(pre).find()) {
            return null; // 公开行政处罚决定1200条, 发布…规范性文件: publication, not issuance or decisions
        }
        boolean documents = !"起宗例".contains(f.unit().substring(0, 1));
        if (documents) {
            MatchResult m = last(NORMS, pre);
            if (m != null && pre.length() - m.end() <= T1_GAP) {
                return claim(Claim.Kind.NORMS_ISSUED, f.value(), s, phrase(n, preFrom + m.start(), f), scope);
            }
            m = last(RULES, pre);
            if (m != null && pre.length() - m.end() <= T1_GAP) {
                return claim(Claim.Kind.RULES_ISSUED, f.value(), s, phrase(n, preFrom + m.start(), f), scope);
            }
            m = last(ISSUE_VERB_END, pre);
            if (m != null) {
                String after = n.substring(f.end() - f.unit().length());
                Matcher a = NORMS_AFTER.matcher(after);
                if (a.find()) {
                    return claim(Claim.Kind.NORMS_ISSUED, f.value(), s,
                            n.substring(preFrom + m.start(), f.end() - f.unit().length() + a.end()), scope);
                }
                a = RULES_AFTER.matcher(after);
                if (a.find()) {
                    return claim(Claim.Kind.RULES_ISSUED, f.value(), s,
                            n.substring(preFrom + m.start(), f.end() - f.unit().length() + a.end()), scope);
                }
            }
            if (subject == Claim.Kind.NORMS_ISSUED && !pre.contains("规章") || pre.contains("规范性文件")) {
                m = last(REPEALED, pre);
                if (m != null && pre.length() - m.end() <= T1_GAP) {
                    return claim(Claim.Kind.NORMS_REPEALED, f.value(), s, phrase(n, preFrom + m.start(), f), scope);
                }
                m = last(VALID, pre);
                if (m != null && pre.length() - m.end() <= T1_GAP) {
                    return claim(Claim.Kind.NORMS_VALID, f.value(), s, phrase(n, preFrom + m.start(), f), scope);
                }
            }
        }
        if (f.unit().startsWith("项") || f.unit().startsWith("部") || NOT_DECISIONS.matcher(pre).find()) {
            return null;
        }
        for (Object[] k : new Object[][] {{LICENCES, Claim.Kind.LICENCES}, {PENALTIES, Claim.Kind.PENALTIES},
                {COERCIONS, Claim.Kind.COERCIONS}}) {
            MatchResult m = last((Pattern) k[0], pre);
            if (m != null && pre.length() - m.end() <= T1_GAP) {
                return claim((Claim.Kind) k[1], f.value(), s, phrase(n, preFrom + m.start(), f), scope);
            }
        }
        return null;
    }

    private static Claim claim(Claim.Kind kind, BigDecimal value, Sentence s, String phrase, String scope) {
        return new Claim(kind, Claim.Applicant.ALL, Optional.empty(), Optional.of(value), Claim.Carried.UNSAID, s,
                phrase, scope);
    }

    private static String phrase(String n, int from, Figure f) {
        return n.substring(Math.max(0, Math.min(from, f.start())), f.end());
    }

    /** The last match of {@code p} in {@code text}, or null. */
    static MatchResult last(Pattern p, String text) {
        Matcher m = p.matcher(text);
        MatchResult found = null;
        while (m.find()) {
            found = m.toMatchResult();
        }
        return found;
    }

    /** A keyword pattern and the kind it stands for. */
    private record Keyed(Claim.Kind kind, Pattern pattern) {
        Keyed(Claim.Kind kind, String regex) {
            this(kind, Pattern.compile(regex));
        }

        /** A keyword found. */
        record Hit(Claim.Kind kind, int start, int end) {
        }

        /**
         * The keyword nearest the end of {@code text} (the latest end; of two ending together the longer), when
         * at most {@code gap} characters follow it.
         */
        static Hit nearest(List<Keyed> keys, String text, int gap) {
            Hit best = null;
            for (Keyed k : keys) {
                MatchResult m = last(k.pattern, text);
                if (m == null) {
                    continue;
                }
                if (best == null || m.end() > best.end || m.end() == best.end && m.start() < best.start) {
                    best = new Hit(k.kind, m.start(), m.end());
                }
            }
            return best != null && text.length() - best.end <= gap ? best : null;
        }
    }

    /** An outcome keyword of T3. */
    private record Outcome(T3Column column, Pattern pattern) {
        Outcome(T3Column column, String regex) {
            this(column, Pattern.compile(regex));
        }

        record Hit(T3Column column, int start, int end) {
        }

        static Hit nearest(String text) {
            Hit best = null;
            for (Outcome o : OUTCOMES) {
                MatchResult m = last(o.pattern, text);
                if (m != null && (best == null || m.end() > best.end || m.end() == best.end && m.start() < best.start)) {
                    best = new Hit(o.column, m.start(), m.end());
                }
            }
            return best;
        }
    }
}
