package io.github.ogireport.internal.narrative;

import java.util.List;

/** A keyword pattern and the claim kind it stands for, with the search the claim families share. Not API. */
record Keyed(Claim.Kind kind, Gate gate) {
    Keyed(Claim.Kind kind, String regex) {
        this(kind, Gate.of(regex));
    }

    /** A keyword found. */
    record Hit(Claim.Kind kind, int start, int end) {
    }

    /**
     * The keyword nearest the end of {@code text} (the latest end; of two ending together the longer), when
     * at most {@code gap} characters follow it.
     */
    static Hit nearest(List<Keyed> keys, String text, int gap) {
        return nearest(keys, text, gap, null);
    }

    /**
     * {@link #nearest(List, String, int)} of a part of the sentence of {@code scan}: a keyword not
     * {@link Gate#possible} in the sentence is not looked for.
     */
    static Hit nearest(List<Keyed> keys, String text, int gap, Scan scan) {
        Claim.Kind kind = null;
        int start = 0;
        int end = 0;
        for (int i = 0, n = keys.size(); i < n; i++) {
            Keyed k = keys.get(i);
            long m = last(k.gate, text, scan);
            if (m < 0) {
                continue;
            }
            int s = Words.start(m);
            int e = Words.end(m);
            if (kind == null || e > end || e == end && s < start) {
                kind = k.kind;
                start = s;
                end = e;
            }
        }
        return kind != null && text.length() - end <= gap ? new Hit(kind, start, end) : null;
    }

    /**
     * The last match of {@code g} in {@code text}, a part of the sentence of {@code scan} (or null: any text),
     * as {@link #last(Gate, String)}: -1 at once when no match is {@link Gate#possible} in the sentence.
     */
    static long last(Gate g, String text, Scan scan) {
        return scan != null && !g.possible(scan) ? -1 : last(g, text);
    }

    /**
     * The last match of {@code g} in {@code text} (of its successive {@code find()}s from the start), as
     * {@code start << 32 | end} ({@link Words#start}, {@link Words#end}), or -1.
     */
    static long last(Gate g, String text) {
        int at = g.from(text);
        if (at < 0) {
            return -1;
        }
        Gate.Search m = g.matcher(text, at);
        long found = -1;
        while (m.find()) {
            found = (long) m.start() << 32 | m.end();
        }
        return found;
    }
}
