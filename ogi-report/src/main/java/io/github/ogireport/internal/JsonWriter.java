package io.github.ogireport.internal;

/**
 * A minimal streaming JSON writer (RFC 8259), enough for the result document; no JSON library is needed at
 * run time. The caller writes names and values in order; commas are placed automatically. Not API.
 */
public final class JsonWriter {
    private final StringBuilder out;
    /** Whether the current container already holds a value (one flag per nesting level). */
    private boolean[] filled = new boolean[16];
    private int depth;
    private boolean afterName;

    public JsonWriter(StringBuilder out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        value();
        out.append('{');
        push();
        return this;
    }

    public JsonWriter endObject() {
        depth--;
        out.append('}');
        return this;
    }

    public JsonWriter beginArray() {
        value();
        out.append('[');
        push();
        return this;
    }

    public JsonWriter endArray() {
        depth--;
        out.append(']');
        return this;
    }

    public JsonWriter name(String name) {
        comma();
        string(name);
        out.append(':');
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        if (s == null) {
            return nullValue();
        }
        value();
        string(s);
        return this;
    }

    public JsonWriter value(long n) {
        value();
        out.append(n);
        return this;
    }

    public JsonWriter value(boolean b) {
        value();
        out.append(b);
        return this;
    }

    /** Writes a number given in its JSON form (e.g. {@code BigDecimal.toPlainString()}). */
    public JsonWriter rawNumber(String number) {
        value();
        out.append(number);
        return this;
    }

    public JsonWriter nullValue() {
        value();
        out.append("null");
        return this;
    }

    private void push() {
        depth++;
        if (depth >= filled.length) {
            filled = java.util.Arrays.copyOf(filled, filled.length * 2);
        }
        filled[depth] = false;
    }

    private void value() {
        if (afterName) {
            afterName = false;
            return;
        }
        comma();
    }

    private void comma() {
        if (depth > 0) {
            if (filled[depth]) {
                out.append(',');
            }
            filled[depth] = true;
        }
    }

    /** True for a character {@link #string} writes as it is. */
    private static boolean plain(char c) {
        return c >= ' ' && c != '"' && c != '\\' && !Printable.isUnsafe(c);
    }

    private void string(String s) {
        out.append('"');
        int run = 0; // the start of the characters not yet written, all plain
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (plain(c)) {
                continue;
            }
            out.append(s, run, i); // the plain ones before it at once
            run = i + 1;
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (Printable.isUnsafe(c)) { // controls, DEL, C1, bidi overrides, line separators
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        out.append(s, run, s.length());
        out.append('"');
    }
}
