package io.github.ogireport.internal.tika;

import io.github.ogireport.spi.DocumentContent;
import io.github.ogireport.spi.DocumentException;
import io.github.ogireport.spi.ReadBudget;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.ToXMLContentHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.xml.sax.SAXException;

/**
 * Word, WPS and RTF through Tika: one shared, thread-safe {@link AutoDetectParser}, created on first use; the
 * file name always passed (Tika detects by name and bytes). Tika's XHTML keeps tables as {@code <table>};
 * for DOCX the merges Tika drops (it prints neither {@code colspan} nor {@code rowspan}) are put back from
 * the document's {@code gridSpan}/{@code vMerge} ({@link DocxSpans}), and the XHTML is laid out like any HTML
 * page. Not API.
 */
final class TikaDocuments {
    private static final MediaType DOCX = MediaType.application(
            "vnd.openxmlformats-officedocument.wordprocessingml.document");

    private TikaDocuments() {
    }

    /** The parser, built when first needed (its start-up is paid by the first Word file only). */
    private static final class Holder {
        static final AutoDetectParser PARSER = new AutoDetectParser();
        static final Set<MediaType> SUPPORTED = PARSER.getSupportedTypes(new ParseContext());
    }

    /**
     * The parse context of every file: no OCR of images (a PDF embedded in a Word file included; the OCR module
     * is not on the classpath either), so no external process; Tika's own XML parsing resolves no external entity (its XMLReaderUtils default).
     */
    static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }

    /** Tika's XHTML output, counting characters against the budget and stopping on an interrupt. */
    private static final class Counted extends ContentHandlerDecorator {
        private final ReadBudget budget;

        Counted(ToXMLContentHandler handler, ReadBudget budget) {
            super(handler);
            this.budget = budget;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            budget.tick();
            budget.chars(length);
            super.characters(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                throws SAXException {
            budget.tick();
            super.startElement(uri, localName, name, atts);
        }
    }

    /** The shared parser (for tests that inspect what it holds). */
    static AutoDetectParser parser() {
        return Holder.PARSER;
    }

    static DocumentContent.Markup word(byte[] bytes, String fileName, ReadBudget budget)
            throws DocumentException, IOException {
        AutoDetectParser parser = Holder.PARSER;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type;
        try (InputStream in = TikaInputStream.get(bytes)) {
            type = parser.getDetector().detect(in, metadata);
        }
        if (!Holder.SUPPORTED.contains(type.getBaseType())) {
            throw new DocumentException("a " + type.getBaseType() + " file: no Tika parser for it on the "
                    + "classpath (Word, WPS and RTF need org.apache.tika:tika-parser-microsoft-module; "
                    + "OpenDocument needs tika-parser-miscoffice-module)");
        }
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, new Counted(handler, budget), metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new DocumentException("a password-protected " + type.getSubtype() + " file: it needs a "
                    + "password to open");
        } catch (TikaException | SAXException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            // the cause is kept: a limit of the budget passed inside Tika is found in it by the library
            throw new DocumentException("could not read the " + type.getBaseType() + " file: "
                    + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()), e);
        }
        Document xhtml = Jsoup.parse(handler.toString(), "", Parser.htmlParser().setTrackPosition(true));
        if (type.getBaseType().equals(DOCX)) {
            DocxSpans.apply(xhtml, bytes);
        }
        return new DocumentContent.Markup(xhtml, type.getBaseType().toString());
    }
}
