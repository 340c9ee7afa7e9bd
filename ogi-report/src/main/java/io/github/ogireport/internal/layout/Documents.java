package io.github.ogireport.internal.layout;

import io.github.ogireport.ParseLimits;
import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.LimitExceededException;
import io.github.ogireport.internal.io.Decoder;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.spi.DocumentContent;
import io.github.ogireport.spi.DocumentException;
import io.github.ogireport.spi.DocumentKind;
import io.github.ogireport.spi.DocumentReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Document;

/**
 * The one way into PDF and Word reading: finds the {@link DocumentReader} of the documents module with {@link
 * ServiceLoader} the first time a PDF or Word file is read, hands it the bytes and lays out what it gives back
 * ({@link PdfLayout} for glyphs, {@link HtmlLayout} for markup). Without a reader on the classpath, a PDF or Word
 * file is an error naming the module to add. Not API.
 */
public final class Documents {
    /** The artifact that reads PDF and Word files. */
    static final String MODULE = "io.github.ogireport:ogi-report-documents";

    /**
     * How many bytes of XML a ZIP container (DOCX) may inflate to: ten times the characters of text allowed,
     * for the markup around them.
     */
    static final int XML_PER_CHAR = 10;

    private Documents() {
    }

    /**
     * A binary document laid out.
     *
     * @param layout      its lines
     * @param contentType what it was read as, e.g. {@code application/pdf}
     */
    public record Read(Layout layout, String contentType) {
    }

    /** The reader found on the classpath, looked up once, when first needed. */
    private static final class Reader {
        static final DocumentReader FOUND = find();

        private static DocumentReader find() {
            DocumentReader r = first(ServiceLoader.load(DocumentReader.class));
            return r != null ? r : first(ServiceLoader.load(DocumentReader.class, Documents.class.getClassLoader()));
        }

        private static DocumentReader first(ServiceLoader<DocumentReader> loader) {
            try {
                Iterator<DocumentReader> it = loader.iterator();
                return it.hasNext() ? it.next() : null;
            } catch (java.util.ServiceConfigurationError e) {
                return null;
            }
        }
    }

    /**
     * Reads a PDF, Word (DOCX, DOC, WPS), or RTF file within {@code budget}.
     *
     * @param kind what the bytes start with
     * @throws UnreadableException     with a reason a user can act on
     * @throws LimitExceededException when the file is over a limit
     */
    public static Read read(byte[] bytes, String fileName, Decoder.Binary kind, Budget budget)
            throws UnreadableException {
        DocumentKind documentKind = DocumentKind.valueOf(kind.name());
        DocumentReader reader = Reader.FOUND;
        if (reader == null) {
            throw new UnreadableException("reading " + kind.label() + " files needs the module " + MODULE
                    + " on the classpath (it reads PDF and Word through Apache Tika)");
        }
        try {
            if (kind == Decoder.Binary.ZIP) {
                inflated(bytes, fileName, budget);
            }
            return layout(reader.read(bytes, fileName, documentKind, budget), budget);
        } catch (DocumentException e) {
            LimitExceededException limit = LimitExceededException.in(e);
            if (limit != null) {
                throw limit;
            }
            throw new UnreadableException(e.getMessage());
        } catch (AssertionError e) {
            // a library's own assert (Tika's RTF reader has some) failing on a broken file, when run with -ea:
            // found by the fuzzer (testdata/fuzz/fuzz-docs-20261128-2033-2024-f2021.rtf)
            throw new UnreadableException("a damaged " + kind.label() + " file: the reader's internal check failed"
                    + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"));
        } catch (IOException | RuntimeException e) {
            LimitExceededException limit = LimitExceededException.in(e);
            if (limit != null) {
                throw limit;
            }
            // PDFBox and POI throw unchecked exceptions on some broken files: bad content never throws here
            throw new UnreadableException("a damaged " + kind.label() + " file: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static Read layout(DocumentContent content, Budget budget) {
        if (content instanceof DocumentContent.Glyphs) {
            DocumentContent.Glyphs pdf = (DocumentContent.Glyphs) content;
            return new Read(PdfLayout.layout(PdfLayout.pages(pdf.pages()), pdf.title(), budget), content.contentType());
        }
        Document xhtml = ((DocumentContent.Markup) content).xhtml();
        Layout layout = HtmlLayout.parse(xhtml, budget);
        if (xhtml.getElementsByTag("table").isEmpty()) {
            // no table markup (Tika's RTF output puts every cell in a paragraph of its own): read the text
            // as page text, whose cell-per-line rows TextLayout rebuilds
            StringBuilder text = new StringBuilder();
            for (Line line : layout.lines()) {
                if (line instanceof Line.Paragraph) {
                    text.append(((Line.Paragraph) line).text()).append('\n');
                }
            }
            layout = TextLayout.parse(text.toString(), budget);
        }
        return new Read(layout, content.contentType());
    }

    /**
     * Inflates every entry of a ZIP once, counting, before any parser sees it: a zip bomb (a small file whose
     * document.xml inflates to gigabytes) stops here, after at most the limit inflated and nothing kept. POI's
     * own ratio check is not enough (it lets a document.xml of 2 GiB of text through to XMLBeans).
     */
    static void inflated(byte[] bytes, String fileName, Budget budget) throws IOException, UnreadableException {
        long limit = budget.limits().maxChars() * XML_PER_CHAR;
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    budget.tick();
                    if (total > limit) {
                        throw new LimitExceededException(ParseLimits.message(fileName,
                                "more than " + limit + " bytes inflated from its ZIP entries (a zip bomb?)",
                                String.valueOf(limit), XML_PER_CHAR + " x --max-chars"));
                    }
                }
                budget.tick();
            }
        } catch (ZipException e) {
            // not to be handed on: a ZIP whose entries cannot be streamed could still hide a bomb behind its
            // central directory, which POI and Tika read
            throw new UnreadableException("a damaged " + Decoder.Binary.ZIP.label() + " file: " + e.getMessage());
        }
    }
}
