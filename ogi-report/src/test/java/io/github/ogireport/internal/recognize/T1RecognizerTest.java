package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.T1Column;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** T1's label and header readers, read from the characters, say what their expressions said. */
class T1RecognizerTest {
    /** The ordinal expression the label reader replaced. */
    private static final Pattern ORDINAL = Pattern.compile("^(?:[(（]?[0-9一二三四五六七八九十]+[)）.、]|[0-9]+\\.)");

    @Test
    void ordinalsAreStrippedAsTheExpressionStrippedThem() {
        assertEquals("规章", T1Recognizer.withoutOrdinal("（一）规章"));
        assertEquals("行政许可", T1Recognizer.withoutOrdinal("3.行政许可"));
        assertEquals("行政处罚", T1Recognizer.withoutOrdinal("十二、行政处罚"));
        assertEquals("(规章", T1Recognizer.withoutOrdinal("(规章"));
        String pieces = "(（)）.、0129一二十规章 x";
        Random random = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                b.append(pieces.charAt(random.nextInt(pieces.length())));
            }
            String key = b.toString();
            assertEquals(ORDINAL.matcher(key).replaceFirst(""), T1Recognizer.withoutOrdinal(key), key);
        }
    }

    @Test
    void headerWordsAreReadLeftToRightFirstWordFirst() {
        assertEquals(List.of(T1Column.ISSUED, T1Column.REPEALED, T1Column.VALID),
                T1Recognizer.headerWords("信息内容|本年制发件数|本年废止件数|现行有效件数|"));
        assertEquals(List.of(T1Column.AMOUNT), T1Recognizer.headerWords("采购总金额(万元)"));
        assertEquals(List.of(T1Column.PREV_ITEMS, T1Column.CHANGE, T1Column.TOTAL),
                T1Recognizer.headerWords("上一年项目数量本年增/减对外公开总数量"));
        assertEquals(List.of(), T1Recognizer.headerWords("行政处罚"));
    }
}
