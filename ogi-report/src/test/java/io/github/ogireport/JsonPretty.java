package io.github.ogireport;

/**
 * Pretty-prints JSON for golden files: one value per line, two spaces per level, so that a change to an output
 * shows as a change to the lines it touches. The tokens and their order are kept exactly (white space outside
 * strings is the only thing added or dropped), so a golden compared this way holds the same content as the
 * compact output. JSON Lines: each line is printed on its own, in order, one blank line between documents.
 */
public final class JsonPretty {
    private JsonPretty() {
    }

    /** Every non-empty line of {@code jsonLines} pretty-printed, separated by a blank line. */
    public static String lines(String jsonLines) {
        StringBuilder out = new StringBuilder();
        for (String line : jsonLines.split("\n")) {
            if (!line.isBlank()) {
                out.append(out.length() == 0 ? "" : "\n").append(of(line));
            }
        }
        return out.toString();
    }

    /** One JSON document pretty-printed, ending with a line break. */
    public static String of(String json) {
        StringBuilder out = new StringBuilder(json.length() * 2);
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"':
                    inString = true;
                    out.append(c);
                    break;
                case '{':
                case '[':
                    int next = nextToken(json, i + 1);
                    if (next < json.length() && json.charAt(next) == (c == '{' ? '}' : ']')) {
                        out.append(c).append(json.charAt(next));
                        i = next;
                    } else {
                        out.append(c);
                        newline(out, ++depth);
                    }
                    break;
                case '}':
                case ']':
                    newline(out, --depth);
                    out.append(c);
                    break;
                case ',':
                    out.append(c);
                    newline(out, depth);
                    break;
                case ':':
                    out.append(": ");
                    break;
                case ' ': case '\t': case '\n': case '\r':
                    break;
                default:
                    out.append(c);
            }
        }
        return out.append('\n').toString();
    }

    private static int nextToken(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n');
        for (int d = 0; d < depth; d++) {
            out.append("  ");
        }
    }
}
