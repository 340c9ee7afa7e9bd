package io.github.ogireport.batch;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the cross-year pass needs of one report, and no more: organ, year, the T2 上年结转 and 结转下年度 rows,
 * the T1 规章 / 行政规范性文件 rows and the narrative {@link Fingerprint}. One tab-separated line each in the
 * batch's work file (about 3 KB a report), so the second pass never needs the reports themselves.
 *
 * @param seq       the input's sequence number
 * @param path      the input path
 * @param sha256    the content hash
 * @param organKey  the {@link OrganKey} of the organ
 * @param organ     the organ as named
 * @param year      the report year
 * @param format    the format version
 * @param cin       T2 上年结转, 7 columns ({@link #NUMBER_FORMAT})
 * @param cout      T2 结转下年度, 7 columns
 * @param t1        T1 REG and NORM × ISSUED, REPEALED, VALID (6 values)
 * @param narrative the narrative fingerprint
 */
record ReportSummary(long seq, String path, String sha256, String organKey, String organ, int year, String format,
        List<String> cin, List<String> cout, List<String> t1, Fingerprint narrative) {

    /** How a cell is kept: a plain number, "" blank, {@code NA}, {@code ?} text, {@code ~} absent. */
    static final String NUMBER_FORMAT = "number | '' | NA | ? | ~";

    static final List<String> T1_PATHS = List.of("t1.REG.ISSUED", "t1.REG.REPEALED", "t1.REG.VALID",
            "t1.NORM.ISSUED", "t1.NORM.REPEALED", "t1.NORM.VALID");

    /** The summary of a readable report with an organ and a year, or empty. */
    static Optional<ReportSummary> of(long seq, String path, String sha256, Report report) {
        if (!report.isReadable() || report.agency().isEmpty() || report.year().isEmpty()) {
            return Optional.empty();
        }
        String key = OrganKey.of(report.agency().get());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<String> cin = new ArrayList<>();
        List<String> cout = new ArrayList<>();
        for (T2Column c : T2Column.values()) {
            cin.add(code(report.t2().flatMap(t -> t.cell(T2Row.CIN, c)).orElse(null)));
            cout.add(code(report.t2().flatMap(t -> t.cell(T2Row.COUT, c)).orElse(null)));
        }
        List<String> t1 = new ArrayList<>();
        for (T1Row r : List.of(T1Row.REG, T1Row.NORM)) {
            for (T1Column c : List.of(T1Column.ISSUED, T1Column.REPEALED, T1Column.VALID)) {
                Optional<StatTable> t = report.t1();
                t1.add(code(t.flatMap(x -> x.cell(r, c)).orElse(null)));
            }
        }
        return Optional.of(new ReportSummary(seq, path, sha256, key, report.agency().get(), report.year().getAsInt(),
                report.format().name(), cin, cout, t1, Fingerprint.of(report.paragraphs())));
    }

    static String code(Cell cell) {
        if (cell == null) {
            return "~";
        }
        if (cell instanceof Cell.Number) {
            return ReportColumns.plain(((Cell.Number) cell).value());
        }
        if (cell instanceof Cell.Blank) {
            return "";
        }
        if (cell instanceof Cell.NotApplicable) {
            return "NA";
        }
        return "?";
    }

    /** The value in sums: a number, 0 for blank and NA; null for text or an absent cell. */
    static BigDecimal value(String code) {
        if (code.isEmpty() || code.equals("NA")) {
            return BigDecimal.ZERO;
        }
        if (code.equals("?") || code.equals("~")) {
            return null;
        }
        return new BigDecimal(code);
    }

    /** One tab-separated line, without the line break. */
    String toLine() {
        StringBuilder b = new StringBuilder(256 + 6 * Math.min(narrative.size(), Fingerprint.SKETCH));
        b.append(seq).append('\t');
        escape(path, b).append('\t').append(sha256).append('\t');
        escape(organKey, b).append('\t');
        escape(organ, b).append('\t').append(year).append('\t').append(format);
        for (List<String> values : List.of(cin, cout, t1)) {
            for (String v : values) {
                b.append('\t').append(v);
            }
        }
        b.append('\t');
        narrative.encode(b);
        return b.toString();
    }

    /** Reads {@link #toLine()}. */
    static ReportSummary parse(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return parse(b, b.length);
    }

    /** The fields of a line up to the fingerprint. */
    private static final int FIELDS = 28;

    /**
     * Reads {@link #toLine()}'s UTF-8 bytes, {@code line[0..length)}: each field is decoded on its own (a tab is
     * never part of a UTF-8 sequence), the fingerprint straight from its ASCII bytes, so the cross-year pass does
     * not decode and re-encode the 3 KB line it mostly consists of.
     */
    static ReportSummary parse(byte[] line, int length) {
        int[] starts = new int[FIELDS + 1];
        int n = 1;
        for (int i = 0; i < length && n < starts.length; i++) {
            if (line[i] == '\t') {
                starts[n++] = i + 1;
            }
        }
        if (n < FIELDS) {
            throw new IllegalArgumentException("a summary line of " + n + " fields, not " + FIELDS);
        }
        String[] f = new String[FIELDS - 1];
        for (int k = 0; k < f.length; k++) {
            f[k] = new String(line, starts[k], starts[k + 1] - 1 - starts[k], StandardCharsets.UTF_8);
        }
        int i = 7;
        List<String> all = List.of(f);
        int end = n > FIELDS ? starts[FIELDS] - 1 : length;
        return new ReportSummary(Long.parseLong(f[0]), unescape(f[1]), f[2], unescape(f[3]), unescape(f[4]),
                Integer.parseInt(f[5]), f[6], all.subList(i, i + 7), all.subList(i + 7, i + 14),
                all.subList(i + 14, i + 20), Fingerprint.decode(line, starts[FIELDS - 1], end));
    }

    /** Reads only the fields the grouping needs: seq, organ key, year (cheap; the rest stays on disk). */
    static String[] head(String line) {
        String[] f = line.split("\t", 7);
        return new String[] {f[0], unescape(f[3]), f[5]};
    }

    static String escape(String s) {
        return escape(s, new StringBuilder(s.length())).toString();
    }

    /** Appends {@code s} with backslash, tab, line feed and carriage return escaped. */
    private static StringBuilder escape(String s, StringBuilder b) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                b.append('\\').append(c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
            } else {
                b.append(c);
            }
        }
        return b;
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
