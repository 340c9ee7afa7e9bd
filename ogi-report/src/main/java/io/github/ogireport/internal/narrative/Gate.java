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

    private Gate(Pattern pattern, Words firsts) {
        this.pattern = pattern;
        this.firsts = firsts;
    }

    /** The pattern of {@code regex} with its first characters. */
    static Gate of(String regex) {
        String chars = Firsts.of(regex);
        return new Gate(Pattern.compile(regex), chars == null || chars.isEmpty() ? null : Words.chars(chars));
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

        /** True when {@code s} stands at {@code at} ({@code String.startsWith} of the expression). */
        private boolean starts(String s, int at) {
            int n = s.length();
            if (at < 0 || at > len - n) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (re[at + k] != s.charAt(k)) {
                    return false;
                }
            }
            return true;
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
                    boolean zeroWidth = false;
                    if (starts("(?:", i)) {
                        i += 3;
                    } else if (starts("(?=", i) || starts("(?!", i)) {
                        i += 3;
                        zeroWidth = true;
                    } else if (starts("(?<=", i) || starts("(?<!", i)) {
                        i += 4;
                        zeroWidth = true;
                    } else if (starts("(?", i)) {
                        return null; // flags, named groups: not read
                    } else {
                        i++;
                    }
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
}
