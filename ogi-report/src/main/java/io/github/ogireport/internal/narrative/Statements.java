package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.SectionId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the {@link Statement}s of the narrative: statements of absence, "均获维持" and "未被纠错", and
 * "所有申请均已办结" (domain-spec §9 E9). Statements in clauses about another period are skipped. Not API.
 */
public final class Statements {
    /** The trigger characters the families below ask of a sentence ({@link Scan#has(long)}). */
    private static final long NEGATION_CHARS = Scan.bits("未没无不");
    private static final long APPLICATION_CHAR = Scan.bits("申");
    private static final long CARRY_CHARS = Scan.bits("转延");
    private static final long REVIEW_CHARS = Scan.bits("复诉");
    private static final long NORM_CHAR = Scan.bits("规");
    private static final long T1_CHARS = Scan.bits("许罚强费");
    private static final long UPHELD_CHAR = Scan.bits("维");
    private static final long CORRECTED_CHARS = Scan.bits("纠撤败");
    private static final long DONE_CHARS = Scan.bits("结完毕");
    /** What a family of the negated statements asks besides a negation: one of them must be there. */
    private static final long NEGATED_FAMILIES = APPLICATION_CHAR | CARRY_CHARS | REVIEW_CHARS | NORM_CHAR | T1_CHARS
            | CORRECTED_CHARS;
    private static final String NEG = "(?:未|没有|没|尚未|暂未|均未|从未|未曾)";
    static final Gate RECEIPT_NAMED = Gate.of(NEG
            + "(?:收到|接到|受理|接收|收悉)过?(?:任何)?([^,;。]{0,16}?)(?:政府信息公开|信息公开|依申请公开|公开)的?(?:申请|事项)");
    static final Gate RECEIPT_BARE = Gate.of(NEG
            + "(?:收到|接到|受理|接收|收悉)过?(?:任何)?(?:书面|网上|当面|线上|纸质|邮寄)?的?申请(?!人)");
    private static final Gate RECEIPT_EVENT = Gate.of("(?:未|没有)发生过?[^,;。]{0,8}?依申请公开");
    private static final Gate RECEIPT_NONE = Gate.of(
            "(?:无|暂无|没有)(?:政府信息)?依申请公开|无(?:政府)?信息公开申请|无公开申请|无申请公开");
    static final Gate RECEIPT_AND_HANDLING = Gate.of(NEG
            + "(?:收到|接到|受理)(?:和|及|或|与|并)(?:处理|办理|答复)[^,;。]{0,12}?申请");
    private static final Gate HANDLING_NAMED = Gate.of(
            "(?<![存在有无])(?:未|均未|没有)(?:办理|处理)过?(?:任何)?(?:政府信息公开|依申请公开|信息公开)的?(?:申请|事项)");
    private static final Gate HANDLING_ALL = Gate.of("均未(?:办理|处理|答复)");
    private static final Gate NO_CARRY_OUT = Gate.of(
            "(?:无|没有|未有|不存在|未产生)(?:下一?年度?)?(?:需|须)?结转(?!自)|(?:未|没有)(?:结转|顺延)(?:到|至)?下一?年");
    /**
     * A sentence that says nothing but that there is none: {@code ^(?:本年度|本年|全年|今年)?(?:均无|无|暂无|没有|无此类情况
     * |无此项|无相关情况|无相关数据)[。.!]?$}, a finite language, held as the set of its 160 sentences (a look-up, no
     * matcher made for each short sentence).
     */
    static final Set<String> WHOLE = whole(new String[] {"", "本年度", "本年", "全年", "今年"},
            new String[] {"均无", "无", "暂无", "没有", "无此类情况", "无此项", "无相关情况", "无相关数据"},
            new String[] {"", "。", ".", "!"});
    private static final int WHOLE_MAX = 16;
    /** {@link #WHOLE} names 无 or 没 in each of its words. */
    private static final long WHOLE_CHARS = Scan.bits("无没");
    /** Words after an absence of applications that make it the absence of something else. */
    private static final Words OTHER_SUBJECT = Words.of(
            "复议|诉讼|投诉|举报|纠错|纠正|败诉|收费|费用|超期|逾期|引起|引发|导致|造成|被");
    /** How far after the absence {@link #OTHER_SUBJECT} is looked for (within its clause). */
    private static final int TAIL = 24;
    private static final Gate REVIEW_NONE = Gate.of(
            "(未|没有|没|尚未|暂未|均未|从未|未曾|不存在|暂无|无)(发生|出现|产生|收到|接到|被申请|被提起|提起|涉及|有|因)?"
                    + "([^,;。]{0,20}?)(行政复议|行政诉讼)");
    private static final Pattern REVIEW_MORE = Pattern.compile(
            "^(?:、|和|及|与|或|以及|或者)(?:被提起|提起|被申请|被)?(行政复议|行政诉讼|复议|诉讼)");
    private static final Pattern BARE_NONE_OPENING = Pattern.compile(
            "^(?:因|涉及|关于|有关|政府信息公开|信息公开|依申请公开|公开|被|任何|相关|针对|发生|此类|该类)");
    private static final Gate REVIEW_NOT_ABSENCE = Gate.of("纠错|纠正|败诉|撤销|维持|决定|结果|审结|[0-9]");
    private static final Pattern REVIEW_NOUN_USE = Pattern.compile("^(?:案件)?(?:的)?(?:决定|结果|机关|机构|审查|被申请人|申请人|判决|裁定|被?纠错|被?纠正|败诉|被?撤销)");
    private static final Gate NORMS_NONE = Gate.of(
            "(?:未|没有|无|暂无|均未)新?(?:制发|印发|出台|制定|颁布)过?(?:任何)?(?:新的)?(?:行政)?规范性文件");
    private static final Gate RULES_NONE = Gate.of(
            "(?:未|没有|无|暂无)(?:制发|印发|出台|制定|颁布)过?(?:任何)?规章(?!制度)");
    private static final String T1_NEG = "(?:无|没有|未发生|未实施|未作出|未办理|未收取|未产生)";
    private static final Gate T1_NONE = Gate.of(T1_NEG + "(行政许可|行政处罚|行政强制|行政事业性收费)");
    private static final Pattern T1_MORE = Pattern.compile(
            "^(?:、|和|及|与|或|以及)?" + T1_NEG + "?(行政许可|行政处罚|行政强制|行政事业性收费)");
    private static final Gate UPHELD = Gate.of(
            "(?:均|全部|都|皆)已?(?:获|被|予以|得到|为|是)?(?:法院|复议机关|复议机构)?(?:判决|决定)?(?:结果)?维持");
    private static final Gate NOT_CORRECTED = Gate.of(
            "(?:未|没有)发生[^,;。]{0,24}(?:纠错|纠正|败诉|撤销)|(?:未|没有|均未|无一|无)被?[^,;。]{0,10}?(?:纠错|纠正|撤销)");
    private static final Gate DONE = Gate.of(
            "(?:所有|全部)的?[^,;。]{0,12}?申请[^,;。]{0,8}?(?:均|都|全部)?已?(?:按要求|按时|依法|按期|在法定期限内|及时)?(?:全部)?"
                    + "(?:办结|办理完成|办理完毕|处理完毕|答复完毕|完成办理|完成答复)"
                    + "|申请(?:均|全部|都)已?(?:按要求|按时|依法|按期|在法定期限内|及时)?(?:全部)?(?:办结|办理完成|办理完毕|处理完毕|答复完毕)"
                    + "|已全部(?:办结|办理完毕|办理完成|答复完毕)|均已办结|全部办结");
    private static final Pattern CARRIED_IN = Pattern.compile("上一?年度?的?(?:结转|遗留)|结转自|往年");
    private static final Gate DONE_EXCEPT = Gate.of("除[^。]{0,20}?外|其余|余下|剩余");
    private static final Words CONDITIONAL = Words.of("如果|如|若|假如|一旦");
    private static final Words REVIEW_WORD = Words.of("复议");
    private static final Gate REVIEW_GROUP = Gate.of("(?<!未经)复议(?!后)");
    private static final Words LITIGATION_WORD = Words.of("诉讼|起诉");
    private static final Words APPLICATION = Words.of("申请");
    /** The verbs of receipt, one of which {@link #RECEIPT_NAMED}, {@link #RECEIPT_BARE} and {@link #RECEIPT_AND_HANDLING} name. */
    private static final Words RECEIPT_VERBS = Words.of("收到|接到|受理|接收|收悉");
    /** The words of applications for disclosure, one of which {@link #RECEIPT_NONE} names. */
    private static final Words NAMED_APPLICATIONS = Words.of("依申请公开|公开申请|申请公开");
    /** The receipt patterns asked after {@link #RECEIPT_NAMED}, in order. */
    private static final List<Gate> RECEIPT_OTHERS = List.of(RECEIPT_BARE, RECEIPT_EVENT, RECEIPT_NONE);
    private static final Words RECEIPT_EXCLUDED = Words.of("复议|诉讼|答复|告知|材料|补正|费|投诉|举报|信访|许可");

    private Statements() {
    }

    /** Every sentence of an opening (or none), a word and an end (or none), in that order. */
    private static Set<String> whole(String[] openings, String[] words, String[] ends) {
        Set<String> out = new java.util.HashSet<>();
        for (String o : openings) {
            for (String w : words) {
                for (String e : ends) {
                    out.add(o + w + e);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The statements of every sentence of the narrative, in document order. */
    public static List<Statement> of(Narrative narrative, Context context) {
        List<Statement> out = new ArrayList<>();
        for (Sentence s : narrative.sentences()) {
            out.addAll(of(new Scan(s), context));
        }
        return out;
    }

    /** The statements of one sentence. */
    public static List<Statement> of(Sentence s, Context context) {
        return of(new Scan(s), context);
    }

    /**
     * The statements of one sentence read once. Each family runs only when the sentence holds its trigger
     * characters (a negation and 申 for applications, a negation and 复 or 诉 for reviews…).
     */
    static List<Statement> of(Scan scan, Context context) {
        Sentence s = scan.sentence;
        String n = scan.n;
        if (scan.tableWords) {
            return List.of();
        }
        boolean whole = n.length() <= WHOLE_MAX && scan.has(WHOLE_CHARS) && WHOLE.contains(n);
        boolean negation = scan.has(NEGATION_CHARS);
        if (!whole && (scan.tableText || !(negation && scan.has(NEGATED_FAMILIES) || scan.has(UPHELD_CHAR)
                || scan.has(DONE_CHARS) && scan.has(APPLICATION_CHAR)))) {
            return List.of(); // table text, or no family below can find anything: most sentences
        }
        List<Statement> out = new ArrayList<>();
        Found found = new Found(scan, context, out);

        // a section 三 or 四 that says nothing but 无 / 均无
        if (whole) {
            if (s.in(SectionId.REQUESTS)) {
                found.none(0, n.length(), EnumSet.of(Statement.Topic.RECEIVED, Statement.Topic.HANDLED,
                        Statement.Topic.CARRIED_OUT), Claim.Applicant.ALL);
            } else if (s.in(SectionId.REVIEW_LITIGATION)) {
                found.none(0, n.length(), EnumSet.of(Statement.Topic.REVIEW, Statement.Topic.LITIGATION_DIRECT,
                        Statement.Topic.LITIGATION_AFTER), Claim.Applicant.ALL);
            }
            return out;
        }

        if (negation && scan.has(APPLICATION_CHAR)) {
            applications(found, n);
        }
        if (negation && scan.has(CARRY_CHARS)) {
            Gate.Search m = NO_CARRY_OUT.matcher(scan);
            while (m.find()) {
                String before = n.substring(Math.max(0, m.start() - 3), m.start());
                if (!before.contains("上年") && !before.contains("上一年")) {
                    found.none(m.start(), m.end(), EnumSet.of(Statement.Topic.CARRIED_OUT), Claim.Applicant.ALL);
                }
            }
        }
        if (negation && scan.has(REVIEW_CHARS)) {
            Gate.Search m = REVIEW_NONE.matcher(scan);
            while (m.find()) {
                review(found, m);
            }
        }
        if (negation && scan.has(NORM_CHAR)) {
            Gate.Search m = NORMS_NONE.matcher(scan);
            while (m.find()) {
                found.none(m.start(), m.end(), EnumSet.of(Statement.Topic.NORMS_ISSUED), Claim.Applicant.ALL);
            }
            m = RULES_NONE.matcher(scan);
            while (m.find()) {
                found.none(m.start(), m.end(), EnumSet.of(Statement.Topic.RULES_ISSUED), Claim.Applicant.ALL);
            }
        }
        if (negation && scan.has(T1_CHARS)) {
            t1(found, n);
        }

        // outcomes of reviews and lawsuits
        if (scan.has(UPHELD_CHAR)) {
            Gate.Search m = UPHELD.matcher(scan);
            while (m.find()) {
                found.groups(Statement.Type.ALL_UPHELD, m.start(), m.end());
            }
        }
        if (negation && scan.has(CORRECTED_CHARS)) {
            Gate.Search m = NOT_CORRECTED.matcher(scan);
            while (m.find()) {
                found.groups(Statement.Type.NONE_CORRECTED, m.start(), m.end());
            }
        }

        // every application handled
        if (scan.has(DONE_CHARS) && scan.has(APPLICATION_CHAR)) {
            Gate.Search m = DONE.matcher(scan);
            if (m.find() && found.spans().has(APPLICATION) && !DONE_EXCEPT.in(n)) {
                int[] clause = found.spans().clauseAt(m.start());
                Matcher carried = CARRIED_IN.matcher(n);
                carried.region(clause[0], m.end());
                if (found.spans().first(REVIEW_WORD) >= m.start() && found.spans().first(LITIGATION_WORD) >= m.start()
                        && !carried.find() // 上年结转的2件申请已全部办结: those of last year only
                        && !found.spans().otherPeriod(context, found.spans().clauseIndex(m.start()))) {
                    out.add(new Statement(Statement.Type.ALL_DONE, Set.of(), Claim.Applicant.ALL, s,
                            n.substring(m.start(), m.end()), found.scope(m.end())));
                }
            }
        }
        return out;
    }

    /** That no application was received or handled; a negation covers only what it names. */
    private static void applications(Found found, String n) {
        // the words each pattern below cannot match without, asked first: most sentences hold none of them
        boolean receipt = negatedReceipt(n);
        Scan scan = found.scan;
        Gate.Search m = RECEIPT_AND_HANDLING.matcher(receipt ? scan : Scan.NONE);
        while (m.find()) {
            if (namesItself(found, m)) {
                found.none(m.start(), m.end(), EnumSet.of(Statement.Topic.RECEIVED, Statement.Topic.HANDLED,
                        Statement.Topic.CARRIED_OUT), Claim.Applicant.ALL);
            }
        }
        m = RECEIPT_NAMED.matcher(receipt ? scan : Scan.NONE);
        while (m.find()) {
            String between = m.group(1);
            if (!RECEIPT_EXCLUDED.in(between) && namesItself(found, m)) {
                found.none(m.start(), m.end(), EnumSet.of(Statement.Topic.RECEIVED), applicant(between));
            }
        }
        boolean named = NAMED_APPLICATIONS.in(n);
        for (Gate p : RECEIPT_OTHERS) {
            boolean possible = p == RECEIPT_BARE ? receipt : p == RECEIPT_EVENT ? n.contains("依申请公开") : named;
            m = p.matcher(possible ? scan : Scan.NONE);
            while (m.find()) {
                if (namesItself(found, m)) {
                    found.none(m.start(), m.end(), EnumSet.of(Statement.Topic.RECEIVED), Claim.Applicant.ALL);
                }
            }
        }
        m = HANDLING_NAMED.matcher(n.contains("办理") || n.contains("处理") ? scan : Scan.NONE);
        while (m.find()) {
            if (namesItself(found, m)) {
                found.none(m.start(), m.end(), EnumSet.of(Statement.Topic.HANDLED, Statement.Topic.CARRIED_OUT),
                        Claim.Applicant.ALL);
            }
        }
        // HANDLING_ALL names 均未: asked first, the sentence's clauses are not made for nothing
        if (n.contains("均未") && found.spans().has(APPLICATION) && !found.spans().has(REVIEW_WORD)
                && !found.spans().has(LITIGATION_WORD)) {
            m = HANDLING_ALL.matcher(scan);
            while (m.find()) {
                found.none(m.start(), m.end(), EnumSet.of(Statement.Topic.HANDLED, Statement.Topic.CARRIED_OUT),
                        Claim.Applicant.ALL);
            }
        }
    }

    /**
     * True when a verb of receipt stands right after a negation (未收到, 没有受理, 未曾接到…): where each of
     * {@link #RECEIPT_AND_HANDLING}, {@link #RECEIPT_NAMED} and {@link #RECEIPT_BARE} starts, a negation then
     * the verb. Every negation they name ends in 未, 没, 没有 or 未曾; a sentence that receives without one
     * ("共收到申请15件，不予公开2件") is not searched by them.
     */
    static boolean negatedReceipt(String n) {
        int len = n.length();
        for (int i = RECEIPT_VERBS.first(n, 0, len); i >= 0; i = RECEIPT_VERBS.first(n, i + 1, len)) {
            char before = i > 0 ? n.charAt(i - 1) : 0;
            if (before == '未' || before == '没'
                    || i > 1 && (before == '有' && n.charAt(i - 2) == '没' || before == '曾' && n.charAt(i - 2) == '未')) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an absence of applications is about the applications themselves, not about something they
     * caused or that befell them: "未发生因依申请公开被行政复议纠错或行政诉讼败诉情形" and "无依申请公开引起的
     * 行政复议" speak of reviews and lawsuits, "无依申请公开收费" of fees.
     */
    private static boolean namesItself(Found found, Gate.Search m) {
        String matched = m.group();
        if (matched.indexOf('因') >= 0) {
            return false; // 未发生因依申请公开…: a consequence of applications is what did not happen
        }
        int end = found.spans().clauseAt(Math.max(0, m.end() - 1))[1];
        return OTHER_SUBJECT.first(found.n, m.end(), Math.max(m.end(), Math.min(end, m.end() + TAIL))) < 0;
    }

    private static void t1(Found found, String n) {
        Gate.Search m = T1_NONE.matcher(found.scan);
        while (m.find()) {
            Set<Statement.Topic> topics = EnumSet.of(t1(m.group(1)));
            int end = m.end();
            Matcher more = T1_MORE.matcher(n);
            while (end < n.length()) {
                more.region(end, n.length());
                if (!more.lookingAt()) {
                    break;
                }
                topics.add(t1(more.group(1)));
                end = more.end();
            }
            found.none(m.start(), end, topics, Claim.Applicant.ALL);
            m.from(end);
        }
    }

    private static void review(Found found, Gate.Search m) {
        String neg = m.group(1);
        String verb = m.group(2);
        String between = m.group(3);
        if (REVIEW_NOT_ABSENCE.in(between)) {
            return;
        }
        if ((neg.equals("无") || neg.equals("暂无")) && verb == null && !between.isEmpty()
                && !BARE_NONE_OPENING.matcher(between).find()) {
            return; // 无 of another word: 无论, 无法, 无纸化…
        }
        Set<Statement.Topic> topics = EnumSet.noneOf(Statement.Topic.class);
        addReview(topics, m.group(4));
        String n = found.n;
        int end = m.end();
        Matcher more = REVIEW_MORE.matcher(n);
        while (end < n.length()) {
            more.region(end, n.length());
            if (!more.lookingAt()) {
                break;
            }
            addReview(topics, more.group(1));
            end = more.end();
        }
        Matcher use = REVIEW_NOUN_USE.matcher(n);
        use.region(end, n.length());
        if (use.lookingAt()) {
            return; // 未收到行政复议决定, 无行政复议被纠错: not an absence of cases
        }
        found.none(m.start(), end, topics, Claim.Applicant.ALL);
    }

    private static void addReview(Set<Statement.Topic> topics, String noun) {
        if (noun.contains("复议")) {
            topics.add(Statement.Topic.REVIEW);
        } else {
            topics.add(Statement.Topic.LITIGATION_DIRECT);
            topics.add(Statement.Topic.LITIGATION_AFTER);
        }
    }

    private static Statement.Topic t1(String noun) {
        switch (noun) {
            case "行政许可":
                return Statement.Topic.LICENCES;
            case "行政处罚":
                return Statement.Topic.PENALTIES;
            case "行政强制":
                return Statement.Topic.COERCIONS;
            default:
                return Statement.Topic.FEES;
        }
    }

    /** 自然人 or 法人或其他组织 when the words between the verb and 申请 name only one of them. */
    private static Claim.Applicant applicant(String between) {
        boolean people = between.contains("自然人") || between.contains("公民") || between.contains("个人");
        boolean organisations = between.contains("法人") || between.contains("组织") || between.contains("企业");
        if (people && !organisations && between.contains("自然人")) {
            return Claim.Applicant.NATURAL;
        }
        if (organisations && !people) {
            return Claim.Applicant.ORGANISATIONS;
        }
        return Claim.Applicant.ALL;
    }

    /** Collects the statements of one sentence, each topic once. */
    private static final class Found {
        final Sentence s;
        final String n;
        private final Scan scan;
        final Context context;
        final List<Statement> out;
        final Set<Statement.Topic> seen = EnumSet.noneOf(Statement.Topic.class);

        Found(Scan scan, Context context, List<Statement> out) {
            this.s = scan.sentence;
            this.n = scan.n;
            this.scan = scan;
            this.context = context;
            this.out = out;
        }

        /** The sentence's clauses (made at the first question). */
        Spans spans() {
            return scan.spans();
        }

        /** The scope word of the sentence up to the end of the clause holding {@code end}. */
        String scope(int end) {
            Spans spans = spans();
            return spans.scopeOf(spans.clauseIndex(Math.max(0, end - 1)));
        }

        void none(int start, int end, Set<Statement.Topic> topics, Claim.Applicant applicant) {
            Spans spans = spans();
            int ci = spans.clauseIndex(start);
            if (spans.otherPeriod(context, ci) || spans.first(CONDITIONAL) < start
                    && CONDITIONAL.in(spans.clauseText(ci))) {
                return;
            }
            Set<Statement.Topic> fresh = EnumSet.noneOf(Statement.Topic.class);
            for (Statement.Topic t : topics) {
                if (seen.add(t)) {
                    fresh.add(t);
                }
            }
            if (!fresh.isEmpty()) {
                out.add(new Statement(Statement.Type.NONE, fresh, applicant, s, n.substring(start, end), scope(end)));
            }
        }

        /** 均获维持 / 未被纠错 of the groups the sentence names before it (all three in section 四 if none). */
        void groups(Statement.Type type, int start, int end) {
            Spans spans = spans();
            Set<Statement.Topic> groups = EnumSet.noneOf(Statement.Topic.class);
            if (spans.first(REVIEW_GROUP) < end) {
                groups.add(Statement.Topic.REVIEW);
            }
            if (spans.first(LITIGATION_WORD) < end) {
                groups.add(Statement.Topic.LITIGATION_DIRECT);
                groups.add(Statement.Topic.LITIGATION_AFTER);
            }
            if (groups.isEmpty() && s.in(SectionId.REVIEW_LITIGATION)) {
                groups.addAll(EnumSet.of(Statement.Topic.REVIEW, Statement.Topic.LITIGATION_DIRECT,
                        Statement.Topic.LITIGATION_AFTER));
            }
            if (groups.isEmpty() || spans.otherPeriod(context, spans.clauseIndex(start))) {
                return;
            }
            for (Statement x : out) {
                if (x.type() == type) {
                    return; // once per sentence
                }
            }
            out.add(new Statement(type, groups, Claim.Applicant.ALL, s, n.substring(start, end), scope(end)));
        }
    }
}
