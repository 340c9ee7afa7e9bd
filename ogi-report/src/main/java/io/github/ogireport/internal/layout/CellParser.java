package io.github.ogireport.internal.layout;

import io.github.ogireport.internal.Numbers;
import io.github.ogireport.internal.text.Fold;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.SourcePosition;
import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a published cell into a {@link Cell} state (domain-spec §8.7). Not API.
 *
 * <p>Signs: {@code +3}, {@code -2}, {@code 增1558} (+1558) and {@code 减38} (−38) are signed numbers, the way F2019's
 * 本年增/减 column prints a change. A doubled sign such as {@code --253} stays text (a parse problem): it may be a
 * minus, a dash put in front of a number or a typo, and the parser does not pick one.
 *
 * <p>Units: {@code 万元} and {@code 万} (as in {@code 2601.953875万}) are 万元, {@code 元} is 元; a value is converted
 * to the column's unit when the column declares one (元 ↔ 万元), otherwise it keeps the unit it printed.
 */
public final class CellParser {
    private static final Set<String> NOT_APPLICABLE = Set.of("/", "-", "--", "—", "——", "―", "－", "无", "不适用",
            "N/A", "n/a", "NA", "／", "\\");
    private static final Pattern NUMBER = Pattern.compile(
            "^(?<sign>[+\\-]|增|减)?\\s*(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*"
                    + "(?<unit>万元|万|元|件|个|项|条|次|%)?$");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("^\\d{1,3}(?: \\d{3})+$");

    private CellParser() {
    }

    /** True when the text reads as a value cell: a number, blank or a not-applicable mark. */
    public static boolean isValueLike(String raw) {
        if (plainDigits(raw) >= 0) {
            return true; // blank or plain digits: no cell built to say so
        }
        // the steps of parse up to where it would build a cell of text, most labels' answer
        String t = Text.trim(raw);
        if (t.length() > 4 * Numbers.MAX_LENGTH) {
            return false;
        }
        if (labelStart(t.charAt(0))) {
            return false;
        }
        String n = Fold.nfkc(t).trim();
        if (NOT_APPLICABLE.contains(n)) {
            return true;
        }
        if (n.isEmpty() || !mayStartNumber(n.charAt(0)) || !onlyNumberCharacters(n)) {
            return false;
        }
        Cell c = parse(raw, SourcePosition.UNKNOWN, "");
        return !(c instanceof Cell.Text);
    }

    /**
     * Parses a cell.
     *
     * @param raw        the published text
     * @param position   where it stood
     * @param columnUnit the unit the column declares ("" for counts, 万元 for fees)
     */
    public static Cell parse(String raw, SourcePosition position, String columnUnit) {
        String t = Text.trim(raw);
        if (t.isEmpty()) {
            return new Cell.Blank(raw, position);
        }
        if (plainDigits(t) > 0) {
            // most cells: a count printed as plain digits (what the NUMBER pattern would read, without it)
            return new Cell.Number(BigDecimal.valueOf(digitsValue(t)), columnUnit, raw, position);
        }
        if (t.length() > 4 * Numbers.MAX_LENGTH) {
            return new Cell.Text(raw, position); // past the literal cap whatever NFKC makes of it: not normalised
        }
        String n = Fold.nfkc(t).trim();
        if (NOT_APPLICABLE.contains(n)) {
            return new Cell.NotApplicable(raw, position);
        }
        if (n.isEmpty() || !mayStartNumber(n.charAt(0)) || !onlyNumberCharacters(n)) {
            // a label, a word: neither pattern below can match (it starts so, or holds a character neither reads)
            return new Cell.Text(raw, position);
        }
        if (SPACED_THOUSANDS.matcher(n).matches()) {
            n = n.replace(" ", "");
        }
        n = n.replace('，', ',');
        Matcher m = NUMBER.matcher(n);
        if (Numbers.tooLong(n) || !m.matches()) {
            return new Cell.Text(raw, position);
        }
        BigDecimal value = new BigDecimal(m.group("num").replace(",", ""));
        if ("-".equals(m.group("sign")) || "减".equals(m.group("sign"))) {
            value = value.negate();
        }
        String printed = m.group("unit") == null ? "" : m.group("unit");
        if ("万".equals(printed)) {
            printed = "万元";
        }
        String unit = printed;
        if ("万元".equals(columnUnit) || "元".equals(columnUnit)) {
            if ("元".equals(printed) && "万元".equals(columnUnit)) {
                value = value.movePointLeft(4);
            } else if ("万元".equals(printed) && "元".equals(columnUnit)) {
                value = value.movePointRight(4);
            }
            unit = columnUnit;
        } else if (printed.isEmpty()) {
            unit = columnUnit;
        }
        return new Cell.Number(value, unit, raw, position);
    }

    /**
     * The cell of {@code digits}, 1 to 18 ASCII digits and nothing else ({@link GridCell#isPlainDigits}): what
     * {@link #parse} makes of them, without looking at them again.
     */
    public static Cell digits(String digits, SourcePosition position, String columnUnit) {
        return new Cell.Number(BigDecimal.valueOf(digitsValue(digits)), columnUnit, digits, position);
    }

    /**
     * True when every character of {@code n} is one {@link #NUMBER} or {@link #SPACED_THOUSANDS} can match (a sign,
     * 增, 减, a digit, a separator, white space, a unit): a label starting with a digit (1.属于国家秘密) is told at
     * its first other character, without a matcher.
     */
    private static boolean onlyNumberCharacters(String n) {
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(c >= '0' && c <= '9' || NUMBER_CHARACTERS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** The characters other than digits that {@link #NUMBER} and {@link #SPACED_THOUSANDS} read, 全角逗号 included. */
    private static final String NUMBER_CHARACTERS = "+-增减,，. \t\n\u000B\f\r万元件个项条次%";

    /** The value of 1 to 18 ASCII digits, trimmed of white space ({@link #plainDigits} said so). */
    private static long digitsValue(String t) {
        long v = 0;
        for (int i = 0; i < t.length(); i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    /**
     * True when text trimmed and starting with {@code first} is sure not to be {@link #isValueLike value-like}:
     * NFKC leaves a stable first character as it is, and neither a mark nor a number starts so (a label).
     */
    static boolean labelStart(char first) {
        return Fold.isStable(first) && !mayStartNumber(first) && !mayStartMark(first);
    }

    /** True for a character one of {@link #NOT_APPLICABLE} starts with, as NFKC leaves it. */
    private static boolean mayStartMark(char c) {
        return c == '/' || c == '-' || c == '\\' || c == '无' || c == '不' || c == 'N' || c == 'n';
    }

    /** True for a character {@link #NUMBER} can start with: a sign, 增, 减, a digit or a decimal point. */
    private static boolean mayStartNumber(char c) {
        return c >= '0' && c <= '9' || c == '+' || c == '-' || c == '增' || c == '减' || c == '.';
    }

    /**
     * The number of digits when {@code s}, trimmed, is 1 to 18 ASCII digits (a long holds it); 0 when it is
     * blank; -1 otherwise.
     */
    static int plainDigits(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Text.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && Text.isSpace(s.charAt(end - 1))) {
            end--;
        }
        if (end - start > 18) {
            return -1;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return end - start;
    }
}
