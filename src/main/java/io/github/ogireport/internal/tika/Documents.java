package io.github.ogireport.internal.tika;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.LimitExceededException;
import io.github.ogireport.internal.io.Decoder;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.PdfLayout;
import java.io.IOException;

/**
 * The one way into PDF and Word reading. This class names no Tika, PDFBox or POI type: the classes behind it
 * ({@code PdfGlyphs}, {@code TikaDocuments}, {@code DocxSpans}) are loaded the first time a PDF or Word file
 * is read, so HTML and text work with Tika absent from the classpath and never pay its start-up. When Tika
 * is absent, reading a PDF or Word file gives an error naming the missing module. Not API.
 */
public final class Documents {
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

    /**
     * Reads a PDF, Word (DOCX, DOC, WPS), or RTF file.
     *
     * @param kind what the bytes start with
     * @throws UnreadableException with a reason a user can act on
     */
    public static Read read(byte[] bytes, String fileName, Decoder.Binary kind) throws UnreadableException {
        return read(bytes, fileName, kind, Budget.unlimited());
    }

    /**
     * Reads a PDF, Word (DOCX, DOC, WPS), or RTF file within {@code budget}.
     *
     * @throws UnreadableException     with a reason a user can act on
     * @throws LimitExceededException when the file is over a limit
     */
    public static Read read(byte[] bytes, String fileName, Decoder.Binary kind, Budget budget)
            throws UnreadableException {
        try {
            if (kind == Decoder.Binary.PDF) {
                PdfGlyphs.Read pdf = PdfGlyphs.read(bytes, budget);
                return new Read(PdfLayout.layout(pdf.pages(), pdf.title(), budget), "application/pdf");
            }
            if (kind == Decoder.Binary.ZIP) {
                inflated(bytes, fileName, budget);
            }
            return TikaDocuments.word(bytes, fileName, budget);
        } catch (LinkageError e) {
            throw new UnreadableException(missing(kind, e));
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

    /**
     * How many bytes of XML a ZIP container (DOCX) may inflate to: ten times the characters of text allowed,
     * for the markup around them.
     */
    static final int XML_PER_CHAR = 10;

    /**
     * Inflates every entry of a ZIP once, counting, before any parser sees it: a zip bomb (a small file whose
     * document.xml inflates to gigabytes) stops here, after at most the limit inflated and nothing kept. POI's
     * own ratio check is not enough (it lets a document.xml of 2 GiB of text through to XMLBeans).
     */
    static void inflated(byte[] bytes, String fileName, Budget budget) throws IOException, UnreadableException {
        long limit = budget.limits().maxChars() * XML_PER_CHAR;
        long total = 0;
        byte[] buf = new byte[1 << 16];
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buf)) > 0) {
                    total += n;
                    budget.tick();
                    if (total > limit) {
                        throw new LimitExceededException(io.github.ogireport.ParseLimits.message(fileName,
                                "more than " + limit + " bytes inflated from its ZIP entries (a zip bomb?)",
                                String.valueOf(limit), XML_PER_CHAR + " x --max-chars"));
                    }
                }
                budget.tick();
            }
        } catch (java.util.zip.ZipException e) {
            // not to be handed on: a ZIP whose entries cannot be streamed could still hide a bomb behind its
            // central directory, which POI and Tika read
            throw new UnreadableException("a damaged " + Decoder.Binary.ZIP.label() + " file: " + e.getMessage());
        }
    }

    /** The message for a PDF or Word file read without the Tika module it needs. */
    static String missing(Decoder.Binary kind, LinkageError e) {
        String module = kind == Decoder.Binary.PDF ? "tika-parser-pdf-module" : "tika-parser-microsoft-module";
        return "reading " + kind.label() + " files needs Apache Tika: add org.apache.tika:" + module
                + " and org.apache.tika:tika-core to the classpath (not found: "
                + String.valueOf(e.getMessage()).replace('/', '.') + ")";
    }
}
