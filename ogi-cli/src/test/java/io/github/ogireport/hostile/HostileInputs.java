package io.github.ogireport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDXFAResource;

/**
 * Makes the hostile inputs too large to commit (testdata/hostile/README.md lists them all) into
 * {@code target/hostile/}, each once per run (a file already there is reused). Small ones are committed in
 * testdata/hostile/ and can be remade with {@link #main}.
 */
public final class HostileInputs {
    /** Where the generated inputs go. */
    public static final Path DIR = Path.of("target/hostile");
    /** The committed ones. */
    public static final Path COMMITTED = Path.of("testdata/hostile");
    /** A Word file with a table, the base of the DOCX inputs. */
    static final Path DOCX = Path.of("testdata/documents/2024-f2021.docx");
    /** A PDF with text, the base of the XFA input. */
    static final Path PDF = Path.of("testdata/documents/2024-f2021-split.pdf");

    private HostileInputs() {
    }

    /** Writes the committed fixtures again: {@code mvn -q test-compile exec:java} is not set up; run from an IDE. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(COMMITTED);
        Files.writeString(COMMITTED.resolve("rowspan-100000.html"), rowspan());
        Files.writeString(COMMITTED.resolve("number-1000-digits.html"), longNumber());
        Files.write(COMMITTED.resolve("invalid-utf8.txt"), invalidUtf8());
        Files.write(COMMITTED.resolve("mixed-encodings.html"), mixedEncodings());
        Files.writeString(COMMITTED.resolve("hostile-labels.txt"), hostileLabels());
    }

    private static Path once(String name, Writer w) throws IOException {
        Files.createDirectories(DIR);
        Path file = DIR.resolve(name);
        if (!Files.exists(file)) {
            Path tmp = DIR.resolve(name + ".tmp");
            w.write(tmp);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private interface Writer {
        void write(Path to) throws IOException;
    }

    /** A DOCX whose word/document.xml inflates to {@code gib} GiB of text (a 2 MB zip per GiB). */
    static Path zipBomb(int gib) throws IOException {
        return once("zip-bomb-" + gib + "gib.docx", to -> rewriteDocx(to, (entry, in, out) -> {
            if (!entry.equals("word/document.xml")) {
                in.transferTo(out);
                return;
            }
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                    + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            for (long i = 0; i < gib * 1024L; i++) {
                out.write(chunk);
            }
            out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }));
    }

    /**
     * A DOCX whose document.xml declares external entities (a local file, a URL) and uses them in its text.
     *
     * @param file the file the entity names
     * @param url  the URL the other entity names
     */
    static Path docxXxe(Path file, String url) throws IOException {
        Path to = DIR.resolve("xxe-" + Math.abs((file + url).hashCode()) + ".docx");
        Files.createDirectories(DIR);
        rewriteDocx(to, (entry, in, out) -> {
            if (!entry.equals("word/document.xml")) {
                in.transferTo(out);
                return;
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int decl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
            String doctype = "<!DOCTYPE w:document [<!ENTITY file SYSTEM \"" + file.toUri() + "\">"
                    + "<!ENTITY net SYSTEM \"" + url + "\"><!ENTITY % remote SYSTEM \"" + url + "dtd\"> %remote;]>";
            int t = xml.indexOf("<w:t");
            int close = xml.indexOf('>', t) + 1;
            xml = xml.substring(0, decl) + doctype + xml.substring(decl, close) + "&file;&net;" + xml.substring(close);
            out.write(xml.getBytes(StandardCharsets.UTF_8));
        });
        return to;
    }

    private interface EntryRewriter {
        void rewrite(String entry, InputStream in, OutputStream out) throws IOException;
    }

    private static void rewriteDocx(Path to, EntryRewriter rewriter) throws IOException {
        try (ZipFile base = new ZipFile(DOCX.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            Enumeration<? extends ZipEntry> entries = base.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = base.getInputStream(e)) {
                    rewriter.rewrite(e.getName(), in, out);
                }
                out.closeEntry();
            }
        }
    }

    /** A PDF of {@code pages} blank pages. */
    static Path manyPages(int pages) throws IOException {
        return once("pages-" + pages + ".pdf", to -> {
            try (PDDocument doc = new PDDocument()) {
                for (int i = 0; i < pages; i++) {
                    doc.addPage(new PDPage());
                }
                doc.save(to.toFile());
            }
        });
    }

    /**
     * A PDF with text and an XFA form whose XML declares external entities (a local file, a URL).
     *
     * @param file the file the entity names
     * @param url  the URL the other entity names
     */
    static Path pdfXfaXxe(Path file, String url) throws IOException {
        Path to = DIR.resolve("xfa-xxe-" + Math.abs((file + url).hashCode()) + ".pdf");
        Files.createDirectories(DIR);
        try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
            String xfa = "<?xml version=\"1.0\"?><!DOCTYPE xdp [<!ENTITY file SYSTEM \"" + file.toUri() + "\">"
                    + "<!ENTITY net SYSTEM \"" + url + "\"><!ENTITY % remote SYSTEM \"" + url + "dtd\"> %remote;]>"
                    + "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template><subform><field name=\"a\">"
                    + "<value><text>&file;&net;</text></value></field></subform></template></xdp:xdp>";
            PDStream stream = new PDStream(doc);
            try (OutputStream os = stream.createOutputStream()) {
                os.write(xfa.getBytes(StandardCharsets.UTF_8));
            }
            PDAcroForm form = new PDAcroForm(doc);
            form.setXFA(new PDXFAResource(stream.getCOSObject()));
            doc.getDocumentCatalog().setAcroForm(form);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("NeedsRendering"),
                    org.apache.pdfbox.cos.COSBoolean.TRUE);
            doc.save(to.toFile());
        }
        return to;
    }

    /** {@code n} nested {@code <div>}s with a sentence at the bottom. */
    static Path deepNesting(int n) throws IOException {
        return once("nested-" + n + ".html", to -> {
            StringBuilder s = new StringBuilder(n * 11 + 100);
            s.append("<html><body>");
            s.append("<div>".repeat(n)).append("深处的一句话。").append("</div>".repeat(n));
            s.append("</body></html>");
            Files.writeString(to, s);
        });
    }

    /** One line of {@code mib} MiB with no line break: a run of values a spaced-row pattern would try. */
    static Path longLine(int mib) throws IOException {
        return once("line-" + mib + "mib.txt", to -> {
            try (OutputStream out = Files.newOutputStream(to)) {
                byte[] chunk = "/ ".repeat(1 << 19).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < mib; i++) {
                    out.write(chunk);
                }
                out.write('x');
            }
        });
    }

    static String rowspan() {
        return "<html><body><p>表格</p><table><tr><td rowspan=\"100000\">信息内容</td><td>1</td></tr>"
                + "<tr><td>2</td></tr></table></body></html>\n";
    }

    static String longNumber() {
        String digits = "9".repeat(999) + "7";
        return "<html><body><h1>2024年政府信息公开工作年度报告</h1><table><tr><td>信息内容</td><td>本年新制作数量</td>"
                + "<td>本年新公开数量</td><td>对外公开总数量</td></tr><tr><td>规章</td><td>" + digits + "</td><td>-"
                + digits + "</td><td>" + digits + "." + digits + "</td></tr></table><p>收到申请" + digits
                + "件。</p></body></html>\n";
    }

    static byte[] invalidUtf8() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] text = "一、总体情况\n本年收到申请3件。\n".getBytes(StandardCharsets.UTF_8);
        b.writeBytes(text);
        b.writeBytes(new byte[] {(byte) 0xC0, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xF8,
            (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0xFF, (byte) 0xFE, '\n'});
        b.writeBytes(text);
        b.writeBytes(new byte[] {(byte) 0xE4, (byte) 0xB8}); // truncated at the end
        return b.toByteArray();
    }

    static byte[] mixedEncodings() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("<html><head><meta charset=\"utf-8\"></head><body><p>".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("一、总体情况（UTF-8）".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("</p><p>".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("二、主动公开政府信息情况（GBK）".getBytes(java.nio.charset.Charset.forName("GBK")));
        b.writeBytes("</p><p>".getBytes(StandardCharsets.UTF_8));
        b.writeBytes("三、（UTF-16）".getBytes(StandardCharsets.UTF_16LE));
        b.writeBytes("</p></body></html>\n".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    /** A report whose title, labels, cells and sentences hold markup, formulas and control characters. */
    static String hostileLabels() {
        return "<script>alert(1)</script>2024年=HYPERLINK(\"http://x\")政府信息公开工作年度报告\n"
                + "一、总体情况<img src=x onerror=alert(2)>\n"
                + "本年收到申请3件。\u0001\u001b[31m\u2028\u2029\u0085\n"
                + "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
                + "| 规章\"><script>alert(3)</script> | =cmd|' /C calc'!A0 | +1 | @SUM(A1) |\n"
                + "| 行政规范性文件 | -2+3 | \t=1 | </td></tr></table><script>alert(4)</script> |\n";
    }
}
