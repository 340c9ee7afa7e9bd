package io.github.ogireport.check.rules;

import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.internal.recognize.Scripts;
import io.github.ogireport.internal.text.TraditionalScript;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.ReportFormat;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * F-LABEL (info): row labels of T1 and T2 read as the format prints them. A label with characters lost or
 * changed (其他法律行政止公开) still lands in its row, since rows are matched by keywords; this rule says where
 * the wording departs from the format's.
 */
final class RowLabels extends Rule {
    /** POSIX {@code \\p{Punct}}: ASCII punctuation. */
    private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /**
     * The cores of the labels met, made once per label text (reports print the same few hundred labels); at
     * most {@link #CORES_MAX} labels of at most {@link #CORE_LENGTH_MAX} characters are kept, so that the labels
     * of hostile inputs (any number, any length) cannot grow it without bound.
     */
    private static final Map<String, String> CORES = new ConcurrentHashMap<>();
    private static final int CORES_MAX = 4_096;
    private static final int CORE_LENGTH_MAX = 80;

    /** The core of each official label of a row of another kind than the model's, made once per row. */
    private static final Map<RowId, String> OFFICIAL = new ConcurrentHashMap<>();

    private static final List<TableId> TABLES = List.of(TableId.T1, TableId.T2);

    RowLabels() {
        super("F-LABEL", Severity.INFO);
    }

    @Override
    public void check(Report report, Findings out) {
        boolean traditional = Scripts.isTraditional(report); // labels compared on the simplified folding
        for (TableId id : TABLES) {
            if (report.table(id).isEmpty()) {
                continue;
            }
            StatTable table = report.table(id).get();
            int same = 0;
            for (TableRow row : table.rows()) {
                if (row.label().isEmpty()) {
                    continue; // placed by order: the source lost its label
                }
                boolean f2019Norm = row.id() == T1Row.NORM && report.format() == ReportFormat.F2019;
                if (!traditional && !f2019Norm && row.label().equals(row.id().label())) {
                    same++; // printed as the format prints it: its core is the official core (most rows)
                    continue;
                }
                String official = official(row.id());
                String label = cached(traditional ? TraditionalScript.fold(row.label()) : row.label());
                if (label.contains(f2019Norm ? "规范性文件" : official)) {
                    same++;
                } else {
                    out.report(Status.FAIL, "fail", List.of(), List.of(new Quote(row.label(), row.cells().isEmpty()
                            ? io.github.ogireport.model.SourcePosition.UNKNOWN : row.cells().get(0).position())),
                            row.id().id(), row.label(), row.id().label());
                }
            }
            if (same > 0) {
                out.pass("pass", List.of(), id, same);
            }
        }
    }

    /** The core of the official label of T1's and T2's rows, by ordinal, each made when first asked. */
    private static final String[] T1_OFFICIAL = new String[T1Row.values().length];
    private static final String[] T2_OFFICIAL = new String[T2Row.values().length];

    /**
     * The core of a row's official label: from the arrays for the model's rows (a racing thread at worst makes
     * the same string again), from {@link #OFFICIAL} for others.
     */
    private static String official(RowId id) {
        String[] cores = id instanceof T1Row ? T1_OFFICIAL : id instanceof T2Row ? T2_OFFICIAL : null;
        if (cores == null) {
            return OFFICIAL.computeIfAbsent(id, r -> core(r.label()));
        }
        int o = ((Enum<?>) id).ordinal();
        String c = cores[o];
        if (c == null) {
            c = core(id.label());
            cores[o] = c;
        }
        return c;
    }

    /** {@link #core} of a label, kept for the next report. */
    private static String cached(String label) {
        String c = CORES.get(label);
        if (c == null) {
            c = core(label);
            if (label.length() <= CORE_LENGTH_MAX && CORES.size() < CORES_MAX) {
                CORES.put(label, c);
            }
        }
        return c;
    }

    /**
     * The label without numbering, brackets and punctuation, in matching form: by hand, in the order (and
     * with the answers) of the patterns {@code [(（][^)）]*[)）]} → "", then {@code ^(?:[一…十]+[、.]|[0-9]+[.、]?)}
     * → "", then {@code [\\p{Punct}、，。：；“”"']} → "" (this runs for every row of every check).
     */
    static String core(String label) {
        String k = Text.key(label);
        StringBuilder b = new StringBuilder(k.length());
        int n = k.length();
        for (int i = 0; i < n; i++) {
            char c = k.charAt(i);
            if (c == '(' || c == '（') {
                int close = closing(k, i + 1);
                if (close >= 0) {
                    i = close; // the bracketed words go, up to the first closing bracket
                    continue;
                }
            }
            b.append(c);
        }
        int start = numbering(b);
        StringBuilder out = new StringBuilder(b.length() - start);
        for (int i = start; i < b.length(); i++) {
            char c = b.charAt(i);
            if (!(c < 128 && PUNCT.indexOf(c) >= 0 || "、，。：；“”\"'".indexOf(c) >= 0)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int closing(String k, int from) {
        for (int j = from; j < k.length(); j++) {
            char c = k.charAt(j);
            if (c == ')' || c == '）') {
                return j;
            }
        }
        return -1;
    }

    /** The length of the leading numbering: Chinese numerals and 、 or ., or ASCII digits and an optional . or 、. */
    private static int numbering(CharSequence b) {
        int i = 0;
        while (i < b.length() && "一二三四五六七八九十".indexOf(b.charAt(i)) >= 0) {
            i++;
        }
        if (i > 0) {
            return i < b.length() && (b.charAt(i) == '、' || b.charAt(i) == '.') ? i + 1 : 0;
        }
        while (i < b.length() && b.charAt(i) >= '0' && b.charAt(i) <= '9') {
            i++;
        }
        if (i > 0 && i < b.length() && (b.charAt(i) == '.' || b.charAt(i) == '、')) {
            i++;
        }
        return i;
    }
}
