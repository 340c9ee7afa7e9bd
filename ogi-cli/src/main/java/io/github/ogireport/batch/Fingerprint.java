package io.github.ogireport.batch;

import io.github.ogireport.internal.text.Fold;
import io.github.ogireport.model.Paragraph;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * A compact fingerprint of a report's narrative and the share of one narrative repeated in another (内容雷同,
 * domain-spec §9 E3).
 *
 * <p>The narrative ({@code Report.paragraphs()}) is normalised: NFKC, every digit becomes {@code 0} (so a copy
 * with the year and the figures changed still counts as repeated: the 照抄往年 pattern), and everything but
 * letters and digits (spaces, punctuation) is dropped. Its character shingles of {@value #SHINGLE} characters
 * are hashed to 32 bits; the fingerprint keeps the number of distinct shingles and the {@value #SKETCH}
 * smallest hashes (a bottom-k sketch, at most 2 KB whatever the report's length).
 *
 * <p>The figure is the <em>containment</em> of this year's shingles in last year's, |A ∩ B| / |A|: the share of
 * this report's text that already stood in the previous one. Unlike Jaccard it is not lowered when a report
 * repeats last year's text and adds a little; unlike a longest-common-substring coverage it needs neither
 * text at comparison time and it also finds repeated paragraphs that moved. It is exact when both narratives
 * have at most {@value #SKETCH} distinct shingles (about 500 characters) and otherwise estimated from the
 * sketches (Jaccard from the bottom-k of the union, standard error about 0.02 near 0.8, then converted with
 * the set sizes).
 */
public final class Fingerprint {
    /** Shingle length in characters. */
    public static final int SHINGLE = 6;
    /** The number of hashes kept. */
    public static final int SKETCH = 512;
    /** Fewer distinct shingles than this: too little narrative to compare. */
    public static final int MIN_SHINGLES = 20;

    private final int size;
    private final int[] hashes;

    private Fingerprint(int size, int[] hashes) {
        this.size = size;
        this.hashes = hashes;
    }

    /** The fingerprint of a report's paragraphs. */
    public static Fingerprint of(List<Paragraph> paragraphs) {
        // the paragraphs as if joined by line breaks: a control character only ends a line of normalise's
        StringBuilder b = new StringBuilder();
        for (Paragraph p : paragraphs) {
            normalise(p.text(), b);
        }
        return ofNormalised(b.toString());
    }

    /** The fingerprint of a text. */
    public static Fingerprint of(String text) {
        return ofNormalised(normalise(text));
    }

    private static Fingerprint ofNormalised(String n) {
        int count = n.length() - SHINGLE + 1;
        if (count <= 0) {
            return new Fingerprint(0, new int[0]);
        }
        int[] all = new int[count];
        for (int i = 0; i < count; i++) {
            all[i] = hash(n, i);
        }
        sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return new Fingerprint(distinct, Arrays.copyOf(all, Math.min(distinct, SKETCH)));
    }

    /** Below this many hashes {@link Arrays#sort} is quicker than the radix sort's four passes. */
    private static final int RADIX_FROM = 512;

    /**
     * Sorts the hashes (as signed ints, as {@link Arrays#sort} does): a least-significant-digit radix sort, a
     * byte per pass, for the thousands of hashes of a whole narrative, where it takes a third of a comparison
     * sort's time.
     */
    static void sort(int[] a) {
        if (a.length < RADIX_FROM) {
            Arrays.sort(a);
            return;
        }
        int[] from = a;
        int[] to = new int[a.length];
        int[] count = new int[257];
        for (int shift = 0; shift < 32; shift += 8) {
            java.util.Arrays.fill(count, 0);
            // the top byte with its sign bit flipped, so that negative hashes come first
            int flip = shift == 24 ? 0x80 : 0;
            for (int v : from) {
                count[(((v >>> shift) & 0xFF) ^ flip) + 1]++;
            }
            for (int i = 0; i < 256; i++) {
                count[i + 1] += count[i];
            }
            for (int v : from) {
                to[count[((v >>> shift) & 0xFF) ^ flip]++] = v;
            }
            int[] t = from;
            from = to;
            to = t;
        }
        // four passes: the sorted hashes are back in a
    }

    /** The text as compared: NFKC, digits as 0, letters only, Latin lower-cased. */
    static String normalise(String text) {
        return normalise(text, new StringBuilder(text.length())).toString();
    }

    /** Appends {@link #normalise(String)}'s text of {@code text} to {@code b}. */
    private static StringBuilder normalise(String text, StringBuilder b) {
        // NFKC line by line (between any control characters): a control character is a starter that neither
        // decomposes nor composes with a neighbour, so the NFKC of the whole is that of its lines joined, and
        // each line can take Fold's fast path, which stops at the first character outside its stable set (the
        // paragraphs' line breaks sent every whole narrative through the JDK's normaliser)
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) < 0x20) {
                if (i > from) {
                    letters(Fold.nfkc(text.substring(from, i)), b);
                }
                from = i + 1;
            }
        }
        return b;
    }

    /** Appends the letters and digits of an NFKC text as compared (digits as 0, Latin lower-cased). */
    private static void letters(String n, StringBuilder b) {
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FFC') {
                b.append(c); // CJK ideographs U+4E00..U+9FFC (Java 17: Unicode 13): letters without case, most of a narrative
            } else if (Character.isDigit(c)) {
                b.append('0');
            } else if (Character.isLetter(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
    }

    private static int hash(String s, int from) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + SHINGLE; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h;
    }

    /** The number of distinct shingles. */
    public int size() {
        return size;
    }

    /** True when there is enough narrative to compare. */
    public boolean comparable() {
        return size >= MIN_SHINGLES;
    }

    /**
     * The share of this narrative's shingles that also occur in {@code previous} (0..1), or -1 when either
     * is too short to compare.
     */
    public double containedIn(Fingerprint previous) {
        Objects.requireNonNull(previous, "previous");
        if (!comparable() || !previous.comparable()) {
            return -1;
        }
        if (size <= SKETCH && previous.size <= SKETCH) {
            return (double) intersection(hashes, previous.hashes) / size;
        }
        int k = Math.min(hashes.length, previous.hashes.length);
        int i = 0;
        int j = 0;
        int taken = 0;
        int both = 0;
        while (taken < k) {
            int a = hashes[i];
            int b = previous.hashes[j];
            if (a == b) {
                both++;
                i++;
                j++;
            } else if (a < b) {
                i++;
            } else {
                j++;
            }
            taken++;
        }
        double jaccard = (double) both / k;
        double inter = jaccard / (1 + jaccard) * (size + previous.size);
        return Math.max(0, Math.min(1, inter / size));
    }

    private static int intersection(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** The fingerprint as text: {@code size:base64(hashes)}. */
    public String encode() {
        return encode(new StringBuilder()).toString();
    }

    /** Appends {@link #encode()}'s text to {@code out}. */
    StringBuilder encode(StringBuilder out) {
        byte[] bytes = new byte[hashes.length * 4];
        for (int i = 0; i < hashes.length; i++) {
            int h = hashes[i];
            bytes[4 * i] = (byte) (h >>> 24);
            bytes[4 * i + 1] = (byte) (h >>> 16);
            bytes[4 * i + 2] = (byte) (h >>> 8);
            bytes[4 * i + 3] = (byte) h;
        }
        // Base64's bytes are ASCII: a Latin-1 string of them is appended in one copy
        return out.append(size).append(':').append(new String(Base64.getEncoder().withoutPadding().encode(bytes),
                java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** Reads {@link #encode()}'s text. */
    public static Fingerprint decode(String s) {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return decode(b, 0, b.length);
    }

    /** Reads {@link #encode()}'s text from its bytes {@code text[from..to)} (ASCII). */
    static Fingerprint decode(byte[] text, int from, int to) {
        int colon = from;
        while (colon < to && text[colon] != ':') {
            colon++;
        }
        if (colon == to) {
            throw new IllegalArgumentException("not a fingerprint: no ':'");
        }
        int size = Integer.parseInt(new String(text, from, colon - from, java.nio.charset.StandardCharsets.ISO_8859_1));
        ByteBuffer buf = Base64.getDecoder().decode(ByteBuffer.wrap(text, colon + 1, Math.max(0, to - colon - 1)));
        int[] hashes = new int[buf.remaining() / 4];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = buf.getInt();
        }
        return new Fingerprint(size, hashes);
    }
}
