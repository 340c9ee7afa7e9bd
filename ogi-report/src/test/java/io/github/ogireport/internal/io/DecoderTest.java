package io.github.ogireport.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecoderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String REPORT = "二、主动公开政府信息情况\n规章 | 0 | 0 | 0 |\n“三安全一稳定”　１２３\n";

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void strictUtf8WithoutBom() throws UnreadableException {
        Decoded d = Decoder.decode(REPORT.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(REPORT, d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(Decoded.Container.TEXT, d.container());
        assertEquals("text/plain; charset=UTF-8", d.contentType());
    }

    /** A U+FFFD the text holds itself is UTF-8 like any other character; only a malformed byte is not. */
    @Test
    void replacementCharacterOfItsOwnIsStillUtf8() throws UnreadableException {
        String text = REPORT.repeat(3) + "规章 | \uFFFD | 0 |\n";
        Decoded d = Decoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(text, d.text());
        assertEquals("UTF-8", d.charset());
        // GBK bytes decode leniently to U+FFFD: such a text is then decoded strictly, and is not UTF-8
        Decoded gbk = Decoder.decode(text.replace("\uFFFD", "一").getBytes(GBK), "a.txt");
        assertEquals("GB18030", gbk.charset());
        assertEquals(text.replace("\uFFFD", "一"), gbk.text());
    }

    @Test
    void utf8BomIsRemoved() throws UnreadableException {
        Decoded d = Decoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), REPORT.getBytes(StandardCharsets.UTF_8)), "a.txt");
        assertEquals(REPORT, d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void utf16LittleEndianWithBom() throws UnreadableException {
        Decoded d = Decoder.decode(concat(bytes(0xFF, 0xFE), REPORT.getBytes(StandardCharsets.UTF_16LE)), "a.txt");
        assertEquals(REPORT, d.text());
        assertEquals("UTF-16LE", d.charset());
    }

    @Test
    void utf16BigEndianWithBom() throws UnreadableException {
        Decoded d = Decoder.decode(concat(bytes(0xFE, 0xFF), REPORT.getBytes(StandardCharsets.UTF_16BE)), "a.txt");
        assertEquals(REPORT, d.text());
        assertEquals("UTF-16BE", d.charset());
    }

    /** UTF-16 without a BOM is full of NUL bytes: refused rather than garbled. */
    @Test
    void utf16WithoutBomIsRefused() {
        UnreadableException e = assertThrows(UnreadableException.class,
                () -> Decoder.decode(REPORT.getBytes(StandardCharsets.UTF_16LE), "a.txt"));
        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }

    @Test
    void gbkTextWithoutDeclarationFallsBackToGb18030() throws UnreadableException {
        byte[] gbk = REPORT.getBytes(GBK);
        Decoded d = Decoder.decode(gbk, "a.txt");
        assertEquals(REPORT, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void gbkHtmlWithoutMetaFallsBackToGb18030() throws UnreadableException {
        String html = "<html><body><p>" + REPORT + "</p></body></html>";
        Decoded d = Decoder.decode(html.getBytes(GBK), "page.html");
        assertEquals(html, d.text());
        assertEquals("GB18030", d.charset());
        assertEquals(Decoded.Container.HTML, d.container());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<meta charset=gb2312>", "<meta charset=\"GBK\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />", "<META CHARSET='x-gbk'>"})
    void declaredGbFamilyIsReadAsGb18030(String meta) throws UnreadableException {
        String html = "<html><head>" + meta + "</head><body>" + REPORT + "</body></html>";
        Decoded d = Decoder.decode(html.getBytes(GBK), "page.htm");
        assertEquals(html, d.text());
        assertEquals("GB18030", d.charset());
    }

    /** A page that says UTF-8 but is not valid UTF-8: the declaration is wrong, GB18030 is tried. */
    @Test
    void wrongUtf8DeclarationFallsBack() throws UnreadableException {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + REPORT + "</body></html>";
        Decoded d = Decoder.decode(html.getBytes(GBK), "page.html");
        assertEquals(html, d.text());
        assertEquals("GB18030", d.charset());
    }

    @Test
    void otherDeclaredCharsetIsUsed() throws UnreadableException {
        String html = "<html><head><meta charset=\"big5\"></head><body>政府資訊公開</body></html>";
        Decoded d = Decoder.decode(html.getBytes(Charset.forName("Big5")), "page.html");
        assertEquals(html, d.text());
        assertEquals("Big5", d.charset());
    }

    @Test
    void emptyFileIsRefused() {
        UnreadableException e = assertThrows(UnreadableException.class, () -> Decoder.decode(new byte[0], "a.txt"));
        assertEquals("empty file", e.getMessage());
    }

    @Test
    void pdfIsRefusedWithItsKind() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        UnreadableException e = assertThrows(UnreadableException.class, () -> Decoder.decode(pdf, "report.pdf"));
        assertTrue(e.getMessage().startsWith("a PDF file"), e.getMessage());
    }

    @Test
    void zipContainerIsRefusedWithItsKind() {
        byte[] zip = concat(bytes('P', 'K', 3, 4, 20, 0, 6, 0), "word/document.xml".getBytes(StandardCharsets.US_ASCII));
        UnreadableException e = assertThrows(UnreadableException.class, () -> Decoder.decode(zip, "report.docx"));
        assertTrue(e.getMessage().contains("DOCX"), e.getMessage());
    }

    @Test
    void ole2AndRtfAreRefusedWithTheirKind() {
        UnreadableException doc = assertThrows(UnreadableException.class,
                () -> Decoder.decode(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), "report.doc"));
        assertTrue(doc.getMessage().contains("DOC"), doc.getMessage());
        UnreadableException rtf = assertThrows(UnreadableException.class,
                () -> Decoder.decode("{\\rtf1\\ansi 报告}".getBytes(StandardCharsets.UTF_8), "report.rtf"));
        assertTrue(rtf.getMessage().contains("RTF"), rtf.getMessage());
    }

    @Test
    void binaryWithNulBytesIsRefused() {
        byte[] elf = bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0);
        UnreadableException e = assertThrows(UnreadableException.class, () -> Decoder.decode(elf, "a.txt"));
        assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
    }

    /** No NUL byte, but mostly control characters: still binary. */
    @Test
    void binaryWithControlCharactersIsRefused() {
        byte[] b = new byte[400];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (1 + i % 8);
        }
        UnreadableException e = assertThrows(UnreadableException.class, () -> Decoder.decode(b, "a.txt"));
        assertTrue(e.getMessage().startsWith("binary content"), e.getMessage());
    }

    /** The screens of bytes eight at a time say what a look at each byte or character says. */
    @Test
    void byteScreensSayWhatEachByteSays() {
        java.util.Random random = new java.util.Random(3);
        String pieces = "ab 规章|\n\r\t\f\u0000\u0001\u0007\u001b\u001f\u007f\u00e9\uff5c\ud83d\ude00";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                char c = pieces.charAt(random.nextInt(pieces.length()));
                b.append(Character.isSurrogate(c) ? "\ud83d\ude00" : String.valueOf(c));
            }
            String text = b.toString();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            int controls = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                controls += c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' ? 1 : 0;
            }
            assertEquals(controls, Decoder.controlsCounted(bytes), text);
            boolean nul = false;
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                nul |= bytes[i] == 0;
            }
            assertEquals(nul, Decoder.looksLikeNulPadded(bytes), text);
        }
        byte[] late = new byte[9000];
        Arrays.fill(late, (byte) 'a');
        late[8191] = 0;
        assertTrue(Decoder.looksLikeNulPadded(late));
        late[8191] = 'a';
        late[8192] = 0;
        assertFalse(Decoder.looksLikeNulPadded(late), "only the first 8 KB are screened");
    }

    /** A few stray control characters in real text are tolerated. */
    @Test
    void fewControlCharactersAreTolerated() throws UnreadableException {
        String text = REPORT.repeat(20) + "\u0007";
        assertEquals(text, Decoder.decode(text.getBytes(StandardCharsets.UTF_8), "a.txt").text());
    }

    @Test
    void containerFromFileNameThenContent() {
        assertTrue(Decoder.isHtml("规章 | 0 |", "x.html"));
        assertTrue(Decoder.isHtml("", "X.HTM"));
        assertTrue(Decoder.isHtml("", "a.shtml"));
        assertFalse(Decoder.isHtml("<html><body>x</body></html>", "a.txt"));
        assertFalse(Decoder.isHtml("<table><tr><td>1</td></tr></table>", "a.md"));
        assertTrue(Decoder.isHtml("<!DOCTYPE html>\n<html>", "download"));
        assertTrue(Decoder.isHtml("  <!-- saved from url -->\n<html lang=zh>", "download"));
        assertTrue(Decoder.isHtml("<table border=1><tr>", "<text>"));
        assertTrue(Decoder.isHtml("<p>一、总体情况</p>", "x"));
        assertFalse(Decoder.isHtml("一、总体情况\n<p>", "x"));
        assertFalse(Decoder.isHtml("<tablet>", "x"));
    }
}
