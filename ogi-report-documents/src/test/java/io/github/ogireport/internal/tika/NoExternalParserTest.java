package io.github.ogireport.internal.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.junit.jupiter.api.Test;

/**
 * No external process while parsing: the shared AutoDetectParser holds no parser that runs a program (Tika's
 * ExternalParser, the Tesseract OCR parser), and the parse context turns OCR off for any PDF met inside a
 * Word file. (PDFs themselves are read by PDFBox directly, which neither runs programs nor parses XFA.)
 */
class NoExternalParserTest {
    /** Object, not Parser, in the signature: the tika-absent run must be able to load this class. */
    private static void leaves(Object o, List<Object> out) {
        Parser p = (Parser) o;
        if (p instanceof CompositeParser) {
            for (Parser child : ((CompositeParser) p).getAllComponentParsers()) {
                leaves(child, out);
            }
            Map<MediaType, Parser> byType = ((CompositeParser) p).getParsers();
            for (Parser child : byType.values()) {
                if (child instanceof CompositeParser) {
                    leaves(child, out);
                } else {
                    out.add(child);
                }
            }
        } else {
            out.add(p);
        }
    }

    @Test
    void theSharedParserRunsNoProgram() {
        List<Object> all = new ArrayList<>();
        leaves(TikaDocuments.parser(), all);
        assertFalse(all.isEmpty());
        List<String> names = new ArrayList<>();
        for (Object p : all) {
            String n = p.getClass().getName();
            names.add(n);
            assertFalse(p instanceof org.apache.tika.parser.external.ExternalParser, n);
            assertFalse(p instanceof org.apache.tika.parser.external2.ExternalParser, n);
            assertFalse(n.contains("Tesseract") || n.contains("OCR") || n.contains("External"), n);
        }
        assertTrue(names.contains("org.apache.tika.parser.microsoft.ooxml.OOXMLParser"), names.toString());
    }

    @Test
    void theParseContextTurnsOcrOff() {
        ParseContext context = TikaDocuments.context();
        assertEquals(PDFParserConfig.OCR_STRATEGY.NO_OCR, context.get(PDFParserConfig.class).getOcrStrategy());
        assertFalse(context.get(PDFParserConfig.class).isExtractInlineImages());
    }
}
