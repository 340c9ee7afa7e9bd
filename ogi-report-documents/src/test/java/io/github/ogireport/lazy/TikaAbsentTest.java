package io.github.ogireport.lazy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T1Row;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs only in the surefire execution {@code tika-absent} (see the pom), whose classpath has every Tika,
 * PDFBox and POI jar removed, as for an embedder who excludes them (README): HTML and text work, a PDF or a
 * Word file is an error naming the module to add.
 */
@Tag("tika-absent")
class TikaAbsentTest {

    @Test
    void tikaIsReallyAbsent() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.tika.parser.AutoDetectParser"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.pdfbox.Loader"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.poi.xwpf.usermodel.XWPFDocument"));
    }

    @Test
    void htmlAndTextStillWork() {
        Report html = OgiReports.parse("<html><body><p>一、总体情况</p><table><tr><td>规章</td><td>1</td><td>0</td>"
                + "<td>3</td></tr></table></body></html>");
        assertTrue(html.isReadable());
        assertTrue(html.t1().orElseThrow().row(T1Row.REG).isPresent());
        Report text = OgiReports.parse("一、总体情况\n规章 1 0 3\n");
        assertTrue(text.isReadable());
    }

    @Test
    void pdfNamesTheMissingModule() throws IOException {
        Report r = OgiReports.parse(Path.of("testdata/documents/2024-f2021-split.pdf"));
        assertFalse(r.isReadable());
        String error = r.error().orElseThrow();
        assertTrue(error.contains("org.apache.tika:tika-parser-pdf-module"), error);
        assertEquals("application/pdf", r.contentType());
    }

    @Test
    void wordNamesTheMissingModule() throws IOException {
        Report r = OgiReports.parse(Path.of("testdata/documents/2024-f2021.docx"));
        assertFalse(r.isReadable());
        assertTrue(r.error().orElseThrow().contains("org.apache.tika:tika-parser-microsoft-module"), r.error().orElseThrow());
    }
}
