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
    /**
     * The words starting with each of the distinct first characters (in their order), in the order listed, as
     * characters: compared in place from the second on (信息公开 and 信息内容 part at the third, in a loop
     * without the calls and checks of {@code startsWith}). Null when every word is of one character.
     */
    private final char[][][] byFirst;

    /**
     * The number of first characters below each block of 64 of {@link #firsts}: the group of a first character
     * is its rank among them, counted in its block's bits (no search of a sorted table; this runs at every
     * place where a word may start, and 信, 本, 申 start words of many lists).
     */
    private final int[] before;
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
        long[] p = null;
        long[] o = null;
        for (String w : words) {
            char c = w.charAt(0);
            firsts[c >>> 6] |= 1L << c;
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
        if (p == null) { // every word is one character: its bit is the answer, no group is asked
            ones = null;
            byFirst = null;
            before = null;
            return;
        }
        TreeMap<Character, List<String>> grouped = new TreeMap<>();
        for (String w : words) {
            grouped.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        }
        ones = o;
        byFirst = new char[grouped.size()][][];
        before = new int[1024];
        int i = 0;
        int block = -1;
        // only the blocks holding a first character are asked (group of a character whose bit is set): each
        // gets the rank of its first one, in one walk over the groups in order rather than over all 1024 blocks
        for (var e : grouped.entrySet()) {
            int b = e.getKey() >>> 6;
            if (b != block) {
                before[b] = i;
                block = b;
            }
            List<String> group = e.getValue();
            char[][] g = new char[group.size()][];
            for (int k = 0; k < g.length; k++) {
                g[k] = group.get(k).toCharArray();
            }
            byFirst[i++] = g;
        }
    }

    /** True when the characters of {@code w} (its first one known to be there) stand at {@code i} within {@code to}. */
    private static boolean at(char[] w, String text, int i, int to) {
        int len = w.length;
        if (i + len > to) {
            return false;
        }
        for (int k = 1; k < len; k++) {
            if (text.charAt(i + k) != w[k]) {
                return false;
            }
        }
        return true;
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
    private char[][] group(char c) {
        return byFirst[before[c >>> 6] + Long.bitCount(firsts[c >>> 6] & ((1L << c) - 1))];
    }

    /** The words of an alternation of literals, {@code "同比|环比|增加"}. */
    static Words of(String alternation) {
        return new Words(List.of(alternation.split("\\|")));
    }

    /** The words of a list, none of them empty. */
    static Words list(List<String> words) {
        return new Words(List.copyOf(words));
    }

    /** The characters of {@code chars}, each a word of one character (a pre-filter: {@link #in}). */
    static Words chars(String chars) {
        return new Words(chars);
    }

    /** The words of one character each, {@code chars}: only their bits (made at each start, for every gate). */
    private Words(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            firsts[c >>> 6] |= 1L << c;
        }
        pairs = null;
        ones = null;
        byFirst = null;
        before = null;
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
            for (char[] w : group(c)) {
                if (at(w, text, i, to)) {
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
        for (char[] w : group(c)) {
            if (at(w, text, i, text.length())) {
                return w.length;
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
            for (char[] w : group(c)) {
                if (at(w, text, i, to)) {
                    return (long) i << 32 | (i + w.length);
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
