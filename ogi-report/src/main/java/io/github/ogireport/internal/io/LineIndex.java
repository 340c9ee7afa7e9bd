package io.github.ogireport.internal.io;

import java.util.Arrays;

/**
 * Where the lines of a text start and end (split at CR LF, CR or LF; an empty last line kept, as
 * {@code split(…, -1)} does), and which of them hold a pipe ({@code |} or the full-width {@code ｜}): found by the
 * UTF-8 decoding as it writes the characters, so that the text layout does not look at every character again to
 * find them. Not API.
 */
public final class LineIndex {
    private int[] start = new int[64];
    private int[] end = new int[64];
    private boolean[] pipe = new boolean[64];
    private boolean[] space = new boolean[64];
    private int count;
    private int lineStart;
    private boolean hasPipe;
    private boolean hasSpace;
    /** True when the characters were not screened for white space: every line may hold some. */
    private boolean unscreened;
    private boolean fullWidthPipe;

    LineIndex() {
    }

    /** The index of {@code text}, found with the string's own searches. */
    public static LineIndex of(String text) {
        LineIndex index = new LineIndex();
        index.unscreened = true; // not looked for: every line may hold white space
        index.hasSpace = true;
        int n = text.length();
        if (text.indexOf('\r') < 0) {
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                index.pipes(text, i);
                index.breakAt(i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    index.pipes(text, i);
                    index.breakAt(i);
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        index.skipTo(++i + 1);
                    }
                }
            }
        }
        index.pipes(text, n);
        index.finish(n);
        return index;
    }

    /** The next {@code |} and {@code ｜} of the text at or after the current line's start, or -1 (amortised: each found once). */
    private int bar = -2;
    private int wide = -2;

    /** Notes the pipes of the line ending at {@code to} of {@code text}. */
    private void pipes(String text, int to) {
        if (bar != -1 && bar < lineStart) {
            bar = text.indexOf('|', lineStart);
        }
        if (wide != -1 && wide < lineStart) {
            wide = text.indexOf('｜', lineStart);
        }
        if (bar >= 0 && bar < to) {
            hasPipe = true;
        }
        if (wide >= 0 && wide < to) {
            hasPipe = true;
            fullWidthPipe = true;
        }
    }

    /** A line break (CR or LF) at {@code i}: the line ends there, the next starts after it. */
    void breakAt(int i) {
        if (count == start.length) {
            start = Arrays.copyOf(start, 2 * count);
            end = Arrays.copyOf(end, 2 * count);
            pipe = Arrays.copyOf(pipe, 2 * count);
            space = Arrays.copyOf(space, 2 * count);
        }
        start[count] = lineStart;
        end[count] = i;
        pipe[count] = hasPipe;
        space[count] = hasSpace;
        count++;
        hasPipe = false;
        hasSpace = unscreened;
        lineStart = i + 1;
    }

    /** The LF of a CR LF at {@code next - 1}: the next line starts after it. */
    void skipTo(int next) {
        lineStart = next;
    }

    /** A {@code |} in the current line. */
    void pipe() {
        hasPipe = true;
    }

    /**
     * A character in the current line that may be white space of some width: an ASCII space or control, a no-break
     * or ideographic space, a space of the U+2000 block, a byte-order mark. Only said of lines that hold one: the
     * others hold no white space at all.
     */
    void space() {
        hasSpace = true;
    }

    /** True for a character {@link #space} is to be told of: a superset of the white space of any width. */
    static boolean maySpace(int c) {
        return c <= 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 || c >= 0x2000 && c <= 0x200B || c == 0x2028
                || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
    }

    /** A full-width {@code ｜} in the current line: a pipe too. */
    void fullWidthPipe() {
        hasPipe = true;
        fullWidthPipe = true;
    }

    /** Ends the last line at {@code length}, the end of the text. */
    void finish(int length) {
        breakAt(length);
    }

    /** The number of lines. */
    public int count() {
        return count;
    }

    /** Where line {@code i} starts. */
    public int start(int i) {
        return start[i];
    }

    /** Where line {@code i} ends (before its line break). */
    public int end(int i) {
        return end[i];
    }

    /** True when line {@code i} holds a pipe, {@code |} or {@code ｜}. */
    public boolean pipe(int i) {
        return pipe[i];
    }

    /** False when line {@code i} holds no white space at all (of any width); true when it may. */
    public boolean space(int i) {
        return space[i];
    }

    /** True when some line holds a full-width pipe. */
    public boolean hasFullWidthPipe() {
        return fullWidthPipe;
    }
}
