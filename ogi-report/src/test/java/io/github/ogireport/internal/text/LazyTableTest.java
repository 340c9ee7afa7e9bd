package io.github.ogireport.internal.text;

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
 * Simplified pages never read the traditional-simplified table: in a fresh recording class loader an HTML and
 * a text report in simplified script are parsed and the table's holder class is never requested; then a page
 * in traditional script is parsed in the same loader, and it is.
 */
class LazyTableTest {
    /** Loads the project's classes itself (child first) and records the names it is asked for. */
    private static final class Recording extends URLClassLoader {
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        Recording() throws Exception {
            super(classpath(), ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            return super.loadClass(name, resolve);
        }

        private static URL[] classpath() throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            return urls.toArray(new URL[0]);
        }
    }

    private static final String TABLE = "io.github.ogireport.internal.text.TraditionalScript$Table";

    @Test
    void theTableIsReadForTheFirstTraditionalPageOnly() throws Exception {
        try (Recording loader = new Recording()) {
            Class<?> api = Class.forName("io.github.ogireport.OgiReports", true, loader);
            Method parse = api.getMethod("parse", byte[].class, String.class);
            String html = "<html><body><p>示例区人民政府2024年政府信息公开工作年度报告</p><p>一、总体情况</p>"
                    + "<p>本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日至12月31日。</p>"
                    + "<table><tr><td>规章</td><td>1</td><td>0</td><td>3</td></tr></table></body></html>";
            parse.invoke(null, html.getBytes("UTF-8"), "report.html");
            parse.invoke(null, "一、总体情况\n规章 | 1 | 0 | 3\n".getBytes("UTF-8"), "report.txt");
            assertTrue(loader.requested.contains("io.github.ogireport.internal.text.TraditionalScript"),
                    "detection ran");
            assertFalse(loader.requested.contains(TABLE), "a simplified page read the table");

            String traditional = "示例區人民政府2024年政府信息公開工作年度報告\n一、總體情況\n"
                    + "本報告根據《中華人民共和國政府信息公開條例》編制，統計期限為2024年1月1日至12月31日。\n"
                    + "二、主動公開政府信息情況\n規章 | 1 | 0 | 3\n";
            Object report = parse.invoke(null, traditional.getBytes("UTF-8"), "report.txt");
            assertTrue(loader.requested.contains(TABLE), "a traditional page reads the table");
            Object year = report.getClass().getMethod("year").invoke(report);
            assertEquals("OptionalInt[2024]", year.toString());
        }
    }
}
