package io.github.ogireport.internal.tika;

import io.github.ogireport.spi.DocumentContent;
import io.github.ogireport.spi.DocumentException;
import io.github.ogireport.spi.ReadBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the positioned glyphs of a PDF with PDFBox (the engine of Tika's PDF module; Tika's own text drops
 * the x/y that tables are rebuilt from). Only {@link TikaDocumentReader} uses it. Not API.
 */
final class PdfGlyphs extends PDFTextStripper {
    /** Fewer non-blank characters than this in the whole file: there is no text layer to speak of. */
    private static final int MIN_TEXT = 10;

    private final List<DocumentContent.Page> pages = new ArrayList<>();
    private List<DocumentContent.Glyph> current;
    private final ReadBudget budget;

    private PdfGlyphs(ReadBudget budget) {
        super();
        this.budget = budget;
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(true);
    }

    /**
     * The pages of a PDF as glyphs. An owner password (restricted printing or copying) does not stop reading;
     * a user password (one needed to open the file) does.
     *
     * @throws DocumentException for a PDF that needs a password to open, or that has no text layer
     */
    static DocumentContent.Glyphs read(byte[] bytes, ReadBudget budget) throws DocumentException, IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            // before any page is read: a 5,000-page file stops here at once
            budget.pages(doc.getNumberOfPages());
            PdfGlyphs stripper = new PdfGlyphs(budget);
            stripper.getText(doc);
            int chars = 0;
            for (DocumentContent.Page p : stripper.pages) {
                for (DocumentContent.Glyph g : p.glyphs()) {
                    if (!g.text().isBlank()) {
                        chars++;
                    }
                }
            }
            if (chars < MIN_TEXT) {
                throw new DocumentException("a PDF with no text layer (" + doc.getNumberOfPages()
                        + (doc.getNumberOfPages() == 1 ? " page" : " pages")
                        + " of images, a scan?): text recognition (OCR) is not done; "
                        + "get the report as text, HTML, Word or a PDF with text");
            }
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            return new DocumentContent.Glyphs(stripper.pages, title == null ? "" : title);
        } catch (InvalidPasswordException e) {
            throw new DocumentException("a password-protected PDF: it needs a password to open (a user "
                    + "password); files restricted only against copying or printing are read");
        }
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        budget.tick();
        current = new ArrayList<>();
        super.startPage(page);
    }

    @Override
    protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        pages.add(new DocumentContent.Page(getCurrentPageNo(), current));
        super.endPage(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        budget.tick();
        budget.chars(positions.size());
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isEmpty()) {
                continue;
            }
            double em = p.getFontSizeInPt();
            if (!(em > 0.5) || em > 200) {
                em = Math.max(p.getWidthDirAdj(), 2 * p.getHeightDir());
            }
            current.add(new DocumentContent.Glyph(u, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), em));
        }
    }
}
