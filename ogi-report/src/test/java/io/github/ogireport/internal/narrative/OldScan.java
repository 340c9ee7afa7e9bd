package io.github.ogireport.internal.narrative;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link Scan} as it was before its pass lost its branches (the debris words asked at each of their first
 * characters, the runs of header characters read as they ended): the reference its equivalence test holds it to.
 *
 * <p>One sentence read once: one pass over its characters (one look at a table per character) finds which trigger
 * characters it holds, whether it is table text rather than prose, and where its first number stands; its
 * figures ({@link Figure#scan}) and clauses ({@link Spans}) are made at the first question, so table text and
 * sentences no family reads never pay for them. The claim and statement families look at {@link #has} before
 * running any pattern, so a sentence without 复 or 诉 never meets a review pattern. Not API.
 */
final class OldScan {
    /** Table text left in the narrative by the extraction (headers, the 勾稽 note). */
    private static final String DEBRIS_WORDS = "勾稽|第二十条|本列数据|信息内容|申请人情况"
            + "|本年制发件数|本年新收政府信息公开申请数量|行政机关不再处理其|本年度办理结果|区分处理的";
    private static final Words DEBRIS = Words.of(DEBRIS_WORDS);
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
    private static final String CHINESE_NUMERALS = "零〇一二两三四五六七八九十百";
    /** Punctuation every narrative sentence has; a "sentence" without any is table text run together. */
    private static final String PUNCTUATION = ",;:!?。、";
    /** Five numbers or more separated by nothing but spaces: a table row's cells. */
    private static final Pattern NUMBER_RUN = Pattern.compile("(?:[0-9][0-9.]*\\s+){4,}[0-9]");

    /** The characters the families test for; each gets one bit of {@link #mask}. */
    static final String TRIGGERS = "申未没无不复诉起规许罚强费转延推下维纠撤败结完毕所全均公处提遗收受办答";
    /**
     * What each character is to the pass, in one table: its trigger bit ({@link #TRIGGERS}) plus one in the low
     * bits (0 for none), and the flags above them. One look per character decides everything the pass asks.
     */
    private static final char[] CLASS = new char[Character.MAX_VALUE + 1];
    private static final int TRIGGER_MASK = 0x3F;
    private static final int DIGIT = 1 << 6;
    private static final int PUNCT = 1 << 7;
    private static final int NUMERAL = 1 << 8;
    private static final int DEBRIS_FIRST = 1 << 9;
    private static final int HEADER = 1 << 10;
    /** A character of a header word: a run of them shorter than {@link #HEADER_RUN_CHARS} holds no header run. */
    private static final int HEADER_CHAR = 1 << 11;
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
        for (String w : DEBRIS_WORDS.split("\\|")) {
            CLASS[w.charAt(0)] |= DEBRIS_FIRST;
        }
        for (String w : HEADER_WORDS) {
            if (w.length() < 2) {
                throw new ExceptionInInitializerError("a header word of one character: " + w);
            }
            CLASS[w.charAt(0)] |= HEADER;
            flag(w, HEADER_CHAR);
        }
    }

    private static void flag(String chars, int flag) {
        for (int i = 0; i < chars.length(); i++) {
            CLASS[chars.charAt(i)] |= flag;
        }
    }

    final Sentence sentence;
    final String n;
    /** Table words of the extraction (a header cell, the 勾稽 note). */
    final boolean tableWords;
    /** Table text in any form: table words, a flattened header, a row of numbers, no punctuation at all. */
    final boolean tableText;
    private final long mask;
    private final boolean digits;
    /** Where the first digit or Chinese numeral stands, or -1. */
    private final int firstNumber;

    OldScan(Sentence sentence) {
        this.sentence = sentence;
        this.n = sentence.norm();
        long m = 0;
        int flags = 0;
        int number = -1;
        boolean debris = false;
        boolean header = false;
        int streak = 0; // where the run of header characters up to here starts
        // one pass for the trigger mask, digits, punctuation, Chinese numerals, the debris words and the runs of
        // header characters: each pass over a sentence costs about as much as another (the characters are read
        // one by one), and one look at CLASS answers every question a character can raise
        int len = n.length();
        for (int i = 0; i < len; i++) {
            int k = CLASS[n.charAt(i)];
            if ((k & HEADER_CHAR) == 0) {
                // three header words in a row lie within one run of header characters: only a long run is read
                if (!header && i - streak >= HEADER_RUN_CHARS) {
                    header = headerRun(n, streak, i);
                }
                streak = i + 1;
                if (k == 0) {
                    continue;
                }
            }
            int b = k & TRIGGER_MASK;
            if (b != 0) {
                m |= 1L << (b - 1);
            }
            flags |= k;
            if (number < 0 && (k & (DIGIT | NUMERAL)) != 0) {
                number = i;
            }
            if (!debris && (k & DEBRIS_FIRST) != 0 && DEBRIS.at(n, i) > 0) {
                debris = true;
            }
        }
        if (!header && len - streak >= HEADER_RUN_CHARS) {
            header = headerRun(n, streak, len);
        }
        boolean d = (flags & DIGIT) != 0;
        this.mask = m;
        this.digits = d;
        this.firstNumber = number;
        this.tableWords = debris;
        this.tableText = tableWords || (flags & PUNCT) == 0 || header
                || d && spaced(sentence) && NUMBER_RUN.matcher(sentence.text()).find();
    }

    /** The figures of the sentence, from its first number. */
    List<Figure> figures() {
        return firstNumber >= 0 ? Figure.scan(n, firstNumber) : List.of();
    }

    long mask() {
        return mask;
    }

    boolean hasDigits() {
        return digits;
    }

    /** The header run within [from, to), a run of header characters: the whole text's reading of that part. */
    private static boolean headerRun(String n, int from, int to) {
        return Scan.headerRun(n.substring(from, to));
    }

    private static boolean spaced(Sentence s) {
        return s.norm() != s.text() && s.text().chars().anyMatch(Character::isWhitespace);
    }
}
