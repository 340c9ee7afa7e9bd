package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.SectionId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the figures of the narrative as {@link Claim}s: each number with a count or money unit is classified by
 * the words before it in its clause (the nearest keyword wins), else by the words right after it ("另有72件申请…
 * 顺延到下年度"). Figures in clauses about another period (去年, 上年 not followed by 结转, another year) or a
 * change (同比增加, 较去年回落) are skipped; sub-figures (其中自然人 n 件) attach to the last main figure of the
 * sentence. The families live in {@link ApplicationClaims} (T2), {@link ReviewClaims} (T3) and
 * {@link ProactiveClaims} (T1); this class walks the figures and asks them in turn. Not API.
 */
public final class Claims {
    /** The trigger characters the families below ask of a sentence ({@link Scan#has(long)}). */
    private static final long FEE_CHAR = Scan.bits("费");
    private static final Words INFO_FEE = Words.of("处理费");
    private static final Pattern NEGATION = Pattern.compile(
            "(?:未|没有|没|无|不曾)(?:发生|出现|收到|接到|受理|有|产生|办理|提起|被申请|被提起)?过?(?:任何)?$");
    /** Words that make a figure one of disclosure: a 其中 clause with them narrows a wider total before it. */
    static final Words DISCLOSURE = Words.of("信息公开|依申请|公开申请|申请公开|涉及|相关|此类|该类");

    private Claims() {
    }

    /** True when a sentence (in the matching form) is table text left in the narrative rather than prose. */
    public static boolean isTableText(Sentence s) {
        return new Scan(s).tableText;
    }

    /** The claims of every sentence of the narrative, in document order. */
    public static List<Claim> of(Narrative narrative, Context context) {
        List<Claim> out = new ArrayList<>();
        for (Sentence s : narrative.sentences()) {
            out.addAll(of(new Scan(s), context));
        }
        return out;
    }

    /** The claims of one sentence. */
    public static List<Claim> of(Sentence s, Context context) {
        return of(new Scan(s), context);
    }

    /** The claims of one sentence read once. */
    static List<Claim> of(Scan scan, Context context) {
        if (scan.tableText) {
            return List.of();
        }
        List<Figure> figures = scan.figures();
        if (figures.isEmpty()) {
            return List.of();
        }
        String n = scan.n;
        Spans spans = null; // made for the first figure a family may read
        State state = null;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Figure.UnitKind unit = f.unitKind();
            // figures no family reads are passed over before their clause is asked anything: dates and other
            // units (2024年1月1日), and counts of items (382条) in a sentence without a T1 word
            if (unit == Figure.UnitKind.OTHER
                    || unit == Figure.UnitKind.COUNT && items(f) && !scan.has(ProactiveClaims.T1_CHARS)) {
                continue;
            }
            if (spans == null) {
                spans = scan.spans();
                state = new State(scan, context);
            }
            if (unit == Figure.UnitKind.MONEY && !(scan.has(FEE_CHAR) && spans.first(INFO_FEE) < Integer.MAX_VALUE)) {
                continue; // an amount is read only as 信息处理费
            }
            int ci = spans.clauseIndex(f.start());
            int clauseStart = spans.start(ci);
            int preFrom = Math.max(clauseStart, i > 0 ? figures.get(i - 1).end() : 0);
            String pre = preFrom < f.start() ? n.substring(preFrom, f.start()) : "";
            int postTo = Math.min(spans.end(ci), i + 1 < figures.size() ? figures.get(i + 1).start() : n.length());
            String post = f.end() < postTo ? n.substring(f.end(), postTo) : "";
            if (pre.isEmpty() && post.isEmpty()) {
                continue; // a figure alone in its clause ("…、3件、…") says nothing of what it counts
            }
            if (unit == Figure.UnitKind.NONE && !ApplicationClaims.mayBeLost(pre, f, n)) {
                continue; // nothing is read of it (below, only a lost unit is): its clause is not asked
            }
            if (n.charAt(f.start()) == '一' && NEGATION.matcher(pre).find()) {
                continue; // 未发生一起, 没有一件, 未收到一件: "not a single one", not a figure of 1
            }
            // the clause's period, change and scope are asked once per clause, not once per figure
            if (spans.otherPeriod(context, ci) || spans.change(ci)) {
                continue;
            }
            int nextStart = i + 1 < figures.size() ? figures.get(i + 1).start() : n.length();
            At at = new At(scan, f, pre, post, preFrom, spans.clauseText(ci), spans.scopeOf(ci), nextStart);
            if (unit == Figure.UnitKind.MONEY) { // of 信息处理费 (asked above)
                state.add(claim(Claim.Kind.INFO_FEE, f.yuan(), at, n.substring(clauseStart, f.end())));
                continue;
            }
            if (unit == Figure.UnitKind.NONE) {
                ApplicationClaims.lost(at).ifPresent(state::add);
                continue;
            }
            if (unit != Figure.UnitKind.COUNT) {
                continue;
            }
            if (!ApplicationClaims.before(at, state) && !ReviewClaims.read(at, state)
                    && !ApplicationClaims.applicants(at, state) && !ApplicationClaims.flow(at, state)
                    && !ProactiveClaims.read(at, state)) {
                if (!ApplicationClaims.after(at, state)) {
                    ReviewClaims.after(at, state);
                }
            }
        }
        return state == null ? List.of() : state.narrowed();
    }

    /** True for a count of items (个, 份, 条, 项, 部), not of applications or cases (件, 起, 宗, 例). */
    static boolean items(Figure f) {
        return f.unit().isEmpty() || "件起宗例".indexOf(f.unit().charAt(0)) < 0;
    }

    /** One figure of a sentence with the words around it in its clause. */
    static final class At {
        final Scan scan;
        final Sentence s;
        final String n;
        final Spans spans;
        final Figure f;
        /** The words of its clause before it (after the figure before it). */
        final String pre;
        /** The words of its clause after it (before the next figure). */
        final String post;
        /** Where {@link #pre} starts in the sentence. */
        final int preFrom;
        final String clause;
        final String scope;
        /** Where the next figure starts (the sentence's end after the last). */
        final int nextStart;
        /** Applications and cases are counted in 件/起/宗/例; 个, 份, 条, 项, 部 count documents and items. */
        final boolean items;

        At(Scan scan, Figure f, String pre, String post, int preFrom, String clause, String scope, int nextStart) {
            this.scan = scan;
            this.s = scan.sentence;
            this.n = scan.n;
            this.spans = scan.spans();
            this.f = f;
            this.pre = pre;
            this.post = post;
            this.preFrom = preFrom;
            this.clause = clause;
            this.scope = scope;
            this.nextStart = nextStart;
            this.items = items(f);
        }

        /** The words from {@code from} (in the sentence) to the figure's end. */
        String phrase(int from) {
            return n.substring(Math.max(0, Math.min(from, f.start())), f.end());
        }
    }

    /** The claims of one sentence as they are found, and what later figures attach to. */
    static final class State {
        final Scan scan;
        final Context context;
        final List<Claim> out = new ArrayList<>();
        /** Index in out of the last main T2 figure (for 其中自然人 … and 含上年结转), or -1. */
        int main = -1;
        /** The last review group named (for 其中结果维持 …), or null. */
        Claim.Kind group;
        /** The last T1 subject (for 废止 n 件, 现行有效 n 件), or null. */
        Claim.Kind subject;
        /** Whether the main figure's clause names disclosure, or a class wider than it (各类申请). */
        boolean mainNamesDisclosure;
        boolean mainWiderClass;
        /** The claim of the last review group named, and whether its clause names disclosure. */
        Claim groupClaim;
        boolean groupNamesDisclosure;
        /** Claims found to be a wider total than the organ's disclosure work (see {@link #narrowed}). */
        private final List<Claim> wider = new ArrayList<>();

        State(Scan scan, Context context) {
            this.scan = scan;
            this.context = context;
        }

        void add(Claim c) {
            out.add(c);
        }

        /** Adds a main figure: the one later sub-figures attach to. */
        void addMain(Claim c) {
            out.add(c);
            main = out.size() - 1;
        }

        Claim main() {
            return main >= 0 ? out.get(main) : null;
        }

        /** Marks a claim as a total wider than what the table counts: it is left out of the result. */
        void wider(Claim c) {
            wider.add(c);
        }

        List<Claim> narrowed() {
            if (wider.isEmpty()) {
                return out;
            }
            List<Claim> kept = new ArrayList<>(out);
            kept.removeIf(c -> wider.stream().anyMatch(w -> w == c));
            return kept;
        }

        boolean inReviewSection() {
            return scan.sentence.in(SectionId.REVIEW_LITIGATION);
        }
    }

    static Claim claim(Claim.Kind kind, BigDecimal value, At at, String phrase) {
        return new Claim(kind, Claim.Applicant.ALL, Optional.empty(), Optional.of(value), Claim.Carried.UNSAID, at.s,
                phrase, at.scope);
    }
}
