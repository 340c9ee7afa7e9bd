package io.github.ogireport.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One data-driven rule case (PMD / Checkstyle style), read from {@code src/test/resources/rules/*.cases}:
 *
 * <pre>
 * === NP column off by one
 * base: base-2024.txt                  (a report under testdata/rules/)
 * cell: t2.R1.NP = 21                  (replace a cell's text where it stands in the source; nothing after = blank)
 * replace: 49件 =&gt; 50件                 (replace the first occurrence of a text, which must exist; \n is a line break)
 * replace-all: 件 =&gt; 个                 (replace every occurrence)
 * truncate: (四)无法提供               (cut the report where this text starts: a report cut off)
 * expect: T2-E1 FAIL t2.NEW.NP         (a finding of this rule and status, involving these cells)
 * expect: T2-L2 FAIL t2.R1.TOT ~ 19    (… whose Chinese message contains "19")
 * </pre>
 *
 * Every FAIL finding at WARNING or ERROR must be expected: a case says exactly what is broken.
 */
record RuleCase(String file, String title, String base, List<Edit> edits, List<Expect> expects) {

    /** A change to the base report. */
    record Edit(String kind, String target, String value) {
    }

    /** An expected finding. */
    record Expect(String rule, Status status, List<String> cells, String messagePart) {
        @Override
        public String toString() {
            return rule + " " + status + (cells.isEmpty() ? "" : " " + cells)
                    + (messagePart.isEmpty() ? "" : " ~ " + messagePart);
        }
    }

    static List<RuleCase> read(Path file) throws IOException {
        List<RuleCase> out = new ArrayList<>();
        String title = null;
        String base = null;
        List<Edit> edits = new ArrayList<>();
        List<Expect> expects = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            if (t.startsWith("===")) {
                if (title != null) {
                    out.add(new RuleCase(file.getFileName().toString(), title, base, edits, expects));
                }
                title = t.substring(3).strip();
                base = null;
                edits = new ArrayList<>();
                expects = new ArrayList<>();
                continue;
            }
            int colon = t.indexOf(':');
            if (title == null || colon < 0) {
                throw new IllegalArgumentException(file + ":" + n + ": not a case line: " + t);
            }
            String key = t.substring(0, colon).strip();
            String rest = t.substring(colon + 1).strip();
            switch (key) {
                case "base":
                    base = rest;
                    break;
                case "cell": {
                    int eq = rest.indexOf('=');
                    edits.add(new Edit("cell", rest.substring(0, eq).strip(), rest.substring(eq + 1).strip()));
                    break;
                }
                case "replace":
                case "replace-all": {
                    int arrow = rest.indexOf("=>");
                    edits.add(new Edit(key, unescape(rest.substring(0, arrow).strip()),
                            unescape(rest.substring(arrow + 2).strip())));
                    break;
                }
                case "truncate":
                    edits.add(new Edit(key, unescape(rest), ""));
                    break;
                case "expect": {
                    int tilde = rest.indexOf(" ~ ");
                    String message = tilde < 0 ? "" : rest.substring(tilde + 3).strip();
                    String[] parts = (tilde < 0 ? rest : rest.substring(0, tilde)).split("\\s+");
                    List<String> cells = new ArrayList<>(List.of(parts).subList(2, parts.length));
                    expects.add(new Expect(parts[0], Status.valueOf(parts[1]), cells, message));
                    break;
                }
                default:
                    throw new IllegalArgumentException(file + ":" + n + ": unknown key " + key);
            }
        }
        if (title != null) {
            out.add(new RuleCase(file.getFileName().toString(), title, base, edits, expects));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n");
    }

    @Override
    public String toString() {
        return file + ": " + title;
    }
}
