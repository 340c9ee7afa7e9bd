package io.github.ogireport.batch;

import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.Status;
import io.github.ogireport.internal.text.Messages;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The second pass of {@code ogi batch}: the cross-year rules over the per-report summaries on disk.
 *
 * <p>It reads the summaries file once, keeping only an index entry per report (sequence number, organ key,
 * year, byte offset: about 100 bytes), sorts it by organ and year, and for each report reads its own summary
 * and that of the organ's previous report from disk. Memory thus grows with the number of reports only by the
 * index, never by the reports.
 *
 * <p>The previous report of a report of year N is the organ's report of the latest year before N; when an
 * organ has several reports of one year (the same report as HTML and as text, say), the one with the lowest
 * sequence number stands for that year. X-COPY compares with the previous report whatever its year; T2-Y1 and
 * T1-Y1 only when it is of year N−1. Reports of the same organ and year are not compared with each other.
 * ({@link CrossYearPair} runs the same comparison for engines that pair the reports themselves.)
 */
final class CrossYear {

    /** One cross-year evaluation that did not pass. */
    record Issue(long seq, String file, String sha256, String rule, Status status, String severity, List<String> cells,
            String messageZh, String messageEn, String otherFile) {
    }

    /** What the pass found for one report that has a previous report. */
    record Comparison(long seq, String file, String organKey, int year, long prevSeq, String prevFile, int prevYear,
            double copyShare, String t2y1, String t1y1) {
    }

    /** Receives the results. */
    interface Sink {
        void issue(Issue issue) throws IOException;

        void comparison(Comparison c) throws IOException;
    }

    /** A report in the index: its summary is {@code length} bytes at {@code offset} of the summaries file. */
    private record Entry(long seq, String organKey, int year, long offset, int length) {
    }

    private final Path summaries;
    private final double threshold;
    private final CheckConfig config;

    CrossYear(Path summaries, double threshold, CheckConfig config) {
        this.summaries = summaries;
        this.threshold = threshold;
        this.config = config;
    }

    void run(Sink sink) throws IOException {
        run(sink, 1);
    }

    /** Organs compared per task when the pass runs on several threads. */
    private static final int ORGANS_PER_TASK = 64;

    /**
     * Runs the pass, the organs compared on {@code threads} threads; what it finds reaches {@code sink} in the
     * same order as on one thread (by organ key, year, seq), from the calling thread.
     */
    void run(Sink sink, int threads) throws IOException {
        if (!Files.exists(summaries)) {
            return;
        }
        List<Entry> index = index();
        index.sort(Comparator.comparing(Entry::organKey).thenComparingInt(Entry::year).thenComparingLong(Entry::seq));
        List<List<Entry>> organs = new ArrayList<>();
        int i = 0;
        while (i < index.size()) {
            int j = i;
            while (j < index.size() && index.get(j).organKey().equals(index.get(i).organKey())) {
                j++;
            }
            organs.add(index.subList(i, j));
            i = j;
        }
        try (FileChannel file = FileChannel.open(summaries, StandardOpenOption.READ)) {
            if (threads <= 1 || organs.size() <= ORGANS_PER_TASK) {
                Lines lines = new Lines(file);
                for (List<Entry> organ : organs) {
                    organ(lines, organ, sink);
                }
                return;
            }
            inParallel(file, organs, threads, sink);
        }
    }

    /**
     * Compares the organs in tasks of {@link #ORGANS_PER_TASK} on {@code threads} threads (positional reads of
     * one channel are safe from several threads), each task's results kept in order and handed to {@code sink}
     * task by task; at most a few tasks ahead of the one being handed over, so memory stays small.
     */
    private void inParallel(FileChannel file, List<List<Entry>> organs, int threads, Sink sink) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ogi-crossyear");
            t.setDaemon(true);
            return t;
        });
        try {
            java.util.ArrayDeque<java.util.concurrent.Future<List<Object>>> ahead = new java.util.ArrayDeque<>();
            int next = 0;
            while (next < organs.size() || !ahead.isEmpty()) {
                while (next < organs.size() && ahead.size() < threads * 4) {
                    List<List<Entry>> task = organs.subList(next, Math.min(organs.size(), next + ORGANS_PER_TASK));
                    ahead.add(pool.submit(() -> compared(file, task)));
                    next += task.size();
                }
                for (Object found : take(ahead.poll())) {
                    if (found instanceof Issue) {
                        sink.issue((Issue) found);
                    } else {
                        sink.comparison((Comparison) found);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The issues and comparisons of some organs, in the order the one-thread pass gives them. */
    private List<Object> compared(FileChannel file, List<List<Entry>> organs) throws IOException {
        List<Object> found = new ArrayList<>();
        Sink keep = new Sink() {
            @Override
            public void issue(Issue issue) {
                found.add(issue);
            }

            @Override
            public void comparison(Comparison c) {
                found.add(c);
            }
        };
        Lines lines = new Lines(file);
        for (List<Entry> organ : organs) {
            organ(lines, organ, keep);
        }
        return found;
    }

    /** The result of {@code task}, waited for; what it threw is thrown here. */
    static <T> T take(java.util.concurrent.Future<T> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("the cross-year pass was interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The fields of a summary line that the index keeps: up to {@link ReportSummary#head}'s last. */
    private static final int HEAD_TABS = 6;

    /**
     * One entry per summary line, read in large blocks: only a line's head (its first fields, up to the sixth
     * tab) is decoded, the rest (mostly the fingerprint) is only counted.
     */
    private List<Entry> index() throws IOException {
        List<Entry> out = new ArrayList<>();
        Map<Long, Integer> bySeq = new HashMap<>();
        Map<String, String> keys = new HashMap<>(); // one string per organ key, however many reports it has
        try (InputStream in = Files.newInputStream(summaries)) {
            byte[] buf = new byte[1 << 20];
            byte[] head = new byte[256];
            int headLength = 0;
            int tabs = 0;
            boolean blank = true;
            long offset = 0; // of buf[0] in the file
            long start = 0; // of the current line
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int k = 0; k < n; k++) {
                    if (tabs == HEAD_TABS && !blank) {
                        // the head is read: the rest of the line (mostly the fingerprint) is only skipped
                        while (k < n && buf[k] != '\n') {
                            k++;
                        }
                        if (k == n) {
                            break;
                        }
                    }
                    byte b = buf[k];
                    if (b == '\n') {
                        if (!blank) {
                            String[] h = ReportSummary.head(new String(head, 0, headLength, StandardCharsets.UTF_8));
                            String key = keys.computeIfAbsent(h[1], x -> x);
                            Entry e = new Entry(Long.parseLong(h[0]), key, Integer.parseInt(h[2]), start,
                                    Math.toIntExact(offset + k - start));
                            Integer seen = bySeq.put(e.seq(), out.size());
                            if (seen != null) {
                                out.set(seen, e); // written twice (a run killed between two files): the later wins
                                bySeq.put(e.seq(), seen);
                            } else {
                                out.add(e);
                            }
                        }
                        start = offset + k + 1;
                        headLength = 0;
                        tabs = 0;
                        blank = true;
                        continue;
                    }
                    // blank: ASCII whitespace only, as String.isBlank has it (the file holds no other whitespace)
                    blank = blank && (b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F));
                    if (tabs < HEAD_TABS) {
                        if (b == '\t') {
                            tabs++;
                        }
                        if (headLength == head.length) {
                            head = java.util.Arrays.copyOf(head, head.length * 2);
                        }
                        head[headLength++] = b;
                    }
                }
                offset += n;
            }
        }
        return out;
    }

    /** Reads whole summary lines by their place in the file (one positional read each). */
    private static final class Lines {
        private final FileChannel file;
        private ByteBuffer buf = ByteBuffer.allocate(1 << 13);

        Lines(FileChannel file) {
            this.file = file;
        }

        ReportSummary read(Entry e) throws IOException {
            if (buf.capacity() < e.length()) {
                buf = ByteBuffer.allocate(Math.max(e.length(), buf.capacity() * 2));
            }
            buf.clear().limit(e.length());
            while (buf.hasRemaining()) {
                if (file.read(buf, e.offset() + buf.position()) < 0) {
                    throw new IOException(e.offset() + ": the summaries file ends inside a line");
                }
            }
            return ReportSummary.parse(buf.array(), e.length());
        }
    }

    /**
     * Compares each of an organ's reports with its previous report: the representative (lowest seq) of the
     * latest earlier year. Entries come sorted by year, then seq; each summary is read once.
     */
    private void organ(Lines lines, List<Entry> entries, Sink sink) throws IOException {
        if (entries.get(0).year() == entries.get(entries.size() - 1).year()) {
            return; // one year: nothing to compare
        }
        ReportSummary prev = null; // the representative of the latest earlier year
        ReportSummary rep = null; // that of the current year
        int year = 0;
        for (Entry e : entries) {
            boolean first = rep == null || e.year() != year;
            if (first && rep != null) {
                prev = rep;
            }
            if (prev == null && !first) {
                continue; // a later report of the organ's first year: nothing before it, not needed after it
            }
            ReportSummary cur = lines.read(e);
            if (first) {
                rep = cur;
                year = e.year();
            }
            if (prev != null) {
                compare(cur, prev, sink);
            }
        }
    }

    /** Compares {@code cur} with its previous report {@code prev}: what it finds goes to {@code sink}. */
    void compare(ReportSummary cur, ReportSummary prev, Sink sink) throws IOException {
        double share = cur.narrative().containedIn(prev.narrative());
        String t2 = "";
        String t1 = "";
        if (config.runs(CrossYearRules.X_COPY.id()) && share >= threshold) {
            String pct = percent(share);
            sink.issue(issue(cur, prev, CrossYearRules.X_COPY.id(), Status.FAIL, List.of("narrative"),
                    "fail", pct, prev.year(), prev.path(), percent(threshold)));
        }
        if (prev.year() == cur.year() - 1) {
            if (config.runs(CrossYearRules.T2_Y1.id())) {
                t2 = t2y1(cur, prev, sink);
            }
            if (config.runs(CrossYearRules.T1_Y1.id())) {
                t1 = t1y1(cur, prev, sink);
            }
        }
        sink.comparison(new Comparison(cur.seq(), cur.path(), cur.organKey(), cur.year(), prev.seq(), prev.path(),
                prev.year(), share, t2, t1));
    }

    private String t2y1(ReportSummary cur, ReportSummary prev, Sink sink) throws IOException {
        String id = CrossYearRules.T2_Y1.id();
        if (cur.cin().stream().allMatch("~"::equals) || prev.cout().stream().allMatch("~"::equals)) {
            sink.issue(issue(cur, prev, id, Status.NOT_ASSESSABLE, List.of(), "noTable", prev.year(), prev.path()));
            return Status.NOT_ASSESSABLE.name();
        }
        Status worst = Status.PASS;
        T2Column[] cols = T2Column.values();
        for (int c = 0; c < cols.length; c++) {
            String a = cur.cin().get(c);
            String b = prev.cout().get(c);
            BigDecimal va = ReportSummary.value(a);
            BigDecimal vb = ReportSummary.value(b);
            List<String> cells = List.of(T2Row.CIN.cellPath(cols[c]));
            if (va == null || vb == null) {
                sink.issue(issue(cur, prev, id, Status.UNCERTAIN, cells, "text", cols[c], prev.year(), prev.path()));
                worst = worse(worst, Status.UNCERTAIN);
            } else if (va.compareTo(vb) != 0) {
                boolean blank = a.isEmpty() || b.isEmpty();
                Status s = blank ? Status.UNCERTAIN : Status.FAIL;
                sink.issue(issue(cur, prev, id, s, cells, blank ? "blank" : "fail", cols[c], va, prev.year(),
                        prev.path(), vb, va.subtract(vb).abs()));
                worst = worse(worst, s);
            }
        }
        return worst.name();
    }

    private String t1y1(ReportSummary cur, ReportSummary prev, Sink sink) throws IOException {
        String id = CrossYearRules.T1_Y1.id();
        Status worst = null;
        String[] rows = {"REG", "NORM"};
        for (int r = 0; r < 2; r++) {
            String issued = cur.t1().get(r * 3);
            String repealed = cur.t1().get(r * 3 + 1);
            String valid = cur.t1().get(r * 3 + 2);
            String prevValid = prev.t1().get(r * 3 + 2);
            if ("~".equals(valid) || "~".equals(prevValid) || "~".equals(issued) || "~".equals(repealed)) {
                continue; // a 2019-format year (no 现行有效 column) or a row not printed: the rule does not apply
            }
            List<String> cells = List.of("t1." + rows[r] + ".VALID", "t1." + rows[r] + ".ISSUED",
                    "t1." + rows[r] + ".REPEALED");
            BigDecimal vi = ReportSummary.value(issued);
            BigDecimal vr = ReportSummary.value(repealed);
            BigDecimal vv = ReportSummary.value(valid);
            BigDecimal vp = ReportSummary.value(prevValid);
            if (vi == null || vr == null || vv == null || vp == null) {
                sink.issue(issue(cur, prev, id, Status.UNCERTAIN, cells, "text", rowLabel(r), prev.year(), prev.path()));
                worst = worse(worst == null ? Status.PASS : worst, Status.UNCERTAIN);
                continue;
            }
            BigDecimal expected = vp.add(vi).subtract(vr);
            if (expected.compareTo(vv) == 0) {
                worst = worst == null ? Status.PASS : worst;
                continue;
            }
            boolean blank = issued.isEmpty() || repealed.isEmpty() || valid.isEmpty() || prevValid.isEmpty();
            Status s = blank ? Status.UNCERTAIN : Status.FAIL;
            sink.issue(issue(cur, prev, id, s, cells, blank ? "blank" : "fail", rowLabel(r), vp, vi, vr, expected, vv,
                    expected.subtract(vv).abs(), prev.year(), prev.path()));
            worst = worse(worst == null ? Status.PASS : worst, s);
        }
        return worst == null ? "" : worst.name();
    }

    private static Object rowLabel(int r) {
        return r == 0 ? new Label("规章", "regulations") : new Label("行政规范性文件", "normative documents");
    }

    /** A message argument with a text per language. */
    private record Label(String zh, String en) {
    }

    private static Status worse(Status a, Status b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Status s) {
        switch (s) {
            case FAIL:
                return 3;
            case UNCERTAIN:
                return 2;
            case NOT_ASSESSABLE:
                return 1;
            default:
                return 0;
        }
    }

    private Issue issue(ReportSummary cur, ReportSummary prev, String rule, Status status, List<String> cells,
            String key, Object... args) {
        String severity = status == Status.FAIL ? CrossYearRules.byId(rule).orElseThrow().severity().name() : "INFO";
        return new Issue(cur.seq(), cur.path(), cur.sha256(), rule, status, severity, cells,
                Messages.format(Locale.CHINESE, rule + "." + key, args(args, true)),
                Messages.format(Locale.ROOT, rule + "." + key, args(args, false)), prev.path());
    }

    private static Object[] args(Object[] args, boolean zh) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof BigDecimal) {
                out[i] = ((BigDecimal) a).toPlainString();
            } else if (a instanceof Integer || a instanceof Long) {
                out[i] = a.toString();
            } else if (a instanceof T2Column) {
                T2Column c = (T2Column) a;
                out[i] = zh ? c.label() : Messages.format(Locale.ROOT, "column." + c.id());
            } else if (a instanceof Label) {
                out[i] = zh ? ((Label) a).zh() : ((Label) a).en();
            } else {
                out[i] = a;
            }
        }
        return out;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", share * 100);
    }
}
