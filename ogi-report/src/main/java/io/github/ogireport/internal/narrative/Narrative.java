package io.github.ogireport.internal.narrative;

import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.internal.recognize.Scripts;
import io.github.ogireport.internal.text.Fold;
import io.github.ogireport.internal.text.TraditionalScript;
import io.github.ogireport.model.Heading;
import io.github.ogireport.model.Paragraph;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The narrative of a report as sentences, in document order: the preamble, then each section's paragraphs.
 *
 * <p>Page text extracted from PDF wraps sentences over several lines, each a paragraph of its own; such lines
 * are joined into one block first (the next line follows within two lines, the line does not end a sentence
 * and neither is a heading), so that "不予公开答复 2" and "件" on the next line read as one figure. Sentences
 * end at 。！？ (and their ASCII forms). Not API.
 */
public final class Narrative {
    /** Characters that end a sentence. */
    private static final String ENDS = "。！？!?";
    /** Characters that may follow the end of a sentence and still belong to it. */
    private static final String CLOSERS = "”’」』）)】]\"'";
    /** Characters after which a wrapped line is not continued: sentence ends, clause ends that close a list. */
    private static final String FINAL = "。！？!?；;：:";
    /** The numerals of a heading's ordinal ({@link #opensWithOrdinal}). */
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final int MAX_HEADING = 30;
    /**
     * A run of text longer than this without a full stop is cut into sentences of at most this length (at a
     * clause mark where there is one): the rules look at each figure's clause, quadratic in a sentence of a
     * megabyte (a hostile input, or table text run together). Real sentences are under 500 characters.
     */
    static final int MAX_SENTENCE = 2_000;
    private static final String CLAUSE_MARKS = "，,；;：:、";

    private final List<Sentence> sentences;
    private final boolean html;

    private Narrative(List<Sentence> sentences, boolean html) {
        this.sentences = List.copyOf(sentences);
        this.html = html;
    }

    /** The narrative of {@code report}. */
    public static Narrative of(Report report) {
        boolean html = namesHtml(report.contentType());
        Builder b = new Builder(html, report.outline(), Scripts.isTraditional(report));
        b.section(Optional.empty(), report.preamble());
        for (Section s : report.sections()) {
            b.section(Optional.of(s.id()), s.paragraphs());
        }
        return new Narrative(b.out, html);
    }

    /**
     * True when {@code type} holds "html" in any case of ASCII letters: what {@code
     * type.toLowerCase(Locale.ROOT).contains("html")} says (no other character lowercases to h, t, m or l).
     */
    static boolean namesHtml(String type) {
        for (int i = 0; i + 4 <= type.length(); i++) {
            if ((type.charAt(i) | 0x20) == 'h' && (type.charAt(i + 1) | 0x20) == 't'
                    && (type.charAt(i + 2) | 0x20) == 'm' && (type.charAt(i + 3) | 0x20) == 'l') {
                return true;
            }
        }
        return false;
    }

    /** Every sentence, in document order. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The sentences of one section. */
    public List<Sentence> sentences(SectionId id) {
        return sentences.stream().filter(s -> s.in(id)).toList();
    }

    /** The sentences of the preamble (before the first section). */
    public List<Sentence> preamble() {
        return sentences.stream().filter(s -> s.section().isEmpty()).toList();
    }

    /** The sentences of a block. */
    public List<Sentence> block(int block) {
        return sentences.stream().filter(s -> s.block() == block).toList();
    }

    /** True when the report was HTML (positions are those of paragraphs, not of sentences). */
    public boolean isHtml() {
        return html;
    }

    /**
     * {@link Text#key} of a sentence. Most sentences are made of characters NFKC leaves alone and full-width
     * ASCII forms (，：；（）１…, which NFKC maps to their ASCII character, none composing with a neighbour): those
     * are folded here in one pass, without the normaliser; any other sentence goes to {@link Text#key}.
     */
    static String key(String raw) {
        return key(raw.toCharArray(), 0, raw.length(), raw);
    }

    /** {@link #key(String)} of {@code raw}, whose characters are {@code a[from, to)} (a block's, read once). */
    private static String key(char[] a, int from, int to, String raw) {
        char[] out = null; // made at the first character that changes
        int j = 0;
        for (int i = from; i < to; i++) {
            char c = a[i];
            int k = c >= '\u4E00' && c <= '\u9FFF' && c != '钩' ? c : keyOf(c); // most: an ideograph, kept
            if (k == SLOW) {
                return Text.key(raw);
            }
            if (out == null) {
                if (k == c) {
                    continue;
                }
                out = new char[to - from];
                j = i - from;
                System.arraycopy(a, from, out, 0, j);
            }
            if (k != DROP) {
                out[j++] = (char) k;
            }
        }
        return out == null ? raw : new String(out, 0, j);
    }

    /** {@link #keyOf}: the character is left out of the key (white space). */
    private static final int DROP = -1;
    /** {@link #keyOf}: the character needs {@link Text#key} (the normaliser). */
    private static final int SLOW = -2;

    /** What {@link #key} makes of one character: its key character, {@link #DROP} or {@link #SLOW}. */
    private static int keyOf(char c) {
        if (Fold.isStable(c)) {
            return Text.isSpace(c) ? DROP : keyed(c);
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return keyed((char) (c - 0xFEE0)); // NFKC: the ASCII character of a full-width form
        }
        return c == '\u3000' ? DROP : SLOW; // NFKC makes U+3000 a space, which the key drops
    }

    /** What {@link Text#key} makes of a character after folding: quotes straightened, 钩 read as 勾. */
    private static char keyed(char c) {
        switch (c) {
            case '“': case '”': case '„': case '「': case '」':
                return '"';
            case '‘': case '’':
                return '\'';
            case '钩':
                return '勾';
            default:
                return c;
        }
    }

    /**
     * True when {@code t} opens with the ordinal of a heading: what the pattern {@code
     * ^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．](?![0-9])|第[一二三四五六七八九十]{1,3}部分)}
     * finds with {@code lookingAt}, read by hand. A mark after the numerals is never a numeral, so the pattern's
     * counts decide alone: one to three numerals (one or two digits) and then the mark.
     */
    static boolean opensWithOrdinal(String t) {
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (c >= '0' && c <= '9') {
            int d = 1 + (t.length() > 1 && isDigit(t.charAt(1)) ? 1 : 0);
            return d < t.length() && isMark(t.charAt(d)) && !(d + 1 < t.length() && isDigit(t.charAt(d + 1)));
        }
        if (c == '(' || c == '（') {
            int m = numerals(t, 1);
            return m >= 1 && 1 + m < t.length() && (t.charAt(1 + m) == ')' || t.charAt(1 + m) == '）');
        }
        if (c == '第') {
            int m = numerals(t, 1);
            return m >= 1 && t.startsWith("部分", 1 + m);
        }
        int m = numerals(t, 0);
        return m >= 1 && m < t.length() && isMark(t.charAt(m));
    }

    /** The number of numerals from {@code from}, counted up to 3 (then -1: more than an ordinal takes). */
    private static int numerals(String t, int from) {
        int m = 0;
        while (from + m < t.length() && NUMERALS.indexOf(t.charAt(from + m)) >= 0) {
            if (++m > 3) {
                return -1;
            }
        }
        return m;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMark(char c) {
        return c == '、' || c == '.' || c == '．';
    }

    /** Splits text into sentences (for tests and callers with text of their own): the raw sentences, trimmed. */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (int[] span : spans(text)) {
            out.add(text.substring(span[0], span[1]));
        }
        return out;
    }

    /** Sentence spans [start, end) in {@code text}, white space trimmed, empty ones left out. */
    static List<int[]> spans(String text) {
        return spans(text, text.toCharArray());
    }

    /** {@link #spans(String)} of {@code text}, whose characters are {@code a}. */
    private static List<int[]> spans(String text, char[] a) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = a.length;
        int i = 0;
        while (i < n) {
            char c = a[i];
            i++;
            if ((c < '\u4E00' || c > '\u9FFF') && isEnd(c)) { // no ideograph ends a sentence: most are decided here
                while (i < n && (isEnd(a[i]) || CLOSERS.indexOf(a[i]) >= 0)) {
                    i++;
                }
                add(out, text, start, i);
                start = i;
            }
        }
        add(out, text, start, n);
        return out;
    }

    /** One of {@link #ENDS}. */
    private static boolean isEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    private static void add(List<int[]> out, String text, int start, int end) {
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            for (int j = cut; j > start + MAX_SENTENCE / 2; j--) {
                if (CLAUSE_MARKS.indexOf(text.charAt(j - 1)) >= 0) {
                    cut = j;
                    break;
                }
            }
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            trimmed(out, text, start, cut);
            start = cut;
        }
        trimmed(out, text, start, end);
    }

    private static void trimmed(List<int[]> out, String text, int start, int end) {
        while (start < end && Text.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Text.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new int[] {start, end});
        }
    }

    /** Joins wrapped lines into blocks and cuts the blocks into sentences. */
    private static final class Builder {
        final boolean html;
        final List<Heading> outline;
        /** The outline's positions in page text as {@link #packed}, sorted: made at the first question. */
        long[] headings;
        final boolean traditional;
        final List<Sentence> out = new ArrayList<>();
        int block = -1;
        /** The key characters of the block being cut, reused from block to block. */
        char[] keys = new char[256];
        /** The paragraph of the block's last sentence (they come in order). */
        int paragraph;

        Builder(boolean html, List<Heading> outline, boolean traditional) {
            this.html = html;
            this.outline = outline;
            this.traditional = traditional;
        }

        void section(Optional<SectionId> section, List<Paragraph> paragraphs) {
            int index = 0;
            int i = 0;
            while (i < paragraphs.size()) {
                int j = i + 1;
                while (j < paragraphs.size() && continues(paragraphs.get(j - 1), paragraphs.get(j))) {
                    j++;
                }
                index = block(section, paragraphs.subList(i, j), index);
                i = j;
            }
        }

        /** True when {@code next} continues the line {@code prev} (a sentence wrapped by the source). */
        private boolean continues(Paragraph prev, Paragraph next) {
            if (html || !(prev.position() instanceof SourcePosition.InText)
                    || !(next.position() instanceof SourcePosition.InText)) {
                return false;
            }
            int gap = ((SourcePosition.InText) next.position()).line() - ((SourcePosition.InText) prev.position()).line();
            String p = prev.text();
            if (gap < 1 || gap > 2 || p.isEmpty() || FINAL.indexOf(p.charAt(p.length() - 1)) >= 0) {
                return false;
            }
            return !isHeading(prev) && !isHeading(next);
        }

        private boolean isHeading(Paragraph p) {
            return outlined(p.position())
                    || p.text().length() <= MAX_HEADING && opensWithOrdinal(p.text());
        }

        /** True when a heading of the outline stands at {@code at}, a place in page text. */
        private boolean outlined(SourcePosition at) {
            if (!(at instanceof SourcePosition.InText)) {
                return outline.stream().anyMatch(h -> h.position().equals(at)); // not asked: continues() reads text
            }
            if (headings == null) {
                long[] all = new long[outline.size()];
                int n = 0;
                for (Heading h : outline) {
                    if (h.position() instanceof SourcePosition.InText) {
                        all[n++] = packed((SourcePosition.InText) h.position());
                    }
                }
                headings = Arrays.copyOf(all, n);
                Arrays.sort(headings);
            }
            return Arrays.binarySearch(headings, packed((SourcePosition.InText) at)) >= 0;
        }

        /** A place in page text as one number: equal for equal places (the line and the column) only. */
        private static long packed(SourcePosition.InText at) {
            return (long) at.line() << 32 | at.column() & 0xFFFFFFFFL;
        }

        private int block(Optional<SectionId> section, List<Paragraph> paragraphs, int index) {
            block++;
            String all;
            int[] starts = null; // the offset of each paragraph in the block's text, when there are several
            if (paragraphs.size() == 1) { // one paragraph (every block of HTML): its text is the block's
                all = paragraphs.get(0).text();
            } else {
                StringBuilder text = new StringBuilder();
                starts = new int[paragraphs.size()];
                for (int k = 0; k < paragraphs.size(); k++) {
                    String t = paragraphs.get(k).text();
                    if (text.length() > 0 && !t.isEmpty() && isAsciiWord(text.charAt(text.length() - 1))
                            && isAsciiWord(t.charAt(0))) {
                        text.append(' ');
                    }
                    starts[k] = text.length();
                    text.append(t);
                }
                all = text.toString();
            }
            return cut(section, paragraphs, starts, all, index);
        }

        /**
         * Cuts the block's text {@code all} into sentences (as {@link #spans} does) and makes each one's key (as
         * {@link #key} does) in the same pass. Most characters are their own key (ideographs, most ASCII): a
         * sentence made of those only is its own key, and nothing is written for it. At the first character that
         * is not (a full-width form, white space, a curly quote), the key so far is copied to {@link #keys} and
         * the rest written after it. A sentence with a character the pass does not fold itself, or a run longer
         * than {@link #MAX_SENTENCE}, is made by {@link #key} from its characters.
         */
        private int cut(Optional<SectionId> section, List<Paragraph> paragraphs, int[] starts, String all,
                int index) {
            char[] a = all.toCharArray();
            int n = a.length;
            if (keys.length < n) {
                keys = new char[Math.max(n, 2 * keys.length)];
            }
            char[] k = keys;
            int start = 0; // where the sentence being read starts
            int j = 0; // the length of its key so far, in k once it is dirty
            boolean dirty = false; // a character so far is not its own key
            boolean changed = false; // one has another character as its key (not only white space left out)
            boolean slow = false; // one needs Text.key
            boolean ending = false; // it has met its end: closing characters and more ends only may follow
            paragraph = 0;
            for (int i = 0; i < n; i++) {
                char c = a[i];
                boolean ideograph = c >= '\u4E00' && c <= '\u9FFF'; // most characters: kept, never an end
                if (ending && (ideograph || !isEnd(c) && CLOSERS.indexOf(c) < 0)) {
                    index = sentences(section, paragraphs, starts, all, a, start, i, j, dirty, changed, slow, index);
                    start = i;
                    j = 0;
                    dirty = false;
                    changed = false;
                    slow = false;
                    ending = false;
                }
                if (ideograph && c != '钩') {
                    if (dirty) {
                        k[j++] = c;
                    }
                    continue;
                }
                int kc = c == '钩' ? '勾' : keyOf(c);
                if (kc != c && !dirty) {
                    dirty = true;
                    j = i - start;
                    System.arraycopy(a, start, k, 0, j);
                }
                if (kc >= 0) {
                    if (dirty) {
                        k[j++] = (char) kc;
                    }
                    changed |= kc != c;
                } else {
                    slow |= kc == SLOW;
                }
                ending |= isEnd(c);
            }
            return sentences(section, paragraphs, starts, all, a, start, n, j, dirty, changed, slow, index);
        }

        /**
         * The sentences of the run {@code a[start, end)} (one, unless it is longer than {@link #MAX_SENTENCE}):
         * its own key unless {@code dirty}, else {@code keys[0, length)} unless {@code slow}.
         */
        private int sentences(Optional<SectionId> section, List<Paragraph> paragraphs, int[] starts, String all,
                char[] a, int start, int end, int length, boolean dirty, boolean changed, boolean slow, int index) {
            if (end - start > MAX_SENTENCE) {
                List<int[]> pieces = new ArrayList<>();
                add(pieces, all, start, end);
                for (int[] piece : pieces) {
                    index = sentence(section, paragraphs, starts, all, a, piece[0], piece[1], null, false, index);
                }
                return index;
            }
            if (!dirty) { // no white space either, nothing to trim
                return end == start ? index : sentence(section, paragraphs, starts, all, a, start, end, null, true,
                        index);
            }
            int s = start;
            int e = end;
            while (s < e && Text.isSpace(a[s])) {
                s++;
            }
            while (e > s && Text.isSpace(a[e - 1])) {
                e--;
            }
            if (e == s) {
                return index;
            }
            if (slow) {
                return sentence(section, paragraphs, starts, all, a, s, e, null, false, index); // key() reads it
            }
            boolean same = !changed && length == e - s; // no character changed, none left out inside
            return sentence(section, paragraphs, starts, all, a, s, e, same ? null : new String(keys, 0, length),
                    same, index);
        }

        /**
         * The sentence {@code a[s, e)} of the block's text {@code all} with its key: {@code given}, its text when
         * {@code same}, else made by {@link #key}.
         */
        private int sentence(Optional<SectionId> section, List<Paragraph> paragraphs, int[] starts, String all,
                char[] a, int s, int e, String given, boolean same, int index) {
            String raw = s == 0 && e == all.length() ? all : all.substring(s, e);
            String key = same ? raw : given != null ? given : key(a, s, e, raw);
            // a page in traditional script: phrases are matched on the simplified folding, the text stays
            String norm = traditional ? TraditionalScript.fold(key) : key;
            int offset = s;
            Paragraph p;
            if (starts == null) {
                p = paragraphs.get(0);
            } else {
                while (paragraph + 1 < starts.length && starts[paragraph + 1] <= s) {
                    paragraph++;
                }
                p = paragraphs.get(paragraph);
                offset = s - starts[paragraph];
            }
            out.add(new Sentence(section, raw, norm, position(p, offset), block, index));
            return index + 1;
        }

        /** The sentence's own column when the paragraph is a line of page text; the paragraph's otherwise. */
        private SourcePosition position(Paragraph p, int offset) {
            if (!html && p.position() instanceof SourcePosition.InText) {
                SourcePosition.InText at = (SourcePosition.InText) p.position();
                return new SourcePosition.InText(at.line(), at.column() + offset);
            }
            return p.position();
        }

        private static boolean isAsciiWord(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }
    }
}
