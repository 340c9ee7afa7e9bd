package io.github.ogireport.internal.recognize;

import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Collects parse problems during recognition. Not API. */
final class Problems {
    private final List<ParseProblem> list = new ArrayList<>();

    void add(ParseProblem.Kind kind, String subject, String detail, SourcePosition position) {
        list.add(new ParseProblem(kind, subject, detail, position));
    }

    List<ParseProblem> list() {
        return list;
    }
}
