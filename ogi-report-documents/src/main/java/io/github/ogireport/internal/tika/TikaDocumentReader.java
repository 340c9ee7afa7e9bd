package io.github.ogireport.internal.tika;

import io.github.ogireport.spi.DocumentContent;
import io.github.ogireport.spi.DocumentException;
import io.github.ogireport.spi.DocumentKind;
import io.github.ogireport.spi.DocumentReader;
import io.github.ogireport.spi.ReadBudget;
import java.io.IOException;

/**
 * The library's PDF and Word reader (registered in {@code META-INF/services}): PDFs through PDFBox's glyph
 * positions ({@link PdfGlyphs}), Word, WPS and RTF through Tika's XHTML ({@link TikaDocuments}). This class names
 * no Tika, PDFBox or POI type: the classes behind it load on the first read, so merely being found by the
 * {@link java.util.ServiceLoader} costs nothing. When Tika itself is missing, a read is an error naming the Tika
 * module to add. Not API.
 */
public final class TikaDocumentReader implements DocumentReader {

    /** Created by the {@link java.util.ServiceLoader}. */
    public TikaDocumentReader() {
    }

    @Override
    public DocumentContent read(byte[] bytes, String fileName, DocumentKind kind, ReadBudget budget)
            throws DocumentException, IOException {
        try {
            if (kind == DocumentKind.PDF) {
                return PdfGlyphs.read(bytes, budget);
            }
            return TikaDocuments.word(bytes, fileName, budget);
        } catch (LinkageError e) {
            throw new DocumentException(missing(kind, e));
        }
    }

    /** The message for a PDF or Word file read without the Tika module it needs. */
    static String missing(DocumentKind kind, LinkageError e) {
        String module = kind == DocumentKind.PDF ? "tika-parser-pdf-module" : "tika-parser-microsoft-module";
        return "reading " + kind.label() + " files needs Apache Tika: add org.apache.tika:" + module
                + " and org.apache.tika:tika-core to the classpath (not found: "
                + String.valueOf(e.getMessage()).replace('/', '.') + ")";
    }
}
