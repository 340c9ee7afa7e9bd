package io.github.ogireport.internal.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTest {
    private static String show(List<Figure> figures) {
        StringBuilder b = new StringBuilder();
        for (Figure f : figures) {
            b.append(f.value().toPlainString()).append(f.unit()).append('|');
        }
        return b.toString();
    }

    @Test
    void readsNumbersWithTheirUnits() {
        assertEquals("49件|4件|12.3%|", show(Figure.scan("收到申请49件,上年结转4件,较去年回落12.3%")));
        assertEquals("1234件|", show(Figure.scan("受理1,234件")));
        assertEquals("3940元|96171.6万元|", show(Figure.scan("收费3940元,行政事业性收费96171.6万元")));
    }

    @Test
    void aNumberWithoutUnitHasNone() {
        List<Figure> f = Figure.scan("共收到政府信息公开申请3,截至");
        assertEquals(1, f.size());
        assertEquals("", f.get(0).unit());
        assertEquals(Figure.UnitKind.NONE, f.get(0).unitKind());
    }

    @Test
    void unitKinds() {
        assertEquals(Figure.UnitKind.COUNT, Figure.scan("7起").get(0).unitKind());
        assertEquals(Figure.UnitKind.OTHER, Figure.scan("312件次").get(0).unitKind());
        assertEquals(Figure.UnitKind.OTHER, Figure.scan("2024年").get(0).unitKind());
        assertEquals(Figure.UnitKind.MONEY, Figure.scan("0.012万元").get(0).unitKind());
        assertEquals(new BigDecimal("120.000"), Figure.scan("0.012万元").get(0).yuan());
    }

    @Test
    void chineseNumeralsOnlyBeforeACountUnit() {
        assertEquals("4件|12个|", show(Figure.scan("上年结转四件,共十二个,统一受理,一是,十分")));
        assertEquals("", show(Figure.scan("第一件")));
        assertEquals(105, Figure.chinese("一百零五"));
        assertEquals(20, Figure.chinese("二十"));
        assertEquals(2, Figure.chinese("两"));
        assertNull(Figure.chinese("一二"));
    }

    @Test
    void partsOfLongerNumbersAreNotFigures() {
        assertEquals("", show(Figure.scan("依据第1.2.3条")));
        assertEquals("", show(Figure.scan("热线12345")).replace("12345|", ""));
    }
}
