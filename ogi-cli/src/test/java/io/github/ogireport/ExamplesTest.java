package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.bench.SyntheticReports;
import io.github.ogireport.fixtures.Fixtures;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds and runs the embedding example {@code examples/embed} against this build's classes, so that the
 * example compiles with the current API and prints what its documentation says. The example's own
 * {@code pom.xml} is for users (after {@code mvn install}); here its source is compiled with the system Java
 * compiler into {@code target/examples-classes} and its {@code main} run in a class loader whose parent
 * holds {@code target/classes}.
 */
class ExamplesTest {
    /** The repository root: the tests run from it. */
    private static final Path BASE = Path.of("").toAbsolutePath();
    private static final Path SOURCES = BASE.resolve("examples/embed/src/main/java");
    private static final Path CLASSES = BASE.resolve("target/examples-classes");
    private static final Path SAMPLES = BASE.resolve("testdata/samples");
    private static final String MAIN = "example.SumRequests";

    @BeforeAll
    static void compileExample() throws IOException {
        deleteRecursively(CLASSES);
        Files.createDirectories(CLASSES);
        List<File> sources;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).collect(Collectors.toList());
        }
        assertTrue(!sources.isEmpty(), "no example sources under " + SOURCES);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertTrue(javac != null, "tests must run on a JDK, not a JRE");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release", "17",
                    "-encoding", "UTF-8",
                    "-Xlint:all",
                    "-Werror", // the example is meant to be copied: keep it warning-free
                    "-proc:none", // the test class path carries JMH's annotation processor
                    "-classpath", compileClassPath(),
                    "-d", CLASSES.toString());
            boolean ok = javac.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            StringBuilder report = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                report.append(d.getKind()).append(' ').append(d.getSource() == null ? "" : d.getSource().getName())
                        .append(':').append(d.getLineNumber()).append(' ').append(d.getMessage(Locale.ROOT))
                        .append('\n');
            }
            assertTrue(ok, "the example does not compile:\n" + report);
        }
    }

    /**
     * The library alone: its classes and jsoup, its one dependency (from this test run's class path). The
     * example compiles against what an embedder of {@code ogi-report} has, without the documents module,
     * Tika or the command line.
     */
    private static List<String> libraryClassPath() {
        List<String> entries = new ArrayList<>();
        entries.add(BASE.resolve("ogi-report/target/classes").toString());
        for (String e : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (Path.of(e).getFileName() != null && Path.of(e).getFileName().toString().startsWith("jsoup-")) {
                entries.add(e);
            }
        }
        assertEquals(2, entries.size(), "jsoup not found on the test class path: " + entries);
        return entries;
    }

    private static String compileClassPath() {
        return String.join(File.pathSeparator, libraryClassPath());
    }

    @Test
    void printsTheSeedReportAndItsBalance() throws Exception {
        String out = run(SAMPLES.toString());
        assertTrue(out.contains("== 2024-gaochang-jdb.txt =="), out);
        assertTrue(out.contains("agency: 高场街道办事处"), out);
        assertTrue(out.contains("year:   2024"), out);
        assertTrue(out.contains("format: F2021"), out);
        assertTrue(out.contains("T2 总计: NEW 0 | R7 0 | COUT 0"), out);
        assertTrue(out.contains("NEW + CIN = R7 + COUT (总计): holds (0 + 0 = 0, 0 + 0 = 0)"), out);
    }

    @Test
    void readsAPdfWithTheDocumentsModuleOnTheClassPath() throws Exception {
        // this test run's class path has ogi-report-documents (and Tika): the library finds its reader
        String out = run(BASE.resolve("testdata/documents/2024-f2021-libreoffice.pdf").toString());
        assertTrue(out.contains("agency: " + Fixtures.PDF_AGENCY), out);
        assertTrue(out.contains("year:   " + Fixtures.PDF_YEAR), out);
        assertTrue(out.contains("format: F2021"), out);
    }

    @Test
    void withTheLibraryAloneTextWorksAndAPdfNamesTheMissingModule() throws Exception {
        // what an embedder of ogi-report alone has: the library and jsoup, no documents module, no Tika
        List<URL> urls = new ArrayList<>();
        urls.add(CLASSES.toUri().toURL());
        for (String e : libraryClassPath()) {
            urls.add(Path.of(e).toUri().toURL());
        }
        try (URLClassLoader alone = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
            String text = run(alone, SAMPLES.resolve("2024-gaochang-jdb.txt").toString());
            assertTrue(text.contains("NEW + CIN = R7 + COUT (总计): holds"), text);
            String pdf = run(alone, BASE.resolve("testdata/documents/2024-f2021-libreoffice.pdf").toString());
            assertTrue(pdf.contains("error: ") && pdf.contains("io.github.ogireport:ogi-report-documents"), pdf);
        }
    }

    @Test
    void readsTheSyntheticHtmlReport(@TempDir Path dir) throws Exception {
        Path html = dir.resolve(SyntheticReports.HTML_NAME);
        Files.write(html, SyntheticReports.htmlBytes());
        String out = run(html.toString());
        long newTotal = SyntheticReports.t2(T2Row.NEW, T2Column.TOT);
        long cin = SyntheticReports.t2(T2Row.CIN, T2Column.TOT);
        long r7 = SyntheticReports.t2(T2Row.R7, T2Column.TOT);
        long cout = SyntheticReports.t2(T2Row.COUT, T2Column.TOT);
        assertTrue(out.contains("agency: " + SyntheticReports.AGENCY), out);
        assertTrue(out.contains("T2 总计: NEW " + newTotal + " | R7 " + r7 + " | COUT " + cout), out);
        assertTrue(out.contains(": holds (" + newTotal + " + " + cin + " = " + (newTotal + cin) + ", "
                + r7 + " + " + cout + " = " + (r7 + cout) + ")"), out);
    }

    @Test
    void reportsAnUnbalancedBlankOrTextTotal(@TempDir Path dir) throws Exception {
        String seed = Files.readString(SAMPLES.resolve("2024-gaochang-jdb.txt"), StandardCharsets.UTF_8);
        String cout = "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
        String cin = "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
        assertTrue(seed.contains(cout) && seed.contains(cin), "the seed's T2 rows changed; update this test");
        Files.writeString(dir.resolve("a-unbalanced.txt"),
                seed.replace(cout, "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 3 |"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-blank.txt"),
                seed.replace(cin, "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 |   |"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("c-text.txt"),
                seed.replace(cout, "四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 见说明 |"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d-empty.txt"), "", StandardCharsets.UTF_8);

        List<String> blocks = blocks(run(dir.toString()));
        assertEquals(4, blocks.size(), String.join("\n", blocks));
        assertTrue(blocks.get(0).contains("COUT 3") && blocks.get(0).contains(": DOES NOT hold (0 + 0 = 0, 0 + 3 = 3)"),
                blocks.get(0));
        assertTrue(blocks.get(1).contains(": holds (0 + 0 = 0, 0 + 0 = 0); CIN blank, counted as 0"), blocks.get(1));
        assertTrue(blocks.get(2).contains("COUT (text: 见说明)")
                && blocks.get(2).contains(": cannot be checked; COUT holds text '见说明' at 第"), blocks.get(2));
        assertTrue(blocks.get(3).contains("error: empty file"), blocks.get(3));
    }

    /** Runs the example's main with the arguments, returning what it printed on System.out. */
    private static String run(String... args) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {CLASSES.toUri().toURL()},
                ExamplesTest.class.getClassLoader())) {
            return run(loader, args);
        }
    }

    /** Runs the example's main loaded by {@code loader}, returning what it printed on System.out. */
    private static String run(ClassLoader loader, String... args) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            Class<?> main = Class.forName(MAIN, true, loader);
            assertTrue(main.getProtectionDomain().getCodeSource().getLocation().toString().contains("examples-classes"),
                    "the example must come from target/examples-classes");
            Method m = main.getMethod("main", String[].class);
            System.setOut(capture);
            try {
                m.invoke(null, (Object) args);
            } finally {
                System.setOut(saved);
            }
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** The output split into one block per file (each starts with "== name =="). */
    private static List<String> blocks(String out) {
        List<String> blocks = new ArrayList<>();
        for (String part : out.split("(?m)^(?=== )")) {
            if (!part.isBlank()) {
                blocks.add(part);
            }
        }
        return blocks;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        }
    }
}
