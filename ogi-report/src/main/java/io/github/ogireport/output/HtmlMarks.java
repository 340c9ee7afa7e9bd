package io.github.ogireport.output;

import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The marks of one report's cells: which findings involve each cell, and how strongly. */
final class HtmlMarks {
    final String prefix;
    final List<Finding> shown;
    /** Cell path → numbers of the non-PASS findings that involve it. */
    final Map<String, List<Integer>> refs = new LinkedHashMap<>();
    /** Cell path → 0 error, 1 warning, 2 info: the strongest mark. */
    final Map<String, Integer> level = new HashMap<>();
    /** Cell path → one line per finding, for the cell's title. */
    final Map<String, List<String>> tips = new HashMap<>();
    /** Quoted sentence → numbers of the findings quoting it, in order of first use. */
    final Map<Quote, List<Integer>> quotes = new LinkedHashMap<>();
    /** Quoted sentence → its number, from 1. */
    final Map<Quote, Integer> quoteNumbers = new HashMap<>();
    /** Finding number → numbers of its quotes. */
    final Map<Integer, List<Integer>> quotesOf = new HashMap<>();
    /** The paths written so far. */
    final Set<String> rendered = new LinkedHashSet<>();

    HtmlMarks(String prefix, List<Finding> shown, Locale locale) {
        this.prefix = prefix;
        this.shown = shown;
        for (int i = 0; i < shown.size(); i++) {
            Finding f = shown.get(i);
            int n = i + 1;
            for (Quote q : f.quotes()) {
                if (!quotes.containsKey(q)) {
                    quotes.put(q, new ArrayList<>());
                    quoteNumbers.put(q, quotes.size());
                }
                quotes.get(q).add(n);
                quotesOf.computeIfAbsent(n, k -> new ArrayList<>()).add(quoteNumbers.get(q));
            }
            if (f.status() == Status.PASS) {
                continue;
            }
            int mark = f.status() != Status.FAIL || f.severity() == Severity.INFO ? 2
                    : f.severity() == Severity.ERROR ? 0 : 1;
            Set<String> paths = new LinkedHashSet<>();
            for (CellRef c : f.cells()) {
                paths.add(c.path());
            }
            for (String path : paths) {
                refs.computeIfAbsent(path, k -> new ArrayList<>()).add(n);
                level.merge(path, mark, Math::min);
                tips.computeIfAbsent(path, k -> new ArrayList<>())
                        .add(HtmlPart.marker(n) + " " + f.ruleId() + " " + f.message(locale));
            }
        }
    }

    /** The class suffix of a cell: {@code " fail error"}, {@code " fail warning"}, {@code " note"} or "". */
    String markClass(String path) {
        Integer mark = level.get(path);
        if (mark == null) {
            return "";
        }
        return mark == 0 ? " fail error" : mark == 1 ? " fail warning" : " note";
    }
}
