package io.github.ogireport.internal.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A set of literal words found with one pass over the text: a table of their first characters decides at each
 * place whether any word can start there, before any comparison. The same answers as a {@code Pattern} of the
 * words joined by {@code |} (leftmost start, the first word listed of those starting there), without the
 * matcher. Also the cheap character pre-filter of a pattern: {@link #chars} is true when a text holds any of a
 * set of characters. Immutable. Not API.
 */
final class Words {
    private final long[] firsts = new long[1024];
    /** The words starting with each of the distinct first characters (in their order), in the order listed. */
    private final String[][] byFirst;

    /**
     * The number of first characters below each block of 64 of {@link #firsts}: the group of a first character
     * is its rank among them, counted in its block's bits (no search of a sorted table; this runs at every
     * place where a word may start, and 信, 本, 申 start words of many lists).
     */
    private final int[] before = new int[1024];
    /**
     * The first two characters of the words of two or more characters, by {@link #pair}: at a place whose
     * character starts only such words, the next character decides most places before any comparison (信 of
     * 信息公开 starts the word 信息内容 of a list, and 信 stands in most sentences). Null when every word is
     * of one character.
     */
    private final long[] pairs;
    /** The first characters of the words of one character (null when there are none): no pair to ask there. */
    private final long[] ones;

    private Words(List<String> words) {
        TreeMap<Character, List<String>> grouped = new TreeMap<>();
        long[] p = null;
        long[] o = null;
        for (String w : words) {
            char c = w.charAt(0);
            firsts[c >>> 6] |= 1L << c;
            grouped.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
            if (w.length() == 1) {
                o = o == null ? new long[1024] : o;
                o[c >>> 6] |= 1L << c;
            } else {
                p = p == null ? new long[PAIR_BITS / 64] : p;
                int h = pair(c, w.charAt(1));
                p[h >>> 6] |= 1L << h;
            }
        }
        pairs = p;
        ones = o;
        byFirst = new String[grouped.size()][];
        int i = 0;
        for (List<String> group : grouped.values()) {
            byFirst[i++] = group.toArray(new String[0]);
        }
        for (int b = 1; b < before.length; b++) {
            before[b] = before[b - 1] + Long.bitCount(firsts[b - 1]);
        }
    }

    private static final int PAIR_BITS = 4096;

    /** The bit of two characters in {@link #pairs}. */
    private static int pair(char a, char b) {
        return (a * 0x9E37 + b) & (PAIR_BITS - 1);
    }

    /**
     * False when no word starting with {@code c}, a first character at {@code i} of {@code text}, can lie within
     * [i, to): it starts only words of two or more characters and the next one is not the second of any.
     */
    private boolean second(char c, String text, int i, int to) {
        if (ones != null && (ones[c >>> 6] & 1L << c) != 0) {
            return true;
        }
        if (i + 1 >= to) {
            return false;
        }
        int h = pair(c, text.charAt(i + 1));
        return (pairs[h >>> 6] & 1L << h) != 0;
    }

    /** The words starting with {@code c}, a first character ({@link #starts}), in the order listed. */
    private String[] group(char c) {
        return byFirst[before[c >>> 6] + Long.bitCount(firsts[c >>> 6] & ((1L << c) - 1))];
    }

    /** The words of an alternation of literals, {@code "同比|环比|增加"}. */
    static Words of(String alternation) {
        return new Words(List.of(alternation.split("\\|")));
    }

    /** The characters of {@code chars}, each a word of one character (a pre-filter: {@link #in}). */
    static Words chars(String chars) {
        String[] one = new String[chars.length()];
        for (int i = 0; i < one.length; i++) {
            one[i] = String.valueOf(chars.charAt(i));
        }
        return new Words(List.of(one));
    }

    /** True when a word may start with {@code c}. */
    boolean starts(char c) {
        return (firsts[c >>> 6] & 1L << c) != 0;
    }

    /** Where the first word in {@code text} starts, or -1. */
    int first(String text) {
        return first(text, 0, text.length());
    }

    /** Where the first word lying wholly within [from, to) of {@code text} starts, or -1. */
    int first(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((firsts[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            if (pairs == null) {
                return i; // every word is one character: this one is a word
            }
            if (!second(c, text, i, to)) {
                continue;
            }
            for (String w : group(c)) {
                if (i + w.length() <= to && text.startsWith(w, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The length of the first word listed that starts at {@code i} in {@code text}, or 0. */
    int at(String text, int i) {
        char c = text.charAt(i);
        if ((firsts[c >>> 6] & 1L << c) == 0) {
            return 0;
        }
        if (pairs == null) {
            return 1; // every word is one character: this one is a word
        }
        if (!second(c, text, i, text.length())) {
            return 0;
        }
        for (String w : group(c)) {
            if (text.startsWith(w, i)) {
                return w.length();
            }
        }
        return 0;
    }

    /** True when {@code text} holds one of the words. */
    boolean in(String text) {
        return first(text) >= 0;
    }

    /**
     * The first word at or after {@code from} in {@code text}, as {@code start << 32 | end}, or -1: the
     * leftmost start, and of the words starting there the first listed (what the pattern's {@code find(from)}
     * finds).
     */
    long match(String text, int from) {
        int to = text.length();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((firsts[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            if (pairs == null) {
                return (long) i << 32 | (i + 1); // every word is one character: this one is a word
            }
            if (!second(c, text, i, to)) {
                continue;
            }
            for (String w : group(c)) {
                if (text.startsWith(w, i)) {
                    return (long) i << 32 | (i + w.length());
                }
            }
        }
        return -1;
    }

    /**
     * The last of the words found one after the other from the start of {@code text} (each search from the
     * end of the one before, as the pattern's successive {@code find()}), as {@code start << 32 | end}, or -1.
     */
    long last(String text) {
        long found = -1;
        long m = match(text, 0);
        while (m >= 0) {
            found = m;
            m = match(text, (int) m);
        }
        return found;
    }

    /** The start of a match of {@link #match} or {@link #last}. */
    static int start(long match) {
        return (int) (match >>> 32);
    }

    /** The end of a match of {@link #match} or {@link #last}. */
    static int end(long match) {
        return (int) match;
    }
}
