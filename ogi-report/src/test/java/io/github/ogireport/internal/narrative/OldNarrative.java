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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link Narrative} as it was before its one pass (sentence ends and keys read together), kept to compare the
 * new one with. The narrative of a report as sentences, in document order: the preamble, then each section's paragraphs.
 *
 * <p>Page text extracted from PDF wraps sentences over several lines, each a paragraph of its own; such lines
 * are joined into one block first (the next line follows within two lines, the line does not end a sentence
 * and neither is a heading), so that "不予公开答复 2" and "件" on the next line read as one figure. Sentences
 * end at 。！？ (and their ASCII forms). Not API.
 */
final class OldNarrative {
    /** Characters that end a sentence. */
    private static final String ENDS = "。！？!?";
    /** Characters that may follow the end of a sentence and still belong to it. */
    private static final String CLOSERS = "”’」』）)】]\"'";
    /** Characters after which a wrapped line is not continued: sentence ends, clause ends that close a list. */
    private static final String FINAL = "。！？!?；;：:";
    /** A line that reads as a heading: an ordinal and a short title. */
    private static final Pattern HEADING = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[、.．](?![0-9])|第[一二三四五六七八九十]{1,3}部分)");
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

    private OldNarrative(List<Sentence> sentences, boolean html) {
        this.sentences = List.copyOf(sentences);
        this.html = html;
    }

    /** The narrative of {@code report}. */
    static OldNarrative of(Report report) {
        boolean html = report.contentType().toLowerCase(java.util.Locale.ROOT).contains("html");
        Set<SourcePosition> headings = new HashSet<>();
        for (Heading h : report.outline()) {
            headings.add(h.position());
        }
        Builder b = new Builder(html, headings, Scripts.isTraditional(report));
        b.section(Optional.empty(), report.preamble());
        for (Section s : report.sections()) {
            b.section(Optional.of(s.id()), s.paragraphs());
        }
        return new OldNarrative(b.out, html);
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
            char k;
            if (c >= '\u4E00' && c <= '\u9FFF') {
                k = c == '钩' ? '勾' : c; // an ideograph: stable, no space, kept (most characters of a sentence)
            } else if (Fold.isStable(c)) {
                k = Text.isSpace(c) ? 0 : keyed(c);
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                k = keyed((char) (c - 0xFEE0)); // NFKC: the ASCII character of a full-width form
            } else if (c == '\u3000') {
                k = 0; // NFKC makes it a space, which the key drops
            } else {
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
            if (k != 0) {
                out[j++] = k;
            }
        }
        return out == null ? raw : new String(out, 0, j);
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
        final Set<SourcePosition> headings;
        final boolean traditional;
        final List<Sentence> out = new ArrayList<>();
        int block = -1;

        Builder(boolean html, Set<SourcePosition> headings, boolean traditional) {
            this.html = html;
            this.headings = headings;
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
            return headings.contains(p.position())
                    || p.text().length() <= MAX_HEADING && HEADING.matcher(p.text()).lookingAt(); // it opens with ^
        }

        private int block(Optional<SectionId> section, List<Paragraph> paragraphs, int index) {
            block++;
            if (paragraphs.size() == 1) { // one paragraph (every block of HTML): its text is the block's
                Paragraph p = paragraphs.get(0);
                String all = p.text();
                char[] chars = all.toCharArray();
                for (int[] span : spans(all, chars)) {
                    out.add(sentence(section, p, all, chars, span, span[0], index++));
                }
                return index;
            }
            StringBuilder text = new StringBuilder();
            List<int[]> starts = new ArrayList<>(); // {offset in block, paragraph index}
            for (int k = 0; k < paragraphs.size(); k++) {
                String t = paragraphs.get(k).text();
                if (text.length() > 0 && !t.isEmpty() && isAsciiWord(text.charAt(text.length() - 1))
                        && isAsciiWord(t.charAt(0))) {
                    text.append(' ');
                }
                starts.add(new int[] {text.length(), k});
                text.append(t);
            }
            String all = text.toString();
            char[] chars = all.toCharArray();
            int k = 0; // spans come in order: the paragraph of each is found from the last one's
            for (int[] span : spans(all, chars)) {
                while (k + 1 < starts.size() && starts.get(k + 1)[0] <= span[0]) {
                    k++;
                }
                Paragraph p = paragraphs.get(starts.get(k)[1]);
                out.add(sentence(section, p, all, chars, span, span[0] - starts.get(k)[0], index++));
            }
            return index;
        }

        /**
         * The sentence of {@code span} in the block's text {@code all} (whose characters are {@code chars}), at
         * {@code offset} in its paragraph.
         */
        private Sentence sentence(Optional<SectionId> section, Paragraph p, String all, char[] chars, int[] span,
                int offset, int index) {
            String raw = span[0] == 0 && span[1] == all.length() ? all : all.substring(span[0], span[1]);
            String key = key(chars, span[0], span[1], raw);
            // a page in traditional script: phrases are matched on the simplified folding, the text stays
            String norm = traditional ? TraditionalScript.fold(key) : key;
            return new Sentence(section, raw, norm, position(p, offset), block, index);
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
