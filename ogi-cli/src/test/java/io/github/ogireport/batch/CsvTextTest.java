package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.SourcePosition;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", CsvText.safe("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("'+1+2", CsvText.safe("+1+2"));
        assertEquals("'-2+3", CsvText.safe("-2+3"));
        assertEquals("'@SUM(A1)", CsvText.safe("@SUM(A1)"));
        assertEquals("'\tx", CsvText.safe("\tx"));
        assertEquals("' x", CsvText.safe("\rx"), "a leading CR is neutralised, then the line break becomes a space");
        assertEquals("青山区", CsvText.safe("青山区"));
        assertEquals("a=b", CsvText.safe("a=b"));
        assertEquals("", CsvText.safe(null));
    }

    @Test
    void lineBreaksBecomeSpacesSoEveryRecordIsOneLine() {
        assertEquals("一 二 三", CsvText.safe("一\n二\r\n三"));
    }

    @Test
    void numbersWrittenByTheBatchStayNumbers() {
        Cell minus = new Cell.Number(new BigDecimal("-3"), "", "-3", SourcePosition.UNKNOWN);
        assertEquals("-3", ReportColumns.value(minus));
        assertEquals("+12人", CsvText.unsafe(CsvText.safe("+12人")));
        assertEquals("'+12人", ReportColumns.value(new Cell.Text("+12人", SourcePosition.UNKNOWN)));
        assertEquals("NA", ReportColumns.value(new Cell.NotApplicable("—", SourcePosition.UNKNOWN)));
        assertEquals("", ReportColumns.value(new Cell.Blank(" ", SourcePosition.UNKNOWN)));
        assertEquals("96171.6", ReportColumns.value(new Cell.Number(new BigDecimal("96171.6"), "万元", "96171.6",
                SourcePosition.UNKNOWN)));
    }
}
