package io.github.ogireport.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * HTML and text parsing never load Tika (nor PDFBox or POI): the library is loaded in a fresh class loader
 * that records every class it is asked for, an HTML and a text report are parsed, and no
 * {@code org.apache.tika}, {@code org.apache.pdfbox} or {@code org.apache.poi} class was requested. Then a
 * PDF is parsed in the same loader, and Tika's PDF side is loaded: the recorder does see such classes.
 */
class LazyTikaTest {
    /** Loads classes itself (child first) for the project and its dependencies, and records their names. */
    static final class RecordingLoader extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }

        boolean loadedAny(String... prefixes) {
            for (String n : requested) {
                for (String p : prefixes) {
                    if (n.startsWith(p)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    static URL[] classpath() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        return urls.toArray(new URL[0]);
    }

    @Test
    void htmlAndTextLoadNoTikaClass() throws Exception {
        try (RecordingLoader loader = new RecordingLoader(classpath())) {
            Class<?> api = Class.forName("io.github.ogireport.OgiReports", true, loader);
            Method parse = api.getMethod("parse", byte[].class, String.class);
            String html = "<html><body><p>示例区人民政府2024年政府信息公开工作年度报告</p><p>一、总体情况</p>"
                    + "<table><tr><td>规章</td><td>1</td><td>0</td><td>3</td></tr></table></body></html>";
            Object report = parse.invoke(null, html.getBytes("UTF-8"), "report.html");
            assertTrue((Boolean) report.getClass().getMethod("isReadable").invoke(report));
            Object text = parse.invoke(null, "一、总体情况\n规章 1 0 3\n".getBytes("UTF-8"), "report.txt");
            assertTrue((Boolean) text.getClass().getMethod("isReadable").invoke(text));
            assertTrue(loader.requested.contains("io.github.ogireport.OgiReports"), "the recorder works");
            assertFalse(loader.loadedAny("org.apache.tika", "org.apache.pdfbox", "org.apache.poi",
                    "io.github.ogireport.internal.tika.PdfGlyphs", "io.github.ogireport.internal.tika.TikaDocuments"),
                    () -> "loaded: " + loader.requested.stream().filter(n -> n.startsWith("org.apache")).sorted().toList());

            // a PDF is what loads the PDF side
            byte[] pdf = java.nio.file.Files.readAllBytes(Path.of("testdata/documents/2024-f2021-split.pdf"));
            Object read = parse.invoke(null, pdf, "report.pdf");
            assertTrue((Boolean) read.getClass().getMethod("isReadable").invoke(read));
            assertTrue(loader.loadedAny("org.apache.pdfbox"));
            assertEquals("application/pdf", read.getClass().getMethod("contentType").invoke(read));
        }
    }
}
