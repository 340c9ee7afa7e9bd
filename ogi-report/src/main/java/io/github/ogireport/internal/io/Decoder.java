package io.github.ogireport.internal.io;

import io.github.ogireport.internal.text.TraditionalScript;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects the container and charset of a report from its bytes and file name, and decodes it. Not API.
 *
 * <p>Order: a BOM (UTF-8, UTF-16 LE/BE) wins; then strict UTF-8; then the charset an HTML page declares;
 * then GB18030, a superset of GBK and GB2312 (jsoup alone would read an undeclared GBK page as UTF-8 and
 * garble it: engineering-notes §1.6).
 */
public final class Decoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** How many characters of a text the share of controls is measured on. */
    private static final int CONTROL_SAMPLE = 8192;
    /** How many characters of a text are looked at for the markup an HTML page starts with. */
    private static final int HTML_HEAD = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_START = Pattern.compile(
            "\\A\\s*(<!--.*?-->\\s*)*<(!doctype\\s+html|html|head|body|meta|table|div|p)[\\s>/]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Decoder() {
    }

    /** Binary containers read through Tika (PDF, Word, RTF), by their first bytes. */
    public enum Binary {
        /** {@code %PDF}. */
        PDF("PDF"),
        /** A ZIP container: DOCX (or ODT and others, which Tika tells apart). */
        ZIP("Word (DOCX)"),
        /** An OLE2 compound file: DOC or WPS. */
        OLE2("Word (DOC/WPS)"),
        /** The RTF signature. */
        RTF("RTF");

        private final String label;

        Binary(String label) {
            this.label = label;
        }

        /** How a user calls it, e.g. {@code PDF}. */
        public String label() {
            return label;
        }
    }

    /** The binary container the bytes start with, or null for text. */
    public static Binary binary(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return Binary.PDF;
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return Binary.ZIP;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Binary.OLE2;
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return Binary.RTF;
        }
        return null;
    }

    /**
     * Decodes {@code bytes}.
     *
     * @throws UnreadableException with a reason a user can act on when the bytes are not a text report
     */
    public static Decoded decode(byte[] bytes, String fileName) throws UnreadableException {
        if (bytes.length == 0) {
            throw new UnreadableException("empty file");
        }
        Binary binary = binary(bytes);
        if (binary != null) {
            throw new UnreadableException("a " + binary.label() + " file: read it with Documents, not as text");
        }
        String text;
        String charset;
        String note = "";
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            charset = "UTF-8";
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
            charset = "UTF-16LE";
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
            charset = "UTF-16BE";
        } else if (looksLikeNulPadded(bytes)) {
            throw new UnreadableException("binary content (NUL bytes): not a text or HTML report");
        } else {
            Utf8 utf8 = utf8(bytes);
            if (utf8 != null) {
                // the common case: the characters the decoder wrote are the text, its controls counted on the way
                if ((double) utf8.bad / Math.min(utf8.length, CONTROL_SAMPLE) > 0.05) {
                    throw new UnreadableException("binary content: not a text or HTML report");
                }
                CharSequence head = CharBuffer.wrap(utf8.chars, 0, Math.min(utf8.length, HTML_HEAD));
                boolean html = isHtml(head, fileName);
                // markup may write characters the bytes do not hold (&#x81FA;): only page text is screened here
                return new Decoded(utf8.chars, utf8.length, utf8.lines, "UTF-8", html ? Decoded.Container.HTML
                        : Decoded.Container.TEXT, !html && utf8.simplified);
            }
            Charset declared = declaredCharset(bytes);
            Charset other = declared != null && !isSingleByte(declared) ? declared : GB18030;
            PerLine mixed = PerLine.decode(bytes, other);
            if (mixed != null) {
                // some lines are clean UTF-8, others are not: each line in its own charset, and say which
                text = mixed.text();
                charset = "UTF-8";
                note = mixed.note();
            } else {
                Charset use = declared != null ? declared : GB18030;
                text = new String(bytes, use);
                charset = use.name();
                if (use != GB18030 && isSingleByte(use) && cjkShare(text) == 0) {
                    // a page declaring a Western charset holds no Chinese at all that way: if it reads as
                    // Chinese in GB18030 (no replacement characters, mostly CJK) the declaration is wrong
                    String gb = new String(bytes, GB18030);
                    if (replacementShare(gb) < 0.001 && cjkShare(gb) > 0.5) {
                        note = "declares charset " + declared.name() + " but holds no Chinese that way; read as "
                                + "GB18030, where it does";
                        text = gb;
                        charset = GB18030.name();
                    }
                }
            }
        }
        if (controlRatio(text) > 0.05) {
            throw new UnreadableException("binary content: not a text or HTML report");
        }
        return new Decoded(text, charset, isHtml(text, fileName) ? Decoded.Container.HTML : Decoded.Container.TEXT,
                note);
    }

    /** True for a charset of one byte per character (ISO-8859-*, windows-125*): it decodes any bytes. */
    private static boolean isSingleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    /** The share of CJK ideographs among the characters outside ASCII (0 when there are none). */
    static double cjkShare(String text) {
        long other = 0;
        long cjk = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            other++;
            if (c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF') {
                cjk++;
            }
        }
        return other == 0 ? 0 : (double) cjk / other;
    }

    private static double replacementShare(String text) {
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        return text.isEmpty() ? 0 : (double) bad / text.length();
    }

    /** True when the name or the first characters say HTML. */
    static boolean isHtml(CharSequence text, String fileName) {
        if (namedHtml(fileName)) {
            return true;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return false;
        }
        CharSequence head = text.length() > HTML_HEAD ? text.subSequence(0, HTML_HEAD) : text;
        return HTML_START.matcher(head).find();
    }

    /** True when the file's name says HTML ({@code .html}, {@code .htm}, {@code .shtml}, {@code .xhtml}, any case). */
    public static boolean namedHtml(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".xhtml");
    }

    static boolean looksLikeNulPadded(byte[] b) {
        int n = Math.min(b.length, 8192);
        int i = 0;
        // eight bytes at a time: a word holds a zero byte when (x - 0x01…01) & ~x & 0x80…80 is not 0. Read through
        // a ByteBuffer, which compiles to the same loads as a VarHandle view but costs nothing to set up: the
        // VarHandle's set-up took 17-23 ms of a 0.3 s cold start (its method-handle machinery)
        ByteBuffer words = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        for (; i + 8 <= n; i += 8) {
            long x = words.getLong(i);
            if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
                return true;
            }
        }
        for (; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the UTF-8 decoding counts as it goes, for {@link #controlRatio}: the controls other than line breaks, tab
     * and form feed and the U+FFFD among the first {@value #CONTROL_SAMPLE} characters; -1 when the bytes are not
     * well-formed UTF-8.
     */
    static int controlsCounted(byte[] b) {
        Utf8 u = utf8(b);
        return u == null ? -1 : u.bad;
    }

    private static double controlRatio(String text) {
        int n = Math.min(text.length(), CONTROL_SAMPLE);
        if (n == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return (double) bad / n;
    }

    /** The bytes decoded as strict UTF-8, or null when they are not well-formed. */
    static String strictUtf8(byte[] bytes) {
        Utf8 u = utf8(bytes);
        return u == null ? null : new String(u.chars, 0, u.length);
    }

    /**
     * Text decoded from UTF-8: the first {@code length} characters of {@code chars}, and how many of the first
     * {@value #CONTROL_SAMPLE} are controls other than line breaks, tab and form feed, or U+FFFD (what
     * {@link #controlRatio} counts).
     */
    private record Utf8(char[] chars, int length, int bad, LineIndex lines, boolean simplified) {
    }

    /**
     * Fewer Han characters outside GB2312 than this in the whole text, and no tone mark: no text the text layout
     * makes of it can need folding ({@link Decoded#simplified}). The layout gives each character of the page to at
     * most two of its texts (a label of a table given cell by cell is a cell and a paragraph), so the texts hold
     * fewer than the {@link TraditionalScript#MIN_CHARACTERS} their screen needs.
     */
    static final int FOLDING_SCREEN = (TraditionalScript.MIN_CHARACTERS + 1) / 2;

    /**
     * Strict UTF-8 in one pass, straight into the characters the text layout reads (no string made, none looked
     * at again for replacement characters or controls): null at the first byte that is not well-formed (a cut,
     * overlong or surrogate sequence, a stray continuation byte, a code point past U+10FFFF), where the JDK's
     * strict decoder refuses too ({@code StrictUtf8Test} holds the two against each other).
     */
    private static Utf8 utf8(byte[] b) {
        int n = b.length;
        char[] out = new char[n];
        LineIndex lines = new LineIndex();
        int d = 0;
        int bad = 0;
        int outside = 0;
        boolean toneMark = false;
        int i = 0;
        while (i < n) {
            int x = b[i];
            if (x >= 0) {
                if (x <= 0x20) {
                    if (x == '\n') {
                        if (d > 0 && out[d - 1] == '\r') {
                            lines.skipTo(d + 1); // CR LF: one break, at the CR
                        } else {
                            lines.breakAt(d);
                        }
                    } else if (x == '\r') {
                        lines.breakAt(d);
                    } else {
                        lines.space();
                        if (x != ' ' && x != '\t' && x != '\f' && d < CONTROL_SAMPLE) {
                            bad++;
                        }
                    }
                } else if (x == '|') {
                    lines.pipe();
                }
                out[d++] = (char) x;
                i++;
            } else if ((x & 0xF0) == 0xE0) {
                if (i + 2 >= n) {
                    return null;
                }
                int y = b[i + 1];
                int z = b[i + 2];
                if ((y & 0xC0) != 0x80 || (z & 0xC0) != 0x80) {
                    return null;
                }
                int c = (x & 0x0F) << 12 | (y & 0x3F) << 6 | z & 0x3F;
                if (c >= 0x4000 && c < 0xA000) {
                    // most of a report: ideographs, never overlong, a surrogate, a pipe or a space; counted when
                    // GB2312 lacks them (a page in traditional script has many)
                    if (TraditionalScript.isHanOutsideGb2312((char) c)) {
                        outside++;
                    }
                    out[d++] = (char) c;
                    i += 3;
                    continue;
                }
                if (c < 0x800 || c >= 0xD800 && c <= 0xDFFF) {
                    return null; // overlong, or a surrogate written as UTF-8
                }
                if (TraditionalScript.isHanOutsideGb2312((char) c)) {
                    outside++;
                }
                if (c == 0xFFFD && d < CONTROL_SAMPLE) {
                    bad++;
                } else if (c == '｜') {
                    lines.fullWidthPipe();
                } else if (c <= 0x3000 && c >= 0x1680 && LineIndex.maySpace(c) || c == 0xFEFF) {
                    lines.space();
                }
                out[d++] = (char) c;
                i += 3;
            } else if ((x & 0xE0) == 0xC0) {
                if (i + 1 >= n) {
                    return null;
                }
                int y = b[i + 1];
                int c = (x & 0x1F) << 6 | y & 0x3F;
                if ((y & 0xC0) != 0x80 || c < 0x80) {
                    return null;
                }
                if (c == 0x85 || c == 0xA0) {
                    lines.space();
                } else if (TraditionalScript.isToneMark((char) c)) {
                    toneMark = true;
                }
                out[d++] = (char) c;
                i += 2;
            } else if ((x & 0xF8) == 0xF0) {
                if (i + 3 >= n) {
                    return null;
                }
                int y = b[i + 1];
                int z = b[i + 2];
                int w = b[i + 3];
                if ((y & 0xC0) != 0x80 || (z & 0xC0) != 0x80 || (w & 0xC0) != 0x80) {
                    return null;
                }
                int cp = (x & 0x07) << 18 | (y & 0x3F) << 12 | (z & 0x3F) << 6 | w & 0x3F;
                if (cp < 0x10000 || cp > Character.MAX_CODE_POINT) {
                    return null;
                }
                out[d++] = Character.highSurrogate(cp);
                out[d++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return null; // a continuation byte, or a byte no UTF-8 sequence starts with
            }
        }
        lines.finish(d);
        return new Utf8(out, d, bad, lines, !toneMark && outside < FOLDING_SCREEN);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("gb") || name.equals("x-gbk") || name.equals("cp936")) {
            return GB18030;
        }
        if (name.equals("utf-8") || name.equals("utf8")) {
            return null; // declared UTF-8 but not valid UTF-8: the declaration is wrong, fall back
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
