package io.github.ogireport.internal.narrative;

import java.util.Arrays;
import java.util.List;
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
    /**
     * Where each word, words or pattern asked first stands, as keys and places side by side (made at the first
     * question): a sentence is asked a few of them, found by a look along the keys (no hashing, no boxing).
     */
    private Object[] keys;
    private int[] places;
    private int asked;
    /**
     * Per clause, what the figures of the clause ask of it, found once: its text, period, change and scope
     * (each table made at its first question: most sentences ask only some of them, of one or two clauses).
     */
    private String[] clauseText;
    private byte[] otherPeriod;
    private byte[] change;
    private String[] scope;
    /** {@link Context#wider} of the sentence, found once: 0 until asked. */
    private long wider;

    /** The clauses of {@code n} without regard to its figures. */
    Spans(String n) {
        this(n, List.of());
    }

    /** The clauses of {@code n}, whose figures are {@code figures} (in order). */
    Spans(String n, List<Figure> figures) {
        this.n = n;
        int count = 0;
        int[] s = new int[8];
        int[] e = new int[8];
        int from = 0;
        int f = 0;
        for (int i = 0; i <= n.length(); i++) {
            boolean end = i == n.length();
            boolean mark = false;
            if (!end) {
                char c = n.charAt(i);
                if (c == '、') { // a clause mark right after a figure only: the figures are asked here alone
                    while (f < figures.size() && figures.get(f).end() < i) {
                        f++;
                    }
                    mark = f < figures.size() && figures.get(f).end() == i;
                } else {
                    mark = c == ',' || c == ';' || c == ':';
                }
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

    /** The index of the clause holding the character at {@code index} (a delimiter goes with the clause before it). */
    int clauseIndex(int index) {
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
        return lo;
    }

    int start(int clause) {
        return starts[clause];
    }

    int end(int clause) {
        return ends[clause];
    }

    /** The text of clause number {@code clause}. */
    String clauseText(int clause) {
        if (clauseText == null) {
            clauseText = new String[starts.length];
        }
        String t = clauseText[clause];
        if (t == null) {
            t = n.substring(starts[clause], ends[clause]);
            clauseText[clause] = t;
        }
        return t;
    }

    /**
     * {@link Context#otherPeriod} of clause number {@code clause} in this sentence; the same context is asked
     * of every clause of a sentence (one reading), so the answer is kept.
     */
    boolean otherPeriod(Context context, int clause) {
        if (otherPeriod == null) {
            otherPeriod = new byte[starts.length];
        }
        if (otherPeriod[clause] == 0) {
            otherPeriod[clause] = context.otherPeriod(clauseText(clause), n) ? (byte) 1 : (byte) 2;
        }
        return otherPeriod[clause] == 1;
    }

    /** {@link Context#change} of clause number {@code clause}. */
    boolean change(int clause) {
        if (change == null) {
            change = new byte[starts.length];
        }
        if (change[clause] == 0) {
            change[clause] = Context.change(clauseText(clause)) ? (byte) 1 : (byte) 2;
        }
        return change[clause] == 1;
    }

    /** {@link #scopeBefore} the end of clause number {@code clause}. */
    String scopeOf(int clause) {
        if (scope == null) {
            scope = new String[starts.length];
        }
        String w = scope[clause];
        if (w == null) {
            w = scopeBefore(ends[clause]);
            scope[clause] = w;
        }
        return w;
    }

    /** The clause span [start, end) holding the character at {@code index} (a delimiter goes with the clause before it). */
    int[] clauseAt(int index) {
        int c = clauseIndex(index);
        return new int[] {starts[c], ends[c]};
    }

    /** The clause holding the character at {@code index}. */
    String clause(int index) {
        return clauseText(clauseIndex(index));
    }

    /** Where {@code p} first matches, or {@link Integer#MAX_VALUE}. */
    int first(Pattern p) {
        int at = kept(p);
        if (at != NOT_ASKED) {
            return at;
        }
        Matcher m = p.matcher(n);
        return remember(p, m.find() ? m.start() : -1);
    }

    /** Where {@code g} first matches, or {@link Integer#MAX_VALUE}. */
    int first(Gate g) {
        int at = kept(g);
        if (at != NOT_ASKED) {
            return at;
        }
        int from = g.from(n);
        if (from < 0) {
            return remember(g, -1);
        }
        Gate.Search m = g.matcher(n, from);
        return remember(g, m.find() ? m.start() : -1);
    }

    /** Where the first of {@code words} stands, or {@link Integer#MAX_VALUE}. */
    int first(Words words) {
        int at = kept(words);
        return at != NOT_ASKED ? at : remember(words, words.first(n));
    }

    /** True when one of {@code words} stands somewhere. */
    boolean has(Words words) {
        return first(words) < Integer.MAX_VALUE;
    }

    /** True when {@code p} matches somewhere. */
    boolean has(Pattern p) {
        return first(p) < Integer.MAX_VALUE;
    }

    /** Where {@code word} first stands, or {@link Integer#MAX_VALUE}. */
    int first(String word) {
        int at = kept(word);
        return at != NOT_ASKED ? at : remember(word, n.indexOf(word));
    }

    /** Keeps where {@code key} was found first ({@code at}, -1 for nowhere) and returns it, nowhere as MAX_VALUE. */
    private int remember(Object key, int at) {
        int kept = at < 0 ? Integer.MAX_VALUE : at;
        if (keys == null) {
            keys = new Object[8];
            places = new int[8];
        } else if (asked == keys.length) {
            keys = Arrays.copyOf(keys, asked * 2);
            places = Arrays.copyOf(places, asked * 2);
        }
        keys[asked] = key;
        places[asked++] = kept;
        return kept;
    }

    /** What {@link #kept} answers for a key not asked before (no place is negative). */
    private static final int NOT_ASKED = -1;

    /** The place kept for {@code key} (equal keys: a word asked twice is one key), or {@link #NOT_ASKED}. */
    private int kept(Object key) {
        for (int i = 0; i < asked; i++) {
            if (keys[i] == key || keys[i].equals(key)) {
                return places[i];
            }
        }
        return NOT_ASKED;
    }

    /** The first scope word of the sentence when it stands before {@code end}, else "". */
    String scopeBefore(int end) {
        if (wider == 0) {
            wider = Context.wider(n, 0);
        }
        int at = wider < 0 ? Integer.MAX_VALUE : (int) (wider >>> 32);
        return at >= end ? "" : n.substring(at, (int) wider);
    }
}
