package io.github.ogireport.internal.narrative;

/**
 * {@link Gate.Firsts} as it was before it read the expression as an array of characters: the reference its
 * equivalence test holds it to.
 */
final class OldGateFirsts {
    private OldGateFirsts() {
    }

    static final class OldFirsts {
        private final String re;
        private int i;
        private final StringBuilder chars = new StringBuilder();

        private OldFirsts(String re) {
            this.re = re;
        }

        static String of(String regex) {
            OldFirsts f = new OldFirsts(regex);
            try {
                Boolean nullable = f.alternation(true);
                if (nullable == null || nullable || f.i != regex.length()) {
                    return null;
                }
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                return null;
            }
            return f.chars.toString();
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
                if (i < re.length() && re.charAt(i) == '|') {
                    i++;
                    continue;
                }
                return nullable;
            }
        }

        /** Reads one alternative; its first characters are collected until an atom that cannot match empty. */
        private Boolean sequence(boolean collect) {
            boolean nullable = true;
            while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
                Boolean atom = atom(collect && nullable);
                if (atom == null) {
                    return null;
                }
                boolean atomNullable = atom;
                if (i < re.length()) {
                    char q = re.charAt(i);
                    if (q == '?' || q == '*') {
                        atomNullable = true;
                        i++;
                    } else if (q == '+') {
                        i++;
                    } else if (q == '{') {
                        int close = re.indexOf('}', i);
                        String[] bounds = re.substring(i + 1, close).split(",", -1);
                        if (Integer.parseInt(bounds[0].trim()) == 0) {
                            atomNullable = true;
                        }
                        i = close + 1;
                    }
                    if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')
                            && "?*+}".indexOf(re.charAt(i - 1)) >= 0) {
                        i++; // a lazy or possessive quantifier
                    }
                }
                nullable &= atomNullable;
            }
            return nullable;
        }

        /** Reads one atom; returns whether it can match empty, or null when it cannot be read. */
        private Boolean atom(boolean collect) {
            char c = re.charAt(i);
            switch (c) {
                case '(': {
                    boolean zeroWidth = false;
                    if (re.startsWith("(?:", i)) {
                        i += 3;
                    } else if (re.startsWith("(?=", i) || re.startsWith("(?!", i)) {
                        i += 3;
                        zeroWidth = true;
                    } else if (re.startsWith("(?<=", i) || re.startsWith("(?<!", i)) {
                        i += 4;
                        zeroWidth = true;
                    } else if (re.startsWith("(?", i)) {
                        return null; // flags, named groups: not read
                    } else {
                        i++;
                    }
                    Boolean inner = alternation(collect && !zeroWidth);
                    if (inner == null || i >= re.length() || re.charAt(i) != ')') {
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
                    char e = re.charAt(i + 1);
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
                    if ("*+?{})|".indexOf(c) >= 0) {
                        return null;
                    }
                    i++;
                    add(collect, c);
                    return false;
            }
        }

        /** Reads a character class of literals and ranges; false when it is negated or holds escapes. */
        private boolean charClass(boolean collect) {
            int close = re.indexOf(']', i + 1);
            String body = re.substring(i + 1, close);
            if (!collect && body.indexOf('[') < 0 && body.indexOf('\\') < 0) {
                i = close + 1; // one character, whatever it is: only its end is read
                return true;
            }
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
            if (collect && chars.indexOf(String.valueOf(c)) < 0) {
                chars.append(c);
            }
        }
    }
}
