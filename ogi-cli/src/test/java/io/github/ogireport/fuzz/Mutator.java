package io.github.ogireport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Structure-aware mutations of report text: the layers under test (decoding, text and HTML layout, table and
 * section recognition) see inputs near real reports, not only random bytes.
 */
final class Mutator {
    /** Fragments that mean something to the parser. */
    private static final List<String> TOKENS = List.of("|", " | ", "||", "\n", "\n|\n", "<td>", "</td>", "<tr>",
            "<table>", "</table>", "<td rowspan=\"99999\">", "<td colspan=\"0\">", "<br>", "&nbsp;", "一、", "（一）",
            "三、本年度办理结果", "（七）总计", "总计", "本年新收", "结转下年度", "行政复议", "第二十条第（一）项", "信息内容",
            "本年制发件数", "规章", "/", "—", "0", "1,234", "１２", "96171.6", "-3", "+12", "251000元", "无", "2024年",
            "统计期限自2024年1月1日", "\u0000", "\uFEFF", "\u3000", "<script>", "\"", "\\", "999999999999999999999999",
            "收到政府信息公开申请3件", "均无。", "# ", "|---|---|");

    private final SplittableRandom random;

    Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One mutated input from {@code base}: several text-level edits, sometimes a byte-level one. */
    byte[] mutate(String base) {
        StringBuilder s = new StringBuilder(base);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(7)) {
                case 0: // insert a meaningful token
                    s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                    break;
                case 1: { // delete a span
                    int len = random.nextInt(Math.min(400, s.length() - Math.min(at, s.length()) + 1));
                    s.delete(Math.min(at, s.length()), Math.min(at + len, s.length()));
                    break;
                }
                case 2: { // duplicate a span (a table printed twice, a row repeated)
                    int from = random.nextInt(s.length());
                    int to = Math.min(s.length(), from + random.nextInt(600));
                    s.insert(at, s.substring(from, to));
                    break;
                }
                case 3: // replace a digit run by another number
                    if (at < s.length() && Character.isDigit(s.charAt(at))) {
                        s.setCharAt(at, (char) ('0' + random.nextInt(10)));
                    } else {
                        s.insert(at, random.nextInt(100000));
                    }
                    break;
                case 4: { // swap two lines
                    String[] lines = s.toString().split("\n", -1);
                    if (lines.length > 2) {
                        int a = random.nextInt(lines.length);
                        int b = random.nextInt(lines.length);
                        String t = lines[a];
                        lines[a] = lines[b];
                        lines[b] = t;
                        s = new StringBuilder(String.join("\n", lines));
                    }
                    break;
                }
                case 5: // truncate (a download cut off)
                    s.setLength(at);
                    break;
                default: // a random character, anywhere in the BMP
                    s.insert(at, (char) random.nextInt(0x20, 0xD7FF));
            }
        }
        byte[] bytes = s.toString().getBytes(random.nextInt(5) == 0 ? java.nio.charset.Charset.forName("GB18030")
                : StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) { // a byte-level flip: invalid UTF-8, stray NUL
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /**
     * One mutated binary document. DOCX: its word/document.xml mutated like text (the zip rebuilt, so the
     * XML parser, POI and the span repair see it), sometimes the zip bytes themselves; other files (PDF, DOC,
     * RTF): a few byte-level edits (flips, a chunk repeated, deleted or cut off).
     */
    byte[] mutateDocument(byte[] base, String name) {
        if (name.endsWith(".docx") && random.nextInt(4) != 0) {
            try {
                return mutateDocx(base);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        byte[] b = base.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && b.length > 1; i++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(5)) {
                case 0: // flip a few bytes
                    for (int k = 0; k < 1 + random.nextInt(8); k++) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                    break;
                case 1: { // repeat a chunk
                    int len = Math.min(b.length - at, 1 + random.nextInt(512));
                    byte[] out = new byte[b.length + len];
                    System.arraycopy(b, 0, out, 0, at + len);
                    System.arraycopy(b, at, out, at + len, b.length - at);
                    b = out;
                    break;
                }
                case 2: { // delete a chunk
                    int len = Math.min(b.length - at, 1 + random.nextInt(512));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                    break;
                }
                case 3: // cut off
                    b = java.util.Arrays.copyOf(b, Math.max(at, 8));
                    break;
                default: { // a digit changed (counts, lengths, offsets of a PDF)
                    for (int k = 0; k < 64; k++) {
                        int j = random.nextInt(b.length);
                        if (b[j] >= '0' && b[j] <= '9') {
                            b[j] = (byte) ('0' + random.nextInt(10));
                            break;
                        }
                    }
                }
            }
        }
        return b;
    }

    private byte[] mutateDocx(byte[] base) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(base));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(bytes)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    content = mutateXml(new String(content, StandardCharsets.UTF_8));
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Word markup that means something to POI and the span repair. */
    private static final List<String> XML_TOKENS = List.of("<w:gridSpan w:val=\"3\"/>", "<w:gridSpan w:val=\"99999\"/>",
            "<w:vMerge w:val=\"restart\"/>", "<w:vMerge/>", "<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>",
            "</w:tc>", "<w:tr>", "</w:tr>", "<w:tbl>", "</w:tbl>", "<w:t>总计</w:t>", "<w:gridBefore w:val=\"2\"/>",
            "&amp;", "&lt;script&gt;", "<![CDATA[x]]>", "<!-- -->");

    private byte[] mutateXml(String xml) {
        StringBuilder s = new StringBuilder(xml);
        int edits = 1 + random.nextInt(5);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(4)) {
                case 0: { // at a tag boundary, a Word token
                    int lt = s.indexOf("<", at);
                    s.insert(lt < 0 ? s.length() : lt, XML_TOKENS.get(random.nextInt(XML_TOKENS.size())));
                    break;
                }
                case 1: { // a whole element repeated (a row, a cell)
                    for (String tag : List.of("<w:tr>", "<w:tc>", "<w:p>")) {
                        int from = s.indexOf(tag, at);
                        int to = from < 0 ? -1 : s.indexOf("</" + tag.substring(1), from);
                        if (to > 0 && random.nextBoolean()) {
                            to += tag.length() + 1;
                            s.insert(to, s.substring(from, to));
                            break;
                        }
                    }
                    break;
                }
                case 2: { // a number in the text changed
                    int t = s.indexOf("<w:t", at);
                    int gt = t < 0 ? -1 : s.indexOf(">", t);
                    if (gt > 0) {
                        s.insert(gt + 1, random.nextInt(100000));
                    }
                    break;
                }
                default: // a byte of markup broken
                    if (at < s.length()) {
                        s.setCharAt(at, "<>&\"/ x".charAt(random.nextInt(7)));
                    }
            }
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
