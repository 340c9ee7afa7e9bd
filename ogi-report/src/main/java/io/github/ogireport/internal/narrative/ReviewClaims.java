package io.github.ogireport.internal.narrative;

import io.github.ogireport.model.T3Column;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The T3 claim family: reviews and lawsuits about disclosure, their totals and outcomes. Only sentences
 * about disclosure (or in section 四) are read; an organ that decides reviews (作为复议机关) reports a caseload
 * of its own, not T3's, and a total of every review with a 其中 clause about disclosure after it is wider than
 * T3: the 其中 figure is the claim. Not API.
 */
final class ReviewClaims {
    /** The trigger characters the families below ask of a sentence ({@link Scan#has(long)}). */
    private static final long REVIEW_CHARS = Scan.bits("复诉起");
    private static final List<Keyed> REVIEWS = List.of(
            new Keyed(Claim.Kind.LITIGATION_DIRECT, "直接(?:向法院)?(?:提起)?(?:行政)?(?:诉讼|起诉)|未经复议(?:直接)?(?:提起|起诉)?"),
            new Keyed(Claim.Kind.LITIGATION_AFTER, "复议后(?:提起)?(?:行政)?(?:诉讼|起诉)|经复议后"),
            new Keyed(Claim.Kind.CASES, "(?:行政)?复议(?:、|和|及|与|或|以及|或者)(?:被提起)?(?:行政)?诉讼"),
            new Keyed(Claim.Kind.REVIEW, "行政复议|复议"),
            new Keyed(Claim.Kind.LITIGATION, "行政诉讼|诉讼|起诉|应诉"));
    private static final Pattern REVIEW_POST = Pattern.compile("^[^,;]{0,14}?(行政复议|行政诉讼)");
    private static final Gate CASE_NOUN = Gate.of("案件?(?:共|合计|总数|数量|数)?(?:为|达|计)?$");
    private static final Words REVIEW_WORDS = Words.of("复议|诉讼|起诉");
    /** The organ deciding reviews rather than being reviewed. */
    private static final Gate REVIEWER = Gate.of(
            "作为[^,;]{0,8}?复议机关|复议机关(?:共|依法)?(?:受理|办理|审理|审结|收到)|(?:受理|审理|审结)[^,;]{0,6}?复议案件");
    private static final List<Outcome> OUTCOMES = List.of(
            new Outcome(T3Column.KEEP, "结果维持|维持"),
            new Outcome(T3Column.CORR, "结果纠正|纠正|纠错|撤销|败诉|确认违法"),
            new Outcome(T3Column.OTHR, "其他结果"),
            new Outcome(T3Column.PEND, "尚未审结|未审结|尚在审理|正在审理|审理中|正在办理|办理中|尚未结案|未结案"));
    private static final Pattern OUTCOME_POST = Pattern.compile(
            "^[^,;]{0,4}?(尚未审结|未审结|正在审理|审理中|正在办理|办理中|结果维持|维持|结果纠正|纠正|纠错)");
    private static final Pattern PENDING_AFTER = Pattern.compile(
            "^[,;]?(?:目前|现|均|仍|尚)?(?:正在办理中|正在办理|尚未审结|正在审理中|正在审理|审理中|尚在审理|尚未办结)");

    private ReviewClaims() {
    }

    /** True when the sentence can hold review figures at all: it names them and speaks of disclosure. */
    private static boolean about(Claims.At at) {
        return at.scan.has(REVIEW_CHARS) && (at.spans.first(Claims.DISCLOSURE) < Integer.MAX_VALUE
                || at.scan.sentence.in(io.github.ogireport.model.SectionId.REVIEW_LITIGATION))
                && at.spans.first(REVIEWER) == Integer.MAX_VALUE;
    }

    /** A review or litigation figure by the words before it (or the review word right after it). */
    static boolean read(Claims.At at, Claims.State state) {
        if (at.items || !about(at)
                || at.spans.first(REVIEW_WORDS) >= at.f.start() && !REVIEW_WORDS.in(at.post)) {
            return false;
        }
        if (narrowed(at, state)) {
            return true;
        }
        Claim review = review(at, state.group);
        if (review == null) {
            return false;
        }
        state.add(review);
        if (review.kind() != Claim.Kind.REVIEW_OUTCOME && review.kind() != Claim.Kind.LITIGATION_OUTCOME) {
            group(state, review, at);
            pending(review, at).ifPresent(state::add);
        }
        return true;
    }

    /** The review word after the figure: 有1件…行政复议. */
    static void after(Claims.At at, Claims.State state) {
        if (at.items || !about(at)) {
            return;
        }
        Matcher m = REVIEW_POST.matcher(at.post);
        if (m.find()) {
            Claim.Kind kind = m.group(1).equals("行政复议") ? Claim.Kind.REVIEW : Claim.Kind.LITIGATION;
            Claim c = Claims.claim(kind, at.f.value(), at, at.n.substring(at.f.start(), at.f.end() + m.end()));
            state.add(c);
            group(state, c, at);
        }
    }

    private static void group(Claims.State state, Claim c, Claims.At at) {
        state.group = c.kind();
        state.groupClaim = c;
        state.groupNamesDisclosure = Claims.DISCLOSURE.in(at.clause);
    }

    /** 共办理行政复议案件100件，其中涉及政府信息公开的3件: the part is the claim, the total is dropped. */
    private static boolean narrowed(Claims.At at, Claims.State state) {
        Claim total = state.groupClaim;
        if (total == null || state.groupNamesDisclosure || !at.pre.contains("其中")
                || !Claims.DISCLOSURE.in(at.pre)
                || total.kind() != Claim.Kind.REVIEW && total.kind() != Claim.Kind.LITIGATION
                && total.kind() != Claim.Kind.CASES) {
            return false;
        }
        state.wider(total);
        Claim c = Claims.claim(total.kind(), at.f.value(), at, at.phrase(at.preFrom));
        state.add(c);
        group(state, c, at);
        return true;
    }

    /** "行政复议1起，正在办理中": every case of the figure before is pending. */
    private static Optional<Claim> pending(Claim review, Claims.At at) {
        if (review.kind() != Claim.Kind.REVIEW && review.kind() != Claim.Kind.LITIGATION) {
            return Optional.empty();
        }
        Figure f = at.f;
        Matcher m = PENDING_AFTER.matcher(at.n);
        m.region(f.end(), at.nextStart);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        Claim.Kind kind = review.kind() == Claim.Kind.REVIEW ? Claim.Kind.REVIEW_OUTCOME : Claim.Kind.LITIGATION_OUTCOME;
        return Optional.of(new Claim(kind, Claim.Applicant.ALL, Optional.of(T3Column.PEND), review.value(),
                Claim.Carried.UNSAID, at.s, at.n.substring(f.start(), m.end()), at.scope));
    }

    private static Claim review(Claims.At at, Claim.Kind group) {
        String n = at.n;
        String pre = at.pre;
        String post = at.post;
        Figure f = at.f;
        Spans spans = at.spans;
        boolean both = spans.first("复议") < f.start()
                && Math.min(spans.first("诉讼"), spans.first("起诉")) < f.start();
        if (group != null) {
            Outcome.Hit outcome = Outcome.nearest(pre, at.scan);
            Matcher after = OUTCOME_POST.matcher(post);
            String word = null;
            int from = 0;
            int to = f.end();
            if (outcome != null && REVIEW_WORDS.first(pre, outcome.end(), pre.length()) < 0) {
                word = outcome.column().name();
                from = at.preFrom + outcome.start();
            } else if (outcome == null && !REVIEW_WORDS.in(pre) && after.find()) {
                Outcome.Hit h = Outcome.nearest(after.group(1), at.scan);
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
                        Claim.Carried.UNSAID, at.s, n.substring(from, to), at.scope);
            }
        }
        Keyed.Hit hit = Keyed.nearest(REVIEWS, pre, Integer.MAX_VALUE, at.scan);
        if (hit != null) {
            String rest = pre.substring(hit.end());
            Claim.Kind kind = hit.kind();
            // 行政复议、行政诉讼案件74件 counts all cases; 行政复议案件5件，行政诉讼案件6件 counts each group
            if ((kind == Claim.Kind.REVIEW || kind == Claim.Kind.LITIGATION) && CASE_NOUN.in(pre) && both
                    && group == null) {
                kind = Claim.Kind.CASES;
            }
            if (rest.length() > 12 && kind != Claim.Kind.CASES) {
                return null; // the review word is too far from the number to be its noun
            }
            return Claims.claim(kind, f.value(), at, at.phrase(at.preFrom + hit.start()));
        }
        if (CASE_NOUN.in(pre) && both && group == null) {
            return Claims.claim(Claim.Kind.CASES, f.value(), at, at.phrase(at.preFrom));
        }
        Matcher after = REVIEW_POST.matcher(post);
        if (pre.isEmpty() || !ApplicationClaims.HANDLING.in(pre)
                && !ApplicationClaims.RECEIPT.in(pre)) {
            if (after.find()) {
                Claim.Kind kind = after.group(1).equals("行政复议") ? Claim.Kind.REVIEW : Claim.Kind.LITIGATION;
                return Claims.claim(kind, f.value(), at, n.substring(f.start(), f.end() + after.end()));
            }
        }
        return null;
    }

    /** An outcome keyword of T3. */
    private record Outcome(T3Column column, Gate gate) {
        Outcome(T3Column column, String regex) {
            this(column, Gate.of(regex));
        }

        record Hit(T3Column column, int start, int end) {
        }

        static Hit nearest(String text, Scan scan) {
            Hit best = null;
            for (Outcome o : OUTCOMES) {
                long m = Keyed.last(o.gate, text, scan);
                if (m >= 0 && (best == null || Words.end(m) > best.end
                        || Words.end(m) == best.end && Words.start(m) < best.start)) {
                    best = new Hit(o.column, Words.start(m), Words.end(m));
                }
            }
            return best;
        }
    }
}
