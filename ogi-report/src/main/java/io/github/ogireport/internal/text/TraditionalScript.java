package io.github.ogireport.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text in traditional characters, and the pinyin glosses some mirrors add to it ({@code 規(guī)章}): detection
 * and a simplified folding for matching labels, headings and phrases. Not API.
 *
 * <p>The folding is ICU4J's {@code Traditional-Simplified} transliterator, generated once into the resource
 * {@value #RESOURCE} (one traditional character and its simplified form a line; {@code TraditionalScriptTest}
 * regenerates it from ICU4J, a test dependency only, and fails when the committed table differs). Only the
 * mappings of one UTF-16 unit to one are kept, so a folded text has the length of the text it came from and
 * every offset in it is an offset in the printed text; the 174 others map rare characters to ones outside
 * the BMP and matter to no label.
 *
 * <p>The table is read on the first page in traditional script, not before: {@link #isTraditional} first asks
 * the JDK's GB2312 encoder, which has the simplified standard set and almost no traditional-only character,
 * and reads the table only when enough characters fall outside it.
 */
public final class TraditionalScript {
    /** The generated table, beside this class. */
    static final String RESOURCE = "traditional-simplified.txt";
    /** Fewer traditional characters than this is a name or a quotation, not a page in traditional script. */
    public static final int MIN_CHARACTERS = 8;
    /** The share of Han characters that must be traditional-only, in percent. */
    private static final int MIN_SHARE = 10;
    /** How much of a text detection reads. */
    private static final int SAMPLE = 8192;
    /** A pinyin gloss after a Han character: a syllable with a tone mark, in brackets (規(guī)章, 鄉（xiāng）). */
    private static final Pattern GLOSS = Pattern.compile(
            "(?<=[\\p{IsHan}])[(（][a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]");
    private static final int MIN_GLOSSES = 3;
    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    private TraditionalScript() {
    }

    /** True when the text reads as traditional characters: enough of its Han characters are traditional-only. */
    public static boolean isTraditional(CharSequence text) {
        Screen screen = new Screen();
        screen.add(text);
        if (!screen.mayBeTraditional()) {
            return false;
        }
        int end = Math.min(text.length(), SAMPLE);
        int han = screen.han;
        char[] map = Table.MAP;
        int traditional = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (isHan(c) && map[c] != 0) {
                traditional++;
            }
        }
        return traditional >= MIN_CHARACTERS && traditional * 100 >= han * MIN_SHARE;
    }

    /** The simplified folding of {@code s}, character for character: the result has the same length. */
    public static String fold(String s) {
        char[] map = Table.MAP;
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char simple = map[c];
            if (simple != 0) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = simple;
            }
        }
        return out == null ? s : new String(out);
    }

    /**
     * The first test of {@link #isTraditional} and {@link #hasGlosses} on texts read one after the other as one
     * sample (each followed by a line break, as a caller joining them would), without joining them: the characters
     * are looked at once, and most pages are found to need neither answer. Not thread-safe: one per sample.
     */
    public static final class Screen {
        private int length;
        private int han;
        private int outsideGb2312;
        private boolean toneMark;

        /** Reads {@code text} and the line break after it; false once the sample is full (nothing read). */
        public boolean add(CharSequence text) {
            if (length >= SAMPLE) {
                return false;
            }
            int end = Math.min(text.length(), SAMPLE - length);
            for (int i = 0; i < end; i++) {
                char c = text.charAt(i);
                if (isHan(c)) {
                    han++;
                    if (!Gb2312.encodes(c)) {
                        outsideGb2312++;
                    }
                } else if (c >= '\u00E0' && c <= '\u01DC' && TONE_MARKS.indexOf(c) >= 0) {
                    toneMark = true;
                }
            }
            length += text.length() + 1;
            return true;
        }

        /**
         * Reads a text of {@code length} characters known to hold no Han character and no tone mark (digits), and the
         * line break after it: what {@link #add} would do with it, without looking at it.
         */
        public void skip(int length) {
            if (this.length < SAMPLE) {
                this.length += length + 1;
            }
        }

        /**
         * False when the sample read so far is sure to be neither traditional ({@link #isTraditional} false) nor
         * glossed ({@link #hasGlosses} false): no tone mark, and too few characters outside GB2312.
         */
        public boolean mayNeedFolding() {
            return toneMark || mayBeTraditional();
        }

        /** False when the sample read so far is sure not to be traditional: too few characters outside GB2312. */
        boolean mayBeTraditional() {
            return outsideGb2312 >= MIN_CHARACTERS && outsideGb2312 * 100 >= han * MIN_SHARE;
        }
    }

    /** True when the text carries pinyin glosses (three or more), as some mirrors add them. */
    public static boolean hasGlosses(CharSequence text) {
        if (!hasToneMark(text, Math.min(text.length(), SAMPLE))) {
            return false; // the common case, without copying the sample or running the expression
        }
        CharSequence sample = text.subSequence(0, Math.min(text.length(), SAMPLE));
        Matcher m = GLOSS.matcher(sample);
        int n = 0;
        while (n < MIN_GLOSSES && m.find()) {
            n++;
        }
        return n >= MIN_GLOSSES;
    }

    /** The text without its pinyin glosses ({@code 規(guī)章} → {@code 規章}). */
    public static String stripGlosses(String s) {
        if (s.indexOf('(') < 0 && s.indexOf('（') < 0) {
            return s;
        }
        return GLOSS.matcher(s).replaceAll("");
    }

    /**
     * True for a Han character GB2312 does not encode: only {@value #MIN_CHARACTERS} or more of these let a text's
     * {@link Screen} say it may be traditional. A decoder counting them as it writes the characters can tell a
     * page that needs no folding without a second look.
     */
    public static boolean isHanOutsideGb2312(char c) {
        return isHan(c) && !Gb2312.encodes(c);
    }

    /** True for a tone mark of a pinyin gloss (what {@link Screen} and {@link #hasGlosses} look for first). */
    public static boolean isToneMark(char c) {
        return c >= '\u00E0' && c <= '\u01DC' && TONE_MARKS.indexOf(c) >= 0;
    }

    private static boolean hasToneMark(CharSequence s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '\u00E0' && c <= '\u01DC' && TONE_MARKS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF';
    }

    /**
     * Whether the JDK's GB2312 charset (module jdk.charsets) encodes a Han character, as one bit a character: the
     * set is read on first use by decoding every double-byte code of GB2312 once (a string of 8,000 characters,
     * well under a millisecond; asking the encoder character by character cost 8 ms of each cold start). The
     * bits of the basic ideographs, where all of GB2312's Han characters are, take 2.6 KB: the screen of a page
     * reads them from the first cache.
     */
    static final class Gb2312 {
        /** One bit per character: GB2312 has it (no bit set on a runtime without the charset). */
        private static final long[] ENCODED = load();

        private Gb2312() {
        }

        /** True when GB2312 encodes {@code c} (false for every character on a runtime without the charset). */
        static boolean encodes(char c) {
            return (ENCODED[c >>> 6] & 1L << c) != 0;
        }

        private static long[] load() {
            long[] bits = new long[0x10000 / 64];
            if (!Charset.isSupported("GB2312")) {
                return bits;
            }
            Charset gb2312 = Charset.forName("GB2312");
            // every code of two bytes from A1A1 to FEFE: row and cell bytes both in A1–FE (EUC-CN)
            byte[] codes = new byte[94 * 94 * 2];
            int n = 0;
            for (int row = 0xA1; row <= 0xFE; row++) {
                for (int cell = 0xA1; cell <= 0xFE; cell++) {
                    codes[n++] = (byte) row;
                    codes[n++] = (byte) cell;
                }
            }
            String decoded = new String(codes, gb2312);
            for (int i = 0; i < decoded.length(); i++) {
                char c = decoded.charAt(i);
                // a code GB2312 leaves unassigned decodes as U+FFFD; a Han character decoded is one it encodes
                // (Gb2312Test holds this against the encoder, character by character)
                if (isHan(c)) {
                    bits[c >>> 6] |= 1L << c;
                }
            }
            return bits;
        }
    }

    /** The table, read on first use (the holder idiom: loaded once, by the first traditional page). */
    private static final class Table {
        static final char[] MAP = load();

        private static char[] load() {
            char[] map = new char[0x10000];
            try (InputStream in = TraditionalScript.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing: " + RESOURCE);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.length() == 2 && line.charAt(0) != '#') {
                        map[line.charAt(0)] = line.charAt(1);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return map;
        }
    }
}
