package io.github.ogireport.internal.run;

import io.github.ogireport.internal.io.Decoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence that a PDF or Word file is damaged, read from its bytes: PDFBox and POI repair what they can and
 * read the rest silently (the first half of a PDF whose catalog comes first reads as a report missing five
 * sections), so the damage is named as a problem. Not API.
 *
 * <ul>
 * <li>PDF: no {@code %%EOF} in its last 1,024 bytes (cut off), or a {@code startxref} that points at no
 *     cross-reference table or stream (PDFBox then rebuilds the table by scanning the file);</li>
 * <li>DOCX: no ZIP end-of-central-directory record (cut off: the entries are read, if at all, one by one
 *     from the front).</li>
 * </ul>
 */
final class Damage {
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d{1,12})");
    private static final Pattern XREF_AT = Pattern.compile("\\A\\s*(?:xref|\\d+\\s+\\d+\\s+obj)");

    private Damage() {
    }

    /** What is damaged in {@code bytes} of this container, or null when nothing shows. */
    static String of(byte[] bytes, Decoder.Binary binary) {
        if (binary == Decoder.Binary.PDF) {
            return pdf(bytes);
        }
        if (binary == Decoder.Binary.ZIP) {
            return zip(bytes);
        }
        return null;
    }

    private static String pdf(byte[] b) {
        String tail = ascii(b, Math.max(0, b.length - 1024), b.length);
        if (!tail.contains("%%EOF")) {
            return "the PDF ends without its end-of-file marker (%%EOF): it was cut off, and only the part "
                    + "before the cut was read";
        }
        Matcher m = STARTXREF.matcher(tail);
        long at = -1;
        while (m.find()) {
            at = Long.parseLong(m.group(1));
        }
        if (at < 0 || at >= b.length || !XREF_AT.matcher(ascii(b, (int) at, (int) Math.min(b.length, at + 64)))
                .find()) {
            return "the PDF's cross-reference table is missing or misplaced: the reader rebuilt it by scanning "
                    + "the file, and parts may be lost";
        }
        return null;
    }

    private static String zip(byte[] b) {
        int from = Math.max(0, b.length - 65_557); // the record (22 bytes) and a comment of at most 65,535
        for (int i = b.length - 22; i >= from; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return null;
            }
        }
        return "the Word file's ZIP container has no central directory: it was cut off, and only the parts "
                + "before the cut were read";
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
