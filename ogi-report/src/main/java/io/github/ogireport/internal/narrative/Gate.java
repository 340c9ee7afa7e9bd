package io.github.ogireport.internal.narrative;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern with the characters its matches can start with, found from the regular expression itself when the
 * pattern is compiled: a text holding none of them is never searched, and a search starts at the first of
 * them. The same matches as the pattern's ({@link Matcher#find()} from the start), for any text: a match
 * cannot start before the first character that may start one, and the matcher's bounds are transparent and
 * not anchoring, so look-behinds and {@code ^} see the whole text.
 *
 * <p>The characters are read from the expression's first atoms (literals, groups, alternations, character
 * classes, quantifiers, look-arounds as zero-width); an expression that could match the empty string, or
 * whose first atom is a wildcard, a negated class or an escape class such as {@code \s}, has no gate and is
 * searched as is. Immutable. Not API.
 */
final class Gate {
    final Pattern pattern;
    /** The characters a match can start with, or null when any can. */
    private final Words firsts;

    /**
     * The trigger characters of a sentence ({@link Scan#mask}) one of which a match needs: each the triggers of
     * one or more of its leading words, all of which the word holds; null when a match may need none.
     */
    private final long[] needs;

    private Gate(Pattern pattern, Words firsts, long[] needs) {
        this.pattern = pattern;
        this.firsts = firsts;
        this.needs = needs;
    }

    /**
     * The pattern of {@code regex} with the words its matches start with ({@link Prefixes}), else its first
     * characters ({@link Firsts}).
     */
    static Gate of(String regex) {
        java.util.List<String> words = Prefixes.of(regex);
        if (words != null) {
            return new Gate(Pattern.compile(regex), Words.list(words), needs(words));
        }
        String chars = Firsts.of(regex);
        return new Gate(Pattern.compile(regex), chars == null || chars.isEmpty() ? null : Words.chars(chars), null);
    }

    /** The distinct trigger sets of {@code words} (a match starts with one of them), or null when one has none. */
    private static long[] needs(java.util.List<String> words) {
        long[] out = new long[words.size()];
        int count = 0;
        for (String w : words) {
            long bits = Scan.triggers(w);
            if (bits == 0) {
                return null; // a sentence without any trigger may hold this word
            }
            boolean seen = false;
            for (int k = 0; k < count; k++) {
                seen |= out[k] == bits;
            }
            if (!seen) {
                out[count++] = bits;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * False when no match can stand in the sentence of {@code scan}, nor in any part of it: none of the leading
     * words has all its trigger characters there.
     */
    boolean possible(Scan scan) {
        long[] n = needs;
        if (n == null) {
            return true;
        }
        long mask = scan.mask();
        for (long bits : n) {
            if ((mask & bits) == bits) {
                return true;
            }
        }
        return false;
    }

    /** {@link #matcher(String)} of the sentence of {@code scan}: none when no match is {@link #possible} there. */
    Search matcher(Scan scan) {
        return new Search(this, possible(scan) ? scan.n : "");
    }

    /** Where the first match can start in {@code text} (the first of its first characters), or -1. */
    int from(String text) {
        return firsts == null ? 0 : firsts.first(text);
    }

    /** True when the pattern has first characters (for tests). */
    boolean gated() {
        return firsts != null;
    }

    /** The successive matches of the pattern in {@code text}, as {@link Matcher#find()} gives them. */
    Search matcher(String text) {
        return new Search(this, text);
    }

    /** True when the pattern matches somewhere in {@code text}. */
    boolean in(String text) {
        int at = from(text);
        return at >= 0 && matcher(text, at).find();
    }

    /**
     * The matches of the pattern in {@code text}, none of which can start before {@code from} (where
     * {@link #from(String)} found the first character that may start one): the same matches, without looking
     * for that character again.
     */
    Search matcher(String text, int from) {
        Search s = new Search(this, text);
        s.from = from;
        return s;
    }

    /**
     * The search of a gate in one text: at each character that may start a match, in order, the pattern is
     * asked to match there ({@link Matcher#lookingAt} over a region starting there, with transparent bounds that
     * do not anchor), so the places no match can start are never tried. The first place where one matches is
     * where {@code find()} would have found it, and the match is the same. The matcher is made at the first
     * such place. Not thread-safe.
     */
    static final class Search {
        private final Gate gate;
        private final String text;
        private Matcher m;
        private int from;

        private Search(Gate gate, String text) {
            this.gate = gate;
            this.text = text;
        }

        /** The next match after the last one (or after {@link #from(int)}); false when there is none. */
        boolean find() {
            int len = text.length();
            int i = from;
            while (i <= len) {
                int at = gate.firsts == null ? i : gate.firsts.first(text, i, len);
                if (at < 0) {
                    break;
                }
                if (m == null) {
                    m = gate.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at, len);
                if (gate.firsts == null ? m.find() : m.lookingAt()) {
                    from = m.end() == m.start() ? m.end() + 1 : m.end();
                    return true;
                }
                if (gate.firsts == null) {
                    break;
                }
                i = at + 1;
            }
            from = len + 1;
            return false;
        }

        /** Searches on from {@code index}. */
        void from(int index) {
            from = index;
        }

        int start() {
            return m.start();
        }

        int end() {
            return m.end();
        }

        String group() {
            return m.group();
        }

        String group(int group) {
            return m.group(group);
        }
    }

    /** A flag of {@link #opening}: the group is a look-around. */
    private static final int ZERO_WIDTH = 0x100;

    /**
     * The length of the group opening at {@code i} of {@code re} ({@code (}, {@code (?:}, a look-around, with
     * {@link #ZERO_WIDTH} for the last), or 0 for one not read (flags, named groups).
     */
    private static int opening(char[] re, int len, int i) {
        if (i + 1 >= len || re[i + 1] != '?') {
            return 1;
        }
        char c = i + 2 < len ? re[i + 2] : 0;
        if (c == ':') {
            return 3;
        }
        if (c == '=' || c == '!') {
            return 3 | ZERO_WIDTH;
        }
        char d = i + 3 < len ? re[i + 3] : 0;
        return c == '<' && (d == '=' || d == '!') ? 4 | ZERO_WIDTH : 0;
    }

    /**
     * The first characters of a regular expression, as far as its syntax is read here; null when a match may
     * start with any character (or the expression is beyond what is read).
     */
    static final class Firsts {
        /**
         * The expression, read as characters: this runs in the static initialisers of the claim families, once
         * for each of their patterns at the start of every {@code ogi check}, before the JIT compiles anything,
         * when each call of {@code charAt} or {@code startsWith} costs what a loop over an array costs whole.
         */
        private final char[] re;
        private final String src;
        private final int len;
        private int i;
        private char[] chars = new char[16];
        private int count;

        private Firsts(String re) {
            this.src = re;
            this.re = re.toCharArray();
            this.len = this.re.length;
        }

        static String of(String regex) {
            Firsts f = new Firsts(regex);
            try {
                Boolean nullable = f.alternation(true);
                if (nullable == null || nullable || f.i != regex.length()) {
                    return null;
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return null;
            }
            return new String(f.chars, 0, f.count);
        }

        /**
         * Reads alternatives up to a ')' or the end; adds the first characters of each to {@link #chars} while
         * {@code collect}. Returns whether the alternation can match empty, or null when it cannot be read.
         */
        private Boolean alternation(boolean collect) {
            boolean nullable = false;
            while (true) {
                Boolean alt = sequence(collect);
                if (alt == null) {
                    return null;
                }
                nullable |= alt;
                if (i < len && re[i] == '|') {
                    i++;
                    continue;
                }
                return nullable;
            }
        }

        /** Reads one alternative; its first characters are collected until an atom that cannot match empty. */
        private Boolean sequence(boolean collect) {
            boolean nullable = true;
            while (i < len && re[i] != '|' && re[i] != ')') {
                Boolean atom = atom(collect && nullable);
                if (atom == null) {
                    return null;
                }
                boolean atomNullable = atom;
                if (i < len) {
                    char q = re[i];
                    if (q == '?' || q == '*') {
                        atomNullable = true;
                        i++;
                    } else if (q == '+') {
                        i++;
                    } else if (q == '{') {
                        int close = src.indexOf('}', i);
                        String[] bounds = src.substring(i + 1, close).split(",", -1);
                        if (Integer.parseInt(bounds[0].trim()) == 0) {
                            atomNullable = true;
                        }
                        i = close + 1;
                    }
                    if (i < len && (re[i] == '?' || re[i] == '+')) {
                        char before = re[i - 1];
                        if (before == '?' || before == '*' || before == '+' || before == '}') {
                            i++; // a lazy or possessive quantifier
                        }
                    }
                }
                nullable &= atomNullable;
            }
            return nullable;
        }

        /** Reads one atom; returns whether it can match empty, or null when it cannot be read. */
        private Boolean atom(boolean collect) {
            char c = re[i];
            switch (c) {
                case '(': {
                    int open = opening(re, len, i);
                    if (open == 0) {
                        return null; // flags, named groups: not read
                    }
                    boolean zeroWidth = (open & ZERO_WIDTH) != 0;
                    i += open & ~ZERO_WIDTH;
                    Boolean inner = alternation(collect && !zeroWidth);
                    if (inner == null || i >= len || re[i] != ')') {
                        return null;
                    }
                    i++;
                    return zeroWidth || inner;
                }
                case '^':
                case '$':
                    i++;
                    return true;
                case '.':
                    i++;
                    return collect ? null : false; // any character: no gate when it may come first
                case '[':
                    return charClass(collect) ? false : null;
                case '\\': {
                    char e = re[i + 1];
                    if (Character.isLetterOrDigit(e)) {
                        if (collect || e == 'Q' || e == 'b' || e == 'B') {
                            return null; // \s, \d, \b, \Q… first: not read
                        }
                        i += 2;
                        return false; // \s, \d after the first atoms: one character, whatever it is
                    }
                    i += 2;
                    add(collect, e);
                    return false;
                }
                default:
                    if (c == '*' || c == '+' || c == '?' || c == '{' || c == '}' || c == ')' || c == '|') {
                        return null;
                    }
                    i++;
                    add(collect, c);
                    return false;
            }
        }

        /** Reads a character class of literals and ranges; false when it is negated or holds escapes. */
        private boolean charClass(boolean collect) {
            int close = src.indexOf(']', i + 1);
            if (!collect) {
                if (close < 0) {
                    throw new IndexOutOfBoundsException(close); // what the substring of the body would throw
                }
                boolean plain = true;
                for (int k = i + 1; k < close; k++) {
                    plain &= re[k] != '[' && re[k] != '\\';
                }
                if (plain) {
                    i = close + 1; // one character, whatever it is: only its end is read
                    return true;
                }
            }
            String body = src.substring(i + 1, close);
            if (body.isEmpty() || body.charAt(0) == '^' || body.indexOf('\\') >= 0 || body.indexOf('[') >= 0
                    || body.contains("&&")) {
                return false;
            }
            for (int k = 0; k < body.length(); k++) {
                char from = body.charAt(k);
                if (k + 2 < body.length() && body.charAt(k + 1) == '-') {
                    for (char x = from; x <= body.charAt(k + 2); x++) {
                        add(collect, x);
                    }
                    k += 2;
                } else {
                    add(collect, from);
                }
            }
            i = close + 1;
            return true;
        }

        private void add(boolean collect, char c) {
            if (!collect) {
                return;
            }
            for (int k = 0; k < count; k++) {
                if (chars[k] == c) {
                    return;
                }
            }
            if (count == chars.length) {
                chars = java.util.Arrays.copyOf(chars, count * 2);
            }
            chars[count++] = c;
        }
    }

    /**
     * The words every match of a regular expression starts with, read from its leading literals: a search
     * tries the pattern only where one of them stands ("未收到", "没有收到"…), not at each 没 of "没有收取". The
     * words of a sequence are the product of its atoms' words (literals, groups and alternations of them,
     * classes of a few literals, {@code ?}), up to the first atom that is not such, a repetition (its words
     * once, then no further) or a product of more than {@link #MAX} words; zero-width atoms (look-arounds,
     * {@code ^}, {@code $}) add nothing. Null when the expression is beyond what is read, or a match may be
     * empty. Not API.
     */
    static final class Prefixes {
        /** The most words a gate holds: the product of a long sequence is cut here (its words so far are kept). */
        static final int MAX = 64;
        /** The most characters of a class read as its characters. */
        private static final int MAX_CLASS = 16;
        private final char[] re;
        private final int len;
        private int i;

        private Prefixes(String re) {
            this.re = re.toCharArray();
            this.len = this.re.length;
        }

        /** The words the matches of {@code regex} start with (none a prefix of another), or null. */
        static java.util.List<String> of(String regex) {
            Prefixes p = new Prefixes(regex);
            Lang l;
            try {
                l = p.alternation();
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return null;
            }
            if (l == null || p.i != p.len || l.words == null || l.words.isEmpty()) {
                return null;
            }
            for (String w : l.words) {
                if (w.isEmpty()) {
                    return null; // a match may be empty, or start with anything
                }
            }
            java.util.List<String> out = new java.util.ArrayList<>();
            for (String w : l.words) {
                boolean covered = false; // by a shorter word it starts with: where w stands, that one does
                for (String o : l.words) {
                    covered |= o.length() < w.length() && w.startsWith(o);
                }
                if (!covered && !out.contains(w)) {
                    out.add(w);
                }
            }
            return out;
        }

        /**
         * The words of a part of the expression: its whole language when {@code complete}, else the words all
         * its matches start with; {@code words} null when nothing is known (any character may come).
         */
        private static final class Lang {
            final java.util.List<String> words;
            final boolean complete;

            Lang(java.util.List<String> words, boolean complete) {
                this.words = words;
                this.complete = complete;
            }
        }

        private static final Lang ANY = new Lang(null, false);
        private static final Lang EMPTY = new Lang(java.util.List.of(""), true);

        /** Alternatives up to a ')' or the end: the union of their words; null when unreadable. */
        private Lang alternation() {
            java.util.List<String> words = new java.util.ArrayList<>();
            boolean complete = true;
            boolean known = true;
            while (true) {
                Lang alt = sequence();
                if (alt == null) {
                    return null;
                }
                if (alt.words == null) {
                    known = false;
                } else if (known) {
                    words.addAll(alt.words);
                }
                complete &= alt.complete;
                if (i < len && re[i] == '|') {
                    i++;
                    continue;
                }
                if (!known || words.size() > MAX) {
                    return ANY;
                }
                return new Lang(words, complete);
            }
        }

        /** One alternative: the product of its atoms' words while they are known. */
        private Lang sequence() {
            java.util.List<String> words = java.util.List.of("");
            boolean open = true; // still extended by the atoms that follow
            while (i < len && re[i] != '|' && re[i] != ')') {
                Lang atom = atom();
                if (atom == null) {
                    return null;
                }
                // the quantifier: min 0 adds the empty word; a repetition stops the product after its words
                int min = 1;
                boolean repeats = false;
                if (i < len) {
                    char q = re[i];
                    if (q == '?') {
                        min = 0;
                        i++;
                    } else if (q == '*') {
                        min = 0;
                        repeats = true;
                        i++;
                    } else if (q == '+') {
                        repeats = true;
                        i++;
                    } else if (q == '{') {
                        int close = -1;
                        for (int k = i + 1; k < len; k++) {
                            if (re[k] == '}') {
                                close = k;
                                break;
                            }
                        }
                        String[] bounds = new String(re, i + 1, close - i - 1).split(",", -1);
                        min = Integer.parseInt(bounds[0].trim());
                        int max = bounds.length == 1 ? min : bounds[1].trim().isEmpty() ? Integer.MAX_VALUE
                                : Integer.parseInt(bounds[1].trim());
                        if (max < min) {
                            return null;
                        }
                        repeats = max > 1;
                        i = close + 1;
                    }
                    if (i < len && (re[i] == '?' || re[i] == '+')) {
                        char before = re[i - 1];
                        if (before == '?' || before == '*' || before == '+' || before == '}') {
                            i++; // a lazy or possessive quantifier: the same words
                        }
                    }
                }
                if (!open) {
                    continue;
                }
                if (atom.words == null) {
                    open = false;
                    continue;
                }
                java.util.List<String> next = new java.util.ArrayList<>();
                for (String w : words) {
                    for (String a : atom.words) {
                        next.add(w + a);
                    }
                    if (min == 0) {
                        next.add(w);
                    }
                }
                if (next.size() > MAX) {
                    open = false;
                    continue;
                }
                words = next;
                open = atom.complete && !repeats;
            }
            return new Lang(words, open);
        }

        /** One atom: its words, {@link #ANY} when any character may come, null when unreadable. */
        private Lang atom() {
            char c = re[i];
            switch (c) {
                case '(': {
                    int open = opening(re, len, i);
                    if (open == 0) {
                        return null; // flags, named groups: not read
                    }
                    boolean zeroWidth = (open & ZERO_WIDTH) != 0;
                    i += open & ~ZERO_WIDTH;
                    Lang inner = alternation();
                    if (inner == null || i >= len || re[i] != ')') {
                        return null;
                    }
                    i++;
                    return zeroWidth ? EMPTY : inner;
                }
                case '^':
                case '$':
                    i++;
                    return EMPTY;
                case '.':
                    i++;
                    return ANY;
                case '[':
                    return charClass();
                case '\\': {
                    char e = re[i + 1];
                    if (Character.isLetterOrDigit(e)) {
                        if (e == 'Q' || e == 'E' || e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z'
                                || e == 'G' || e == 'k' || e == 'p' || e == 'P' || e == 'x' || e == 'u' || e == 'c'
                                || e == 'N' || e == 'R' || e == 'X' || e >= '0' && e <= '9') {
                            return null; // quoting, boundaries, back-references, code points: not read
                        }
                        i += 2;
                        return ANY; // \s, \d, \w…: a character of a class
                    }
                    i += 2;
                    return new Lang(java.util.List.of(String.valueOf(e)), true);
                }
                default:
                    if (c == '*' || c == '+' || c == '?' || c == '{' || c == '}' || c == ')' || c == '|' || c == ']') {
                        return null;
                    }
                    if (Character.isSurrogate(c)) {
                        return null;
                    }
                    i++;
                    return new Lang(java.util.List.of(String.valueOf(c)), true);
            }
        }

        /** A class of a few literals and ranges: its characters; {@link #ANY} for any other class. */
        private Lang charClass() {
            int close = -1;
            for (int k = i + 1; k < len; k++) {
                if (re[k] == ']') {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                return null;
            }
            java.util.List<String> chars = new java.util.ArrayList<>();
            boolean plain = close > i + 1 && re[i + 1] != '^';
            for (int k = i + 1; k < close && plain; k++) {
                char from = re[k];
                if (from == '[' || from == '\\' || from == '&' || Character.isSurrogate(from)) {
                    plain = false;
                } else if (k + 2 < close && re[k + 1] == '-') {
                    char to = re[k + 2];
                    if (to < from || to - from >= MAX_CLASS || Character.isSurrogate(to)) {
                        plain = false;
                    } else {
                        for (char x = from; x <= to; x++) {
                            chars.add(String.valueOf(x));
                        }
                    }
                    k += 2;
                } else {
                    chars.add(String.valueOf(from));
                }
            }
            i = close + 1;
            return plain && chars.size() <= MAX_CLASS ? new Lang(chars, true) : ANY;
        }
    }
}
