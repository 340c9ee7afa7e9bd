package io.github.ogireport.internal.tika;

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

    static Documents.Read word(byte[] bytes, String fileName) throws UnreadableException, IOException {
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
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableException("a password-protected " + type.getSubtype() + " file: it needs a "
                    + "password to open");
        } catch (TikaException | SAXException e) {
            throw new UnreadableException("could not read the " + type.getBaseType() + " file: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        Document xhtml = Jsoup.parse(handler.toString(), "", Parser.htmlParser().setTrackPosition(true));
        if (type.getBaseType().equals(DOCX)) {
            DocxSpans.apply(xhtml, bytes);
        }
        Layout layout = HtmlLayout.parse(xhtml);
        if (xhtml.getElementsByTag("table").isEmpty()) {
            // no table markup (Tika's RTF output puts every cell in a paragraph of its own): read the text
            // as page text, whose cell-per-line rows TextLayout rebuilds
            StringBuilder text = new StringBuilder();
            for (Line line : layout.lines()) {
                if (line instanceof Line.Paragraph) {
                    text.append(((Line.Paragraph) line).text()).append('\n');
                }
            }
            layout = TextLayout.parse(text.toString());
        }
        return new Documents.Read(layout, type.getBaseType().toString());
    }
}
