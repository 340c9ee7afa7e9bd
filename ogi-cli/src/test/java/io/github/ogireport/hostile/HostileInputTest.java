package io.github.ogireport.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.ParseLimits;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.model.Report;
import io.github.ogireport.output.HtmlReport;
import io.github.ogireport.output.ResultJson;
import io.github.ogireport.output.Sarif;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Each hostile input of testdata/hostile/README.md with its expected outcome: a report (maybe with an error
 * naming the limit hit), never an exception, a hang or a memory blow-up. Large inputs are generated into
 * target/hostile/ by {@link HostileInputs}. Every parse here is timed: the limits must stop them quickly.
 */
class HostileInputTest {
    /** The parse of any hostile input ends within this (the limit stops it, or it is quick to read). */
    private static final long QUICK_MS = 15_000;

    private static Report timed(String what, ThrowingSupplier<Report> parse) throws Exception {
        long t0 = System.nanoTime();
        Report r = parse.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "hostile: %-28s %6d ms  %s%n", what, ms,
                r.error().orElse("readable, " + r.problems().size() + " problems"));
        assertTrue(ms < QUICK_MS, what + " took " + ms + " ms");
        // whatever came back goes through every output without trouble
        CheckResult result = OgiReports.check(r);
        ResultJson.toJson(result);
        HtmlReport.render(List.of(result), RuleRegistry.builtIn().rules(), "test", Locale.ROOT);
        return r;
    }

    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @Test
    void committedFixturesAreUpToDate() throws IOException {
        if (Boolean.getBoolean("ogi.regenerateHostile")) {
            HostileInputs.main(new String[0]);
        }
        assertEquals(HostileInputs.rowspan(), Files.readString(HostileInputs.COMMITTED.resolve("rowspan-100000.html")));
        assertTrue(java.util.Arrays.equals(HostileInputs.mixedEncodings(),
                Files.readAllBytes(HostileInputs.COMMITTED.resolve("mixed-encodings.html"))));
    }

    @Test
    void zipBombDocxStopsWithoutInflating() throws Exception {
        Path bomb = HostileInputs.zipBomb(2);
        assertTrue(Files.size(bomb) < 8L * 1024 * 1024, "a small zip: " + Files.size(bomb));
        Report r = timed("zip bomb (2 GiB inflated)", () -> OgiReports.parse(bomb));
        assertTrue(r.error().isPresent());
        String e = r.error().get();
        assertTrue(e.contains("bomb") || e.contains("--max-chars"), e);
    }

    @Test
    void deeplyNestedHtmlIsRead() throws Exception {
        Path nested = HostileInputs.deepNesting(100_000);
        Report r = timed("100,000 nested divs", () -> OgiReports.parse(nested));
        // read to the end (no StackOverflowError): the page simply is not a report
        assertTrue(r.error().orElseThrow().startsWith("not an annual report"), r.error().toString());
    }

    @Test
    void hundredMegabyteLineStopsAtTheSizeLimit() throws Exception {
        Path line = HostileInputs.longLine(100);
        Report r = timed("100 MB line", () -> OgiReports.parse(line));
        assertEquals(line + ": " + Files.size(line) + " bytes, over the limit of 52428800 (--max-size)",
                r.error().orElseThrow());
        // with the size limit raised, the character limit stops it before the text is decoded
        Report chars = timed("100 MB line, --max-size 1GB",
                () -> OgiReports.parse(line, ParseLimits.defaults().withMaxBytes(1L << 30)));
        assertEquals(line + ": more than 20000000 characters of text, over the limit of 20000000 (--max-chars)",
                chars.error().orElseThrow());
    }

    @Test
    void longLinesOfValuesDoNotBacktrack() throws Exception {
        // 2 MB, within every limit: the layout regexes see the whole line; each was quadratic before
        String spaced = "/ ".repeat(1_000_000) + "x";
        timed("2 MB '/ / … x' line", () -> OgiReports.parse(spaced.getBytes(StandardCharsets.UTF_8), "a.txt"));
        String separator = "--" + " ".repeat(2_000_000) + "-";
        timed("2 MB '--   …  -' line", () -> OgiReports.parse(separator.getBytes(StandardCharsets.UTF_8), "b.txt"));
        String annotated = "1" + ",".repeat(2_000_000) + "x";
        timed("2 MB '1,,,,…x' line", () -> OgiReports.parse(annotated.getBytes(StandardCharsets.UTF_8), "c.txt"));
    }

    @Test
    void narrativeBuiltToBacktrackIsLinear() throws Exception {
        // the narrative patterns with the widest gaps ([^,;。]{0,20}?), fed near-misses over and over, in
        // one sentence with no clause break: each pattern is tried at every position
        StringBuilder s = new StringBuilder("一、总体情况\n");
        String[] near = {"未发生过依申请", "所有的申请均已按", "未被纠", "收到和处理申", "未制发过任何规范性",
            "没有收到过任何政府信息公开的申", "均未办理", "结转到下一", "上一年度结", "除外其余", "2024年", "１２３４５６"};
        while (s.length() < 1_000_000) {
            for (String n : near) {
                s.append(n).append("的").append("复议诉讼".repeat(3));
            }
        }
        s.append("。\n");
        String text = s.toString();
        long t0 = System.nanoTime();
        timed("1 MB adversarial sentence", () -> OgiReports.parse(text.getBytes(StandardCharsets.UTF_8), "n.txt"));
        long big = System.nanoTime() - t0;
        String quarter = text.substring(0, text.length() / 4) + "。\n";
        t0 = System.nanoTime();
        timed("250 KB adversarial sentence", () -> OgiReports.parse(quarter.getBytes(StandardCharsets.UTF_8), "n.txt"));
        long small = System.nanoTime() - t0;
        // linear: four times the text, not sixteen times the time (with a margin for warm-up and noise)
        assertTrue(big < Math.max(small, 50_000_000L) * 10, "1 MB " + big / 1e6 + " ms vs 250 KB " + small / 1e6 + " ms");
    }

    @Test
    void tablesJustUnderTheCellLimitAreQuick() throws Exception {
        // 19,000 rows of 10 cells, labels of the real tables repeated: recognition must not be quadratic in rows
        String base = Files.readString(Path.of("testdata/rules/base-tables.txt"));
        StringBuilder s = new StringBuilder(base);
        List<String> rows = base.lines().filter(l -> l.contains("|")).toList();
        for (int i = 0; s.length() < 3_000_000 && i < 19_000; i++) {
            s.append(rows.get(i % rows.size())).append('\n');
        }
        String text = s.toString();
        timed("~190,000 cells of table rows", () -> OgiReports.parse(text.getBytes(StandardCharsets.UTF_8), "t.txt"));
        StringBuilder html = new StringBuilder("<table>");
        for (int r = 0; r < 19_000; r++) {
            html.append("<tr><td>本年新收</td>").append("<td>1</td>".repeat(9)).append("</tr>");
        }
        html.append("</table>");
        String page = html.toString();
        timed("HTML table of 190,000 cells", () -> OgiReports.parse(page.getBytes(StandardCharsets.UTF_8), "t.html"));
    }

    @Test
    void rowspanOfOneHundredThousandHitsTheSpanLimit() throws Exception {
        Path file = HostileInputs.COMMITTED.resolve("rowspan-100000.html");
        Report r = timed("rowspan=100000", () -> OgiReports.parse(file));
        assertEquals(file + ": a rowspan of 100000, over the limit of 500 (--max-span)", r.error().orElseThrow());
    }

    @Test
    void thousandDigitNumberIsACellLikeAnyOther() throws Exception {
        Path file = HostileInputs.COMMITTED.resolve("number-1000-digits.html");
        Report r = timed("1,000-digit number", () -> OgiReports.parse(file));
        assertTrue(r.isReadable());
        String json = ResultJson.toJson(OgiReports.check(r));
        assertTrue(json.contains("9".repeat(999) + "7"), "the number kept as written");
    }

    @Test
    void encryptedPdfIsRefusedWithItsReason() throws Exception {
        Report r = timed("PDF with a user password",
                () -> OgiReports.parse(Path.of("testdata/documents/2024-f2021-user-password.pdf")));
        assertTrue(r.error().orElseThrow().contains("password-protected PDF"), r.error().get());
    }

    @Test
    void fiveThousandPagesStopAtThePageLimit() throws Exception {
        Path pdf = HostileInputs.manyPages(5000);
        Report r = timed("PDF of 5,000 pages", () -> OgiReports.parse(pdf));
        assertEquals(pdf + ": 5000 pages, over the limit of 500 (--max-pages)", r.error().orElseThrow());
    }

    @Test
    void invalidUtf8AndMixedEncodingsAreRead() throws Exception {
        Report bad = timed("invalid UTF-8", () -> OgiReports.parse(HostileInputs.COMMITTED.resolve("invalid-utf8.txt")));
        Report mixed = timed("mixed encodings",
                () -> OgiReports.parse(HostileInputs.COMMITTED.resolve("mixed-encodings.html")));
        // decoded as GB18030 (the fallback for bytes that are not UTF-8): no exception, a report either way
        assertTrue(bad.isReadable() || bad.error().get().contains("binary"), bad.error().toString());
        assertTrue(mixed.isReadable() || mixed.error().get().contains("binary"), mixed.error().toString());
    }

    /** A local server that counts connections, a proxy selector that records every URL opened, a canary file. */
    private static final class Watch implements AutoCloseable {
        final ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        final AtomicInteger connections = new AtomicInteger();
        final List<URI> opened = new CopyOnWriteArrayList<>();
        final ProxySelector previous = ProxySelector.getDefault();
        final Path canary = HostileInputs.DIR.resolve("canary.txt");
        final String secret = "CANARY-" + System.nanoTime();
        final Thread acceptor;

        Watch() throws IOException {
            Files.createDirectories(HostileInputs.DIR);
            Files.writeString(canary, secret);
            acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket s = server.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "hostile-watch");
            acceptor.setDaemon(true);
            acceptor.start();
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    opened.add(uri);
                    return List.of(Proxy.NO_PROXY);
                }

                @Override
                public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                }
            });
        }

        String url() {
            return "http://127.0.0.1:" + server.getLocalPort() + "/xxe/";
        }

        void assertNothingFetched(Report r) {
            String json = ResultJson.toJson(OgiReports.check(r));
            assertFalse(json.contains(secret), "the external entity read the local file");
            assertEquals(0, connections.get(), "a connection was made to " + url());
            assertTrue(opened.isEmpty(), "URLs opened: " + opened);
        }

        @Override
        public void close() throws IOException {
            ProxySelector.setDefault(previous);
            server.close();
        }
    }

    @Test
    void watchNoticesAFetch() throws Exception {
        // the watch itself can fail: a parser that resolved the entity would be caught
        try (Watch w = new Watch()) {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            String xml = "<!DOCTYPE a [<!ENTITY net SYSTEM \"" + w.url() + "\"><!ENTITY file SYSTEM \""
                    + w.canary.toUri() + "\">]><a>&file;&net;</a>";
            try {
                f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception expected) {
                // the server answers nothing useful; the connection is what counts
            }
            long until = System.currentTimeMillis() + 2000;
            while (w.connections.get() == 0 && System.currentTimeMillis() < until) {
                Thread.sleep(10);
            }
            assertTrue(w.connections.get() >= 1, "a default XML parser fetches: the watch must see it");
            assertFalse(w.opened.isEmpty());
        }
    }

    @Test
    void pdfWithXfaAndExternalEntitiesFetchesNothing() throws Exception {
        try (Watch w = new Watch()) {
            Path pdf = HostileInputs.pdfXfaXxe(w.canary, w.url());
            Report r = timed("PDF with XFA + XXE", () -> OgiReports.parse(pdf));
            assertTrue(r.isReadable(), r.error().toString());
            w.assertNothingFetched(r);
        }
    }

    @Test
    void docxWithExternalEntitiesFetchesNothing() throws Exception {
        try (Watch w = new Watch()) {
            Path docx = HostileInputs.docxXxe(w.canary, w.url());
            Report r = timed("DOCX with XXE", () -> OgiReports.parse(docx));
            w.assertNothingFetched(r);
        }
    }

    @Test
    void timeLimitStopsAParseAndItsThread() throws Exception {
        // a large but legal text parse under a tiny time limit
        String big = "一、总体情况\n" + "本年收到申请3件，办结3件。\n".repeat(200_000);
        Report r = timed("timeout 50 ms", () -> OgiReports.parse(big.getBytes(StandardCharsets.UTF_8), "slow.txt",
                ParseLimits.defaults().withTimeout(Duration.ofMillis(50))));
        assertEquals("slow.txt: still parsing after 50 ms, over the limit of 50 ms (--timeout)", r.error().orElseThrow());
        // the parse thread noticed the interrupt and stopped working (the pooled thread itself stays, idle)
        long until = System.currentTimeMillis() + 5000;
        while (parseThreads() > 0 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals(0, parseThreads(), "a parse thread is still parsing");
    }

    /** Parse threads still at work: pooled parse threads idle between parses have none of our frames. */
    private static long parseThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().equals("ogi-parse"))
                .filter(e -> java.util.Arrays.stream(e.getValue())
                        .anyMatch(f -> f.getClassName().startsWith("io.github.ogireport.internal")))
                .count();
    }

    @Test
    void hostileLabelsAreEscapedInEveryOutput() throws Exception {
        Path file = HostileInputs.COMMITTED.resolve("hostile-labels.txt");
        Report r = timed("markup, formulas, controls", () -> OgiReports.parse(file));
        CheckResult result = OgiReports.check(r);
        String html = HtmlReport.render(List.of(result), RuleRegistry.builtIn().rules(), "test", Locale.ROOT);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "unescaped script");
        assertFalse(html.contains("<img src=x"), "unescaped img");
        String json = ResultJson.toJson(result);
        String sarif = Sarif.write(List.of(result), RuleRegistry.builtIn().rules(), "test", Locale.ROOT);
        for (String doc : List.of(json, sarif)) {
            for (char c : doc.toCharArray()) {
                assertFalse(c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != ' ',
                        "a raw control character U+" + Integer.toHexString(c));
                assertFalse(c == '\u2028' || c == '\u2029', "a raw line separator U+" + Integer.toHexString(c));
            }
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc); // valid JSON
        }
    }
}
