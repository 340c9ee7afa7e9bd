package io.github.ogireport.internal.narrative;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A keyword pattern and the claim kind it stands for, with the search the claim families share. Not API. */
record Keyed(Claim.Kind kind, Pattern pattern) {
    Keyed(Claim.Kind kind, String regex) {
        this(kind, Pattern.compile(regex));
    }

    /** A keyword found. */
    record Hit(Claim.Kind kind, int start, int end) {
    }

    /**
     * The keyword nearest the end of {@code text} (the latest end; of two ending together the longer), when
     * at most {@code gap} characters follow it.
     */
    static Hit nearest(List<Keyed> keys, String text, int gap) {
        Hit best = null;
        for (Keyed k : keys) {
            MatchResult m = last(k.pattern, text);
            if (m == null) {
                continue;
            }
            if (best == null || m.end() > best.end || m.end() == best.end && m.start() < best.start) {
                best = new Hit(k.kind, m.start(), m.end());
            }
        }
        return best != null && text.length() - best.end <= gap ? best : null;
    }

    /** The last match of {@code p} in {@code text}, or null. */
    static MatchResult last(Pattern p, String text) {
        Matcher m = p.matcher(text);
        MatchResult found = null;
        while (m.find()) {
            found = m.toMatchResult();
        }
        return found;
    }
}
