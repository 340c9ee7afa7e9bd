package io.github.ogireport.internal.tika;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.LimitExceededException;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.layout.HtmlLayout;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.TextLayout;
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
        private final Budget budget;

        Counted(ToXMLContentHandler handler, Budget budget) {
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

    static Documents.Read word(byte[] bytes, String fileName, Budget budget) throws UnreadableException, IOException {
        AutoDetectParser parser = Holder.PARSER;
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type;
        try (InputStream in = TikaInputStream.get(bytes)) {
            type = parser.getDetector().detect(in, metadata);
        }
        if (!Holder.SUPPORTED.contains(type.getBaseType())) {
            throw new UnreadableException("a " + type.getBaseType() + " file: no Tika parser for it on the "
                    + "classpath (Word, WPS and RTF need org.apache.tika:tika-parser-microsoft-module; "
                    + "OpenDocument needs tika-parser-miscoffice-module)");
        }
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, new Counted(handler, budget), metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("a password-protected " + type.getSubtype() + " file: it needs a "
                    + "password to open");
        } catch (TikaException | SAXException e) {
            LimitExceededException limit = LimitExceededException.in(e);
            if (limit != null) {
                throw limit;
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            throw new UnreadableException("could not read the " + type.getBaseType() + " file: "
                    + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()));
        }
        Document xhtml = Jsoup.parse(handler.toString(), "", Parser.htmlParser().setTrackPosition(true));
        if (type.getBaseType().equals(DOCX)) {
            DocxSpans.apply(xhtml, bytes);
        }
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
        return new Documents.Read(layout, type.getBaseType().toString());
    }
}
