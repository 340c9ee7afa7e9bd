package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class OrganKeyTest {

    @Test
    void spacesAndFullWidthFormsDoNotSplitAnOrgan() {
        String key = OrganKey.of("青山区市场监督管理局");
        assertEquals(key, OrganKey.of("青山区 市场监督管理局"));
        assertEquals(key, OrganKey.of("青山区\u3000市场监督管理局"));
        assertEquals(key, OrganKey.of(" 青山区市场监督管理局\u00A0"));
        assertEquals(OrganKey.of("ABC(开发区)管委会"), OrganKey.of("ＡＢＣ（开发区）管委会"));
        assertEquals(OrganKey.of("abc"), OrganKey.of("ＡＢＣ"));
        assertEquals(OrganKey.of("中共·某某委员会"), OrganKey.of("中共某某委员会"));
        assertNotEquals(key, OrganKey.of("白水区市场监督管理局"));
        assertEquals("", OrganKey.of(null));
    }
}
