package io.github.ogireport.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.T1Row;
import io.github.ogireport.spi.DocumentReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The library alone, as an embedder who reads HTML and text has it (no ogi-report-documents, no Tika on this
 * module's test classpath): HTML and text work, a PDF or Word file is an error naming the module to add.
 */
class DocumentsAbsentTest {

    @Test
    void noReaderAndNoTikaOnTheClassPath() {
        assertFalse(ServiceLoader.load(DocumentReader.class).iterator().hasNext());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.tika.parser.AutoDetectParser"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.pdfbox.Loader"));
    }

    @Test
    void htmlAndTextWork() {
        Report html = OgiReports.parse("<html><body><p>一、总体情况</p><table><tr><td>规章</td><td>1</td><td>0</td>"
                + "<td>3</td></tr></table></body></html>");
        assertTrue(html.isReadable());
        assertTrue(html.t1().orElseThrow().row(T1Row.REG).isPresent());
        assertTrue(OgiReports.parse("一、总体情况\n规章 1 0 3\n").isReadable());
    }

    @Test
    void pdfNamesTheMissingModule() throws IOException {
        Report r = OgiReports.parse(Path.of("testdata/documents/2024-f2021-split.pdf"));
        assertFalse(r.isReadable());
        assertEquals("reading PDF files needs the module io.github.ogireport:ogi-report-documents on the classpath"
                + " (it reads PDF and Word through Apache Tika)", r.error().orElseThrow());
        assertEquals("application/pdf", r.contentType());
    }

    @Test
    void wordNamesTheMissingModule() throws IOException {
        Report r = OgiReports.parse(Path.of("testdata/documents/2024-f2021.docx"));
        assertFalse(r.isReadable());
        assertTrue(r.error().orElseThrow().contains("io.github.ogireport:ogi-report-documents"), r.error().orElseThrow());
    }
}
