package io.github.ogireport.internal.narrative;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One sentence read once: its figures (one pass of {@link Figure#scan}), its clauses ({@link Spans}), whether
 * it is table text rather than prose, and which trigger characters it holds. The claim and statement families
 * look at {@link #has} before running any pattern, so a sentence without 复 or 诉 never meets a review
 * pattern. Not API.
 */
final class Scan {
    /** Table text left in the narrative by the extraction (headers, the 勾稽 note). */
    private static final Words DEBRIS = Words.of("勾稽|第二十条|本列数据|信息内容|申请人情况"
            + "|本年制发件数|本年新收政府信息公开申请数量|行政机关不再处理其|本年度办理结果|区分处理的");
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
    private static final Words CHINESE_NUMERAL = Words.chars("零〇一二两三四五六七八九十百");
    /** Punctuation every narrative sentence has; a "sentence" without any is table text run together. */
    private static final Words PUNCTUATION = Words.chars(",;:!?。、");
    /** Five numbers or more separated by nothing but spaces: a table row's cells. */
    private static final Pattern NUMBER_RUN = Pattern.compile("(?:[0-9][0-9.]*\\s+){4,}[0-9]");

    /** The characters the families test for; each gets one bit of {@link #mask}. */
    private static final String TRIGGERS = "申未没无不复诉起规许罚强费转延推下维纠撤败结完毕所全均公处提遗收受办答";
    private static final byte[] BIT = new byte[Character.MAX_VALUE + 1];

    static {
        java.util.Arrays.fill(BIT, (byte) -1);
        for (int i = 0; i < TRIGGERS.length(); i++) {
            BIT[TRIGGERS.charAt(i)] = (byte) i;
        }
    }

    final Sentence sentence;
    final String n;
    final List<Figure> figures;
    final Spans spans;
    /** Table words of the extraction (a header cell, the 勾稽 note). */
    final boolean tableWords;
    /** Table text in any form: table words, a flattened header, a row of numbers, no punctuation at all. */
    final boolean tableText;
    private final long mask;
    private final boolean digits;

    Scan(Sentence sentence) {
        this.sentence = sentence;
        this.n = sentence.norm();
        long m = 0;
        boolean d = false;
        boolean punctuated = false;
        boolean numeral = false;
        boolean debris = false;
        // one pass for the trigger mask, digits, punctuation, Chinese numerals and the debris words: each pass
        // over a sentence costs about as much as another (the characters are read one by one)
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            int b = BIT[c];
            if (b >= 0) {
                m |= 1L << b;
            }
            d |= c >= '0' && c <= '9';
            punctuated |= PUNCTUATION.starts(c);
            numeral |= CHINESE_NUMERAL.starts(c);
            debris = debris || DEBRIS.starts(c) && DEBRIS.at(n, i) > 0;
        }
        this.mask = m;
        this.digits = d;
        this.tableWords = debris;
        this.tableText = tableWords || !punctuated || headerRun(n) || d && spaced(sentence.text()) && NUMBER_RUN.matcher(sentence.text()).find();
        this.figures = d || numeral ? Figure.scan(n) : List.of();
        this.spans = new Spans(n, figures);
    }

    /** True when the sentence holds at least one of {@code chars} (each one of {@link #TRIGGERS}). */
    boolean has(String chars) {
        for (int i = 0; i < chars.length(); i++) {
            int b = BIT[chars.charAt(i)];
            if (b < 0) {
                throw new IllegalArgumentException("not a trigger: " + chars.charAt(i));
            }
            if ((mask & 1L << b) != 0) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence holds an Arabic digit. */
    boolean hasDigits() {
        return digits;
    }

    /** The longest run of header words in a row, at least {@link #HEADER_RUN}: a flattened table header. */
    static boolean headerRun(String n) {
        int run = 0;
        int i = 0;
        while (i < n.length()) {
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

    private static boolean spaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
