package io.github.ogireport.internal.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a cell keeps of its text (key, blank, value-like, value token, number with a note) is what the functions
 * say of the text, whoever made the cell and in whatever order it is asked; the quick tests in front of the value
 * expressions never change their answer.
 */
class CellFactsTest {
    private static final SourcePosition AT = new SourcePosition.InText(1, 1);
    /** The expressions of TextLayout, as they were before the character tests in front of them. */
    private static final Pattern VALUE_LINE = Pattern.compile(
            "^[+\\-＋－]{0,2}+(?:增|减)?+\\s*+[0-9０-９][0-9０-９,，]*+(?:[.．][0-9０-９]++)?+\\s*+"
                    + "(?:件|个|项|条|次|元|万元|万|%)?$|^(?:/|／|\\\\|—{1,2}|-{1,2}|－|―|无|不适用|N/A|n/a|NA)$");
    private static final Pattern ANNOTATED_VALUE = Pattern.compile("^[0-9０-９][0-9０-９,.]*+\\s*+[（(].*");
    private static final String PIECES = "0123456789０９,，.．+-＋－增减 \t\u3000件个项条次元万%/／\\—―无不适用NAna"
            + "（()）已撤回其中规章\n\u0085x";

    private static List<String> strings() {
        List<String> out = new ArrayList<>(List.of("", " ", "0", "12", "1,234", "3.5万元", "增1558", "减38", "--253", "/",
                "—", "——", "不适用", "N/A", "无", "1（已撤回）", "22(其中修订16件)", "1.属于国家秘密", "（一）予以公开",
                "规章", "１２", "12 345", "4\u30005", "1\u0085(x", "1 (x\ny", "9（"));
        Random random = new Random(5);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                b.append(PIECES.charAt(random.nextInt(PIECES.length())));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void valueTestsSayWhatTheExpressionsAndTheParserSay() {
        for (String s : strings()) {
            String t = Text.trim(s);
            boolean token = !t.isEmpty() && (isDigit(t.charAt(0)) && ANNOTATED_VALUE.matcher(t).matches()
                    || mayStartValue(t) && VALUE_LINE.matcher(t).matches());
            assertEquals(token, TextLayout.isValueToken(s), s);
            boolean annotated = !t.isEmpty() && isDigit(t.charAt(0)) && ANNOTATED_VALUE.matcher(t).matches();
            assertEquals(annotated, TextLayout.isAnnotatedNumber(t), s);
            assertEquals(!(CellParser.parse(s, AT, "") instanceof Cell.Text), CellParser.isValueLike(s), s);
        }
    }

    @Test
    void aCellKeepsWhatTheFunctionsSayOfItsText() {
        for (String s : strings().subList(0, 5_000)) {
            GridCell c = GridCell.of(s, AT);
            // asked twice, in two orders: the same answers
            for (int round = 0; round < 2; round++) {
                assertEquals(Text.key(s), c.key(), s);
                assertEquals(Text.isBlank(s), c.isBlank(), s);
                assertEquals(CellParser.isValueLike(s), c.isValueLike(), s);
                assertEquals(TextLayout.isValueToken(s), c.isValueToken(), s);
                assertEquals(TextLayout.isAnnotatedNumber(Text.trim(s)), c.isAnnotatedNumber(), s);
            }
            GridCell moved = c.placed(LayoutPlacement.JOINED_LINES);
            assertEquals(c.key(), moved.key());
            assertEquals(c.isValueLike(), moved.isValueLike());
            assertEquals(LayoutPlacement.JOINED_LINES, moved.placement());
        }
    }

    @Test
    void cellsSplitFromPipesCarryTheAnswersTheirTextHas() {
        String line = "| 一、本年新收 | 0 | 12 | 1,234 |  | 123456789012345678 | 1234567890123456789 | / | 减3 | 不适用 "
                + "| 不予公开 | （一） | 1（已撤回） | N/A | x y |  —— | 1.属于国家秘密 | 2、其他 | 3万元 | “其他” | 钩稽 | 1.5 ||";
        for (GridCell c : TextLayout.splitPipes(line, 1, Budget.unlimited())) {
            String s = c.text();
            assertEquals(Text.key(s), c.key(), s);
            assertEquals(Text.isBlank(s), c.isBlank(), s);
            assertEquals(CellParser.isValueLike(s), c.isValueLike(), s);
            assertEquals(TextLayout.isValueToken(s), c.isValueToken(), s);
            assertEquals(TextLayout.isAnnotatedNumber(Text.trim(s)), c.isAnnotatedNumber(), s);
        }
    }

    @Test
    void whatTheFirstCharacterTellsIsWhatTheFunctionsSay() {
        List<String> texts = new ArrayList<>(strings());
        texts.addAll(List.of("规章", "（一）予以公开", "1.属于国家秘密", "不适用", "不予公开", "N/A", "NA", "Nothing", "无",
                "无法提供", "—", "— 说明", "／", "\\", "-", "-3", "增", "减3", ".5", "＋3", "１２", "ｘ", "x", "“其他”",
                "(二)部分公开", "、", "%", "⼀", "Ｎ/Ａ"));
        for (String s : texts) {
            String t = Text.collapse(s);
            if (t.isEmpty()) {
                continue;
            }
            GridCell c = GridCell.known(t, AT, GridCell.factsOfFirst(t.charAt(0)), null);
            assertFalse(c.isBlank(), t);
            assertEquals(CellParser.isValueLike(t), c.isValueLike(), t);
            assertEquals(TextLayout.isValueToken(t), c.isValueToken(), t);
            assertEquals(TextLayout.isAnnotatedNumber(t), c.isAnnotatedNumber(), t);
            assertEquals(Text.key(t), c.key(), t);
        }
    }

    @Test
    void whatTheLeadingNumberAndTheKeptCharactersTellIsWhatTheFunctionsSay() {
        // labels starting with a number, the characters around the ideograph that follows it, and key changes
        String pieces = "0123456789０９,.，．、 属于国家秘密其他增减万元件个项条次适用无不（(）钩“”\u3000ＡA—/";
        Random random = new Random(8);
        List<String> texts = new ArrayList<>(List.of("1.属于国家秘密", "2、其他", "3万元", "12件", "1,2不适用", "１．国家",
                "1.5", "1（已撤回）", "1属", "1 属", "1.钩稽", "“其他”", "其他", "Ａ1", "1.无", "22.其中"));
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            b.append(pieces.charAt(random.nextInt(12)));
            for (int n = random.nextInt(6); n >= 0; n--) {
                b.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            texts.add(b.toString());
        }
        int labels = 0;
        for (String s : texts) {
            String t = Text.collapse(s);
            if (t.isEmpty()) {
                continue;
            }
            char[] chars = t.toCharArray();
            int facts = GridCell.factsOf(chars, 0, chars.length);
            if (facts != GridCell.factsOfFirst(chars[0])) {
                labels++;
            }
            boolean kept = Text.keptAsIs(chars, 0, chars.length);
            if (kept) {
                assertEquals(t, Text.key(t), t);
            }
            GridCell c = GridCell.known(t, AT, facts, kept ? t : null);
            assertFalse(c.isBlank(), t);
            assertEquals(CellParser.isValueLike(t), c.isValueLike(), t);
            assertEquals(TextLayout.isValueToken(t), c.isValueToken(), t);
            assertEquals(TextLayout.isAnnotatedNumber(t), c.isAnnotatedNumber(), t);
            assertEquals(Text.key(t), c.key(), t);
        }
        assertTrue(labels > 10_000, String.valueOf(labels)); // the rule is met often, not only by the examples
    }

    @Test
    void aCellIsAValueOfItsFiveComponents() {
        GridCell a = new GridCell("规章", AT, false, true, LayoutPlacement.READ);
        GridCell b = new GridCell("规章", new SourcePosition.InText(1, 1), false, true);
        b.key(); // what is known of the text is no part of the value
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.placed(LayoutPlacement.ABSENT));
        assertNotEquals(a, new GridCell("规章", AT, true, true));
        assertEquals("GridCell[text=规章, position=" + AT + ", colCopy=false, rowCopy=true, placement=READ]",
                a.toString());
        assertTrue(GridCell.of("", AT).isBlank());
        assertFalse(GridCell.of("0", AT).isBlank());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean mayStartValue(String t) {
        return isDigit(t.charAt(0)) || "+-＋－增减/／\\—―无不Nn".indexOf(t.charAt(0)) >= 0;
    }
}
