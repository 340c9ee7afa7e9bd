package io.github.ogireport.internal.recognize;

import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Collects parse problems during recognition. Not API. */
final class Problems {
    private final List<ParseProblem> list = new ArrayList<>();
    /** The index of the document's last line when it is a table row (the text may stop inside it), else -1. */
    private final int lastRow;
    private ParseProblem truncated;

    Problems() {
        this(-1);
    }

    Problems(int lastRow) {
        this.lastRow = lastRow;
    }

    /** True when line {@code index} is the row the text stops in. */
    boolean atEnd(int index) {
        return index >= 0 && index == lastRow;
    }

    /** Notes, once, that the text stops in row {@code subject}; added by {@link #truncation()}. */
    void stopsIn(String subject, String detail, SourcePosition position) {
        if (truncated == null) {
            truncated = new ParseProblem(ParseProblem.Kind.TEXT_TRUNCATED, subject, detail, position);
        }
    }

    /** The one truncation problem noted, if any. */
    ParseProblem truncation() {
        return truncated;
    }

    void add(ParseProblem.Kind kind, String subject, String detail, SourcePosition position) {
        list.add(new ParseProblem(kind, subject, detail, position));
    }

    List<ParseProblem> list() {
        return list;
    }
}
