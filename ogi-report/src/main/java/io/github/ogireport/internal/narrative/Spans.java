package io.github.ogireport.internal.narrative;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of one sentence (in the matching form) and the first place of words in it, computed once so that
 * reading every figure of a sentence stays linear in its length. Not API.
 */
final class Spans {
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:]");

    final String n;
    /** Where each clause ends (exclusive), in order; the last is the text's length. */
    private final int[] ends;
    private final Map<Object, Integer> first = new HashMap<>();

    Spans(String n) {
        this.n = n;
        int count = 0;
        int[] e = new int[16];
        Matcher m = CLAUSE_END.matcher(n);
        while (m.find()) {
            if (count == e.length) {
                e = Arrays.copyOf(e, count * 2);
            }
            e[count++] = m.start();
        }
        if (count == e.length) {
            e = Arrays.copyOf(e, count + 1);
        }
        e[count++] = n.length();
        this.ends = Arrays.copyOf(e, count);
    }

    /** The clause span [start, end) holding the character at {@code index} (a delimiter goes with the clause before it). */
    int[] clauseAt(int index) {
        int lo = 0;
        int hi = ends.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return new int[] {lo == 0 ? 0 : ends[lo - 1] + 1, ends[lo]};
    }

    /** The clause holding the character at {@code index}. */
    String clause(int index) {
        int[] c = clauseAt(index);
        return n.substring(c[0], c[1]);
    }

    /** Where {@code p} first matches, or {@link Integer#MAX_VALUE}. */
    int first(Pattern p) {
        return first.computeIfAbsent(p, k -> {
            Matcher m = p.matcher(n);
            return m.find() ? m.start() : Integer.MAX_VALUE;
        });
    }

    /** Where {@code word} first stands, or {@link Integer#MAX_VALUE}. */
    int first(String word) {
        return first.computeIfAbsent(word, k -> {
            int i = n.indexOf(word);
            return i < 0 ? Integer.MAX_VALUE : i;
        });
    }

    /** The first scope word of the sentence when it stands before {@code end}, else "". */
    String scopeBefore(int end) {
        int at = first(Context.WIDER);
        if (at >= end) {
            return "";
        }
        Matcher m = Context.WIDER.matcher(n);
        return m.find(at) ? m.group() : "";
    }
}
