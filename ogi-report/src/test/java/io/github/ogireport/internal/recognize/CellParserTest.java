package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.SourcePosition;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One test per row of the table in domain-spec §8.7. */
class CellParserTest {
    private static final SourcePosition AT = new SourcePosition.InText(3, 5);

    private static Cell.Number number(String raw, String columnUnit) {
        return assertInstanceOf(Cell.Number.class, CellParser.parse(raw, AT, columnUnit), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "０", "0件", "0.00", " 0 ", "０件", "0.0万元"})
    void zeroInAllItsForms(String raw) {
        Cell.Number n = number(raw, "");
        assertEquals(0, n.value().compareTo(BigDecimal.ZERO), raw);
        assertEquals(raw, n.raw());
        assertEquals(AT, n.position());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\u00A0", "\u3000", "\t \u3000\u00A0"})
    void whiteSpaceIsBlank(String raw) {
        Cell c = CellParser.parse(raw, AT, "");
        assertInstanceOf(Cell.Blank.class, c);
        assertEquals(raw, c.raw());
        assertTrue(CellParser.isValueLike(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "-", "—", "——", "--", "无", "不适用", "N/A", "／", "－", " / "})
    void notApplicableMarks(String raw) {
        Cell c = CellParser.parse(raw, AT, "");
        assertInstanceOf(Cell.NotApplicable.class, c, raw);
        assertEquals(raw, c.raw());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", value = {
        "1,234 => 1234", "1 234 => 1234", "１２３４ => 1234", "１，２３４ => 1234", "1，234 => 1234",
        "12,345,678 => 12345678", "447228 => 447228", "96171.6 => 96171.6", "4068.208 => 4068.208",
        "１２．５ => 12.5", ".5 => 0.5"})
    void numbersWithSeparatorsAndFullWidthDigits(String raw, String value) {
        assertEquals(0, number(raw, "").value().compareTo(new BigDecimal(value)), raw);
    }

    @Test
    void countWithItsUnit() {
        Cell.Number n = number("3件", "");
        assertEquals(0, n.value().compareTo(new BigDecimal(3)));
        assertEquals("件", n.unit());
    }

    /** In the fee column (万元) a cell in 元 is converted; 万元 is kept. */
    @Test
    void yuanInTheFeeColumnIsConvertedToWanYuan() {
        Cell.Number yuan = number("251000元", "万元");
        assertEquals(0, yuan.value().compareTo(new BigDecimal("25.1")));
        assertEquals("万元", yuan.unit());
        assertEquals("251000元", yuan.raw());
        Cell.Number wan = number("12.5万元", "万元");
        assertEquals(0, wan.value().compareTo(new BigDecimal("12.5")));
        assertEquals("万元", wan.unit());
        Cell.Number bare = number("3.52", "万元");
        assertEquals(0, bare.value().compareTo(new BigDecimal("3.52")));
        assertEquals("万元", bare.unit());
    }

    /** Where the column declares no unit (F2019 采购总金额) the printed unit is kept, never converted. */
    @Test
    void unitIsKeptWhereTheColumnHasNone() {
        Cell.Number n = number("251000元", "");
        assertEquals(0, n.value().compareTo(new BigDecimal(251000)));
        assertEquals("元", n.unit());
        assertEquals("", number("7", "").unit());
    }

    @Test
    void signedNumbers() {
        assertEquals(0, number("+1036", "").value().compareTo(new BigDecimal(1036)));
        assertEquals(0, number("-3", "").value().compareTo(new BigDecimal(-3)));
        assertEquals(0, number("－3", "").value().compareTo(new BigDecimal(-3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"约10件", "见附件", "1,23", "12a", "1.2.3", "三", "22（其中修订16件）", "10件次", "++1"})
    void anythingElseIsText(String raw) {
        Cell c = CellParser.parse(raw, AT, "");
        assertInstanceOf(Cell.Text.class, c, raw);
        assertEquals(raw, c.raw());
        assertFalse(CellParser.isValueLike(raw));
    }
}
