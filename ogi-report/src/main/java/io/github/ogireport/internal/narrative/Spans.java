package io.github.ogireport.internal.narrative;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of one sentence (in the matching form) and the first place of words in it, computed once so that
 * reading every figure of a sentence stays linear in its length.
 *
 * <p>A clause ends at {@code , ; :}, at a {@code 、} right after a figure ("予以公开5件、部分公开2件": each
 * figure its own clause; a {@code 、} between nouns, as in "行政复议、行政诉讼案件3件", does not end one), and
 * after at most {@link #MAX_CLAUSE} characters: the rules read each figure's clause, so a clause without bound
 * would make them quadratic in a sentence of figures joined by {@code 、}. Not API.
 */
final class Spans {
    /** The longest clause; real ones are well under 100 characters. */
    static final int MAX_CLAUSE = 200;

    final String n;
    /** Where each clause starts and ends (exclusive), in order; the last ends at the text's length. */
    private final int[] starts;
    private final int[] ends;
    private final Map<Object, Integer> first = new HashMap<>();

    /** The clauses of {@code n} without regard to its figures. */
    Spans(String n) {
        this(n, List.of());
    }

    /** The clauses of {@code n}, whose figures are {@code figures} (in order). */
    Spans(String n, List<Figure> figures) {
        this.n = n;
        int count = 0;
        int[] s = new int[16];
        int[] e = new int[16];
        int from = 0;
        int f = 0;
        for (int i = 0; i <= n.length(); i++) {
            boolean end = i == n.length();
            boolean mark = false;
            if (!end) {
                char c = n.charAt(i);
                while (f < figures.size() && figures.get(f).end() < i) {
                    f++;
                }
                mark = c == ',' || c == ';' || c == ':'
                        || c == '、' && f < figures.size() && figures.get(f).end() == i;
                end = mark || i - from >= MAX_CLAUSE;
            }
            if (end) {
                if (count == e.length) {
                    s = Arrays.copyOf(s, count * 2);
                    e = Arrays.copyOf(e, count * 2);
                }
                s[count] = from;
                e[count++] = i;
                from = mark ? i + 1 : i; // a delimiter goes with the clause before it
            }
        }
        this.starts = Arrays.copyOf(s, count);
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
        return new int[] {starts[lo], ends[lo]};
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

    /** True when {@code p} matches somewhere. */
    boolean has(Pattern p) {
        return first(p) < Integer.MAX_VALUE;
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
