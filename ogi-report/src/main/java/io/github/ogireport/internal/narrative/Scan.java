package io.github.ogireport.internal.narrative;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One sentence read once: one pass over its characters (one look at a table per character) finds which trigger
 * characters it holds, whether it is table text rather than prose, and where its first number stands; its
 * figures ({@link Figure#scan}) and clauses ({@link Spans}) are made at the first question, so table text and
 * sentences no family reads never pay for them. The claim and statement families look at {@link #has} before
 * running any pattern, so a sentence without 复 or 诉 never meets a review pattern. Not API.
 */
final class Scan {
    /** Table text left in the narrative by the extraction (headers, the 勾稽 note). */
    private static final String DEBRIS_WORDS = "勾稽|第二十条|本列数据|信息内容|申请人情况"
            + "|本年制发件数|本年新收政府信息公开申请数量|行政机关不再处理其|本年度办理结果|区分处理的";
    /**
     * For each debris word (in order), one of its characters that prose seldom holds (勾 of 勾稽, 列 of 本列数据,
     * 再 of 行政机关不再处理其…): a word is looked for only where its rare character stands, around it.
     */
    private static final String DEBRIS_RARE_CHARS = "勾十列容况制量再果区";
    /** The debris words, and where in each its rare character stands, by the rare character's index. */
    private static final String[] DEBRIS = DEBRIS_WORDS.split("\\|");
    private static final int[] DEBRIS_RARE_AT = new int[DEBRIS.length];
    /**
     * Words of the three tables' column headers, and the halves they break into when a header cell wraps
     * over two lines (结果/维持, 尚未/审结): three or more of them in a row, with no punctuation between, are
     * a header flattened into the text ("结果结果其他尚未", "商业企业科研机构社会公益组织"), never prose.
     */
    private static final List<String> HEADER_WORDS = List.of("社会公益组织", "法律服务机构", "法人或其他组织",
            "未经复议直接起诉", "复议后起诉", "处理决定数量", "本年废止件数", "现行有效件数", "本年收费金额",
            "结果维持", "结果纠正", "其他结果", "尚未审结", "商业企业", "科研机构", "自然人", "行政复议", "行政诉讼",
            "结果", "维持", "纠正", "其他", "尚未", "审结", "总计", "合计", "小计");
    private static final int HEADER_RUN = 3;
    private static final Words HEADER_FIRST = Words.of(String.join("|", HEADER_WORDS));
    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百";
    /** Punctuation every narrative sentence has; a "sentence" without any is table text run together. */
    private static final String PUNCTUATION = ",;:!?。、";
    /** Five numbers or more separated by nothing but spaces: a table row's cells. */
    private static final Pattern NUMBER_RUN = Pattern.compile("(?:[0-9][0-9.]*\\s+){4,}[0-9]");

    /** The characters the families test for; each gets one bit of {@link #mask}. */
    private static final String TRIGGERS = "申未没无不复诉起规许罚强费转延推下维纠撤败结完毕所全均公处提遗收受办答"
            + "接发制台颁都皆"; // the last only for the gates' words (Gate#possible)
    /**
     * What each character is to the pass, in one table: its trigger bit ({@link #TRIGGERS}) plus one in the low
     * bits (0 for none), and the flags above them. One look per character decides everything the pass asks.
     */
    private static final char[] CLASS = new char[Character.MAX_VALUE + 1];
    private static final int TRIGGER_MASK = 0x3F;
    /** The bit in {@link #mask} of each trigger number (0 for none: no bit). */
    private static final long[] TRIGGER_BIT = new long[TRIGGER_MASK + 1];
    private static final int DIGIT = 1 << 6;
    private static final int PUNCT = 1 << 7;
    private static final int NUMERAL = 1 << 8;
    /** One character of each debris word, a rare one: a sentence without any holds no debris word. */
    private static final int DEBRIS_RARE = 1 << 9;
    /** A character of a header word: a run of them shorter than {@link #HEADER_RUN_CHARS} holds no header run. */
    private static final int HEADER_CHAR = 1 << 10;
    /** Above this bit, the number of the debris word (from 1) whose rare character this is. */
    private static final int DEBRIS_WORD_SHIFT = 11;
    /** The fewest characters of {@link #HEADER_RUN} header words (each has two or more). */
    private static final int HEADER_RUN_CHARS = 2 * HEADER_RUN;

    static {
        if (TRIGGERS.length() > 63) {
            throw new ExceptionInInitializerError("more triggers than bits");
        }
        for (int i = 0; i < TRIGGERS.length(); i++) {
            CLASS[TRIGGERS.charAt(i)] = (char) (i + 1);
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] |= DIGIT;
        }
        flag(PUNCTUATION, PUNCT);
        flag(CHINESE_NUMERALS, NUMERAL);
        if (DEBRIS.length >= 1 << (16 - DEBRIS_WORD_SHIFT) || DEBRIS_RARE_CHARS.length() != DEBRIS.length) {
            throw new ExceptionInInitializerError("a rare character for each debris word");
        }
        for (int w = 0; w < DEBRIS.length; w++) {
            char c = DEBRIS_RARE_CHARS.charAt(w);
            DEBRIS_RARE_AT[w] = DEBRIS[w].indexOf(c);
            if (DEBRIS_RARE_AT[w] < 0) {
                throw new ExceptionInInitializerError("not a character of its debris word: " + c);
            }
            if ((CLASS[c] & DEBRIS_RARE) != 0) {
                throw new ExceptionInInitializerError("the rare character of two debris words: " + c);
            }
            CLASS[c] |= DEBRIS_RARE | (w + 1) << DEBRIS_WORD_SHIFT;
        }
        for (int b = 1; b <= TRIGGER_MASK; b++) {
            TRIGGER_BIT[b] = 1L << (b - 1);
        }
        for (String w : HEADER_WORDS) {
            if (w.length() < 2) {
                throw new ExceptionInInitializerError("a header word of one character: " + w);
            }
            flag(w, HEADER_CHAR);
        }
    }

    private static void flag(String chars, int flag) {
        for (int i = 0; i < chars.length(); i++) {
            CLASS[chars.charAt(i)] |= flag;
        }
    }

    /** The scan of an empty sentence: a search in it finds nothing. */
    static final Scan NONE = new Scan(new Sentence(java.util.Optional.empty(), "", "",
            io.github.ogireport.model.SourcePosition.UNKNOWN, 0, 0));

    final Sentence sentence;
    final String n;
    /** Table words of the extraction (a header cell, the 勾稽 note). */
    final boolean tableWords;
    /** Table text in any form: table words, a flattened header, a row of numbers, no punctuation at all. */
    final boolean tableText;
    private final long mask;
    private final boolean digits;
    /** Whether the sentence holds a digit or a Chinese numeral. */
    private final boolean numbers;
    /** The figures and the clauses, made at the first question: table text is never asked. */
    private List<Figure> figures;
    private Spans spans;

    Scan(Sentence sentence) {
        this.sentence = sentence;
        this.n = sentence.norm();
        String n = this.n;
        long m = 0;
        int flags = 0;
        int run = 0; // header characters in a row up to here
        int longest = 0;
        // one pass without a branch on what a character is (where characters of every kind follow each other
        // at random, each branch on them is a guess missed at every other character): the trigger bits, every
        // flag of the sentence's characters, the longest run of header characters. What only a few sentences
        // hold is looked at after it, in those: the debris words where one of their rare characters stands, the
        // header words in runs long enough to hold three of them, the first number when the figures are asked
        int firstRare = -1; // the first and last rare characters of debris words
        int lastRare = -1;
        int len = n.length();
        for (int i = 0; i < len; i++) {
            int k = CLASS[n.charAt(i)];
            m |= TRIGGER_BIT[k & TRIGGER_MASK];
            flags |= k;
            run = (k & HEADER_CHAR) != 0 ? run + 1 : 0;
            longest = Math.max(longest, run);
            boolean rare = (k & DEBRIS_RARE) != 0;
            lastRare = rare ? i : lastRare;
            firstRare = rare && firstRare < 0 ? i : firstRare;
        }
        boolean debris = false;
        for (int i = firstRare; i >= 0 && i <= lastRare && !debris; i++) {
            int w = CLASS[n.charAt(i)] >>> DEBRIS_WORD_SHIFT;
            debris = w != 0 && debrisAt(n, i, w - 1);
        }
        boolean d = (flags & DIGIT) != 0;
        this.mask = m;
        this.digits = d;
        this.numbers = (flags & (DIGIT | NUMERAL)) != 0;
        this.tableWords = debris;
        this.tableText = tableWords || (flags & PUNCT) == 0 || longest >= HEADER_RUN_CHARS && headerRuns(n)
                || d && spaced(sentence) && NUMBER_RUN.matcher(sentence.text()).find();
    }

    /**
     * True when a run of header characters of {@link #HEADER_RUN_CHARS} or more holds {@link #HEADER_RUN} header
     * words in a row: each such run is read, the others cannot hold them.
     */
    private static boolean headerRuns(String n) {
        int len = n.length();
        int streak = 0; // where the run of header characters up to here starts
        for (int i = 0; i < len; i++) {
            if ((CLASS[n.charAt(i)] & HEADER_CHAR) == 0) {
                if (i - streak >= HEADER_RUN_CHARS && headerRun(n, streak, i)) {
                    return true;
                }
                streak = i + 1;
            }
        }
        return len - streak >= HEADER_RUN_CHARS && headerRun(n, streak, len);
    }

    /** True when debris word number {@code w} stands around {@code i}, where its rare character stands. */
    private static boolean debrisAt(String n, int i, int w) {
        int at = DEBRIS_RARE_AT[w];
        return i >= at && n.startsWith(DEBRIS[w], i - at);
    }

    /** Where the first digit or Chinese numeral stands, or -1. */
    private int firstNumber() {
        if (!numbers) {
            return -1;
        }
        String n = this.n;
        for (int i = 0; i < n.length(); i++) {
            if ((CLASS[n.charAt(i)] & (DIGIT | NUMERAL)) != 0) {
                return i;
            }
        }
        return -1;
    }

    /** The figures of the sentence ({@link Figure#scan}), found at the first question and kept. */
    List<Figure> figures() {
        List<Figure> f = figures;
        if (f == null) {
            int first = firstNumber();
            f = first >= 0 ? Figure.scan(n, first) : List.of();
            figures = f;
        }
        return f;
    }

    /** The clauses of the sentence ({@link Spans}), found at the first question and kept. */
    Spans spans() {
        Spans s = spans;
        if (s == null) {
            s = new Spans(n, figures());
            spans = s;
        }
        return s;
    }

    /** True when the sentence holds at least one of {@code chars} (each one of {@link #TRIGGERS}). */
    boolean has(String chars) {
        return has(bits(chars));
    }

    /** True when the sentence holds at least one of the trigger characters of {@code bits} ({@link #bits}). */
    boolean has(long bits) {
        return (mask & bits) != 0;
    }

    /** The bits of the trigger characters {@code text} holds (any others are passed over). */
    static long triggers(String text) {
        long bits = 0;
        for (int i = 0; i < text.length(); i++) {
            bits |= TRIGGER_BIT[CLASS[text.charAt(i)] & TRIGGER_MASK];
        }
        return bits;
    }

    /** The bits of trigger characters, for {@link #has(long)}: made once, in a static initialiser. */
    static long bits(String chars) {
        long bits = 0;
        for (int i = 0; i < chars.length(); i++) {
            int b = CLASS[chars.charAt(i)] & TRIGGER_MASK;
            if (b == 0) {
                throw new IllegalArgumentException("not a trigger: " + chars.charAt(i));
            }
            bits |= 1L << (b - 1);
        }
        return bits;
    }

    /** The trigger bits of the sentence (for tests). */
    long mask() {
        return mask;
    }

    /** True when the sentence holds an Arabic digit. */
    boolean hasDigits() {
        return digits;
    }

    /** The longest run of header words in a row, at least {@link #HEADER_RUN}: a flattened table header. */
    static boolean headerRun(String n) {
        return headerRun(n, 0, n.length());
    }

    /**
     * {@link #headerRun(String)} within [from, to) of {@code n}, a run of header characters (or the whole text):
     * no header word reaches into it from before, nor out of it.
     */
    private static boolean headerRun(String n, int from, int to) {
        int run = 0;
        int i = from;
        while (i < to) {
            int len = headerWordAt(n, i);
            if (len > 0) {
                run++;
                if (run >= HEADER_RUN) {
                    return true;
                }
                i += len;
            } else {
                run = 0;
                i++;
            }
        }
        return false;
    }

    private static int headerWordAt(String n, int i) {
        return HEADER_FIRST.at(n, i); // listed longest first: 结果维持 before 结果
    }

    /**
     * True when the published text holds white space. A matching form that is the published text itself (the
     * same string: {@link Narrative#key} gives back its input when no character changes) has none, as the key
     * drops every space: such a sentence is not read again.
     */
    private static boolean spaced(Sentence s) {
        return s.norm() != s.text() && spaced(s.text());
    }

    private static boolean spaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // no white space between '!' and U+167F, nor above U+3000: most characters are decided here
            if ((c <= ' ' || c >= '\u1680' && c <= '\u3000') && Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }
}
