package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void theLineSaysDoneTotalRateAndEta() {
        assertEquals("250/1000 files  50.0/s  ETA 15s", Progress.line(250, 1000, 5));
        assertEquals("0/10 files  0.0/s  ETA ?", Progress.line(0, 10, 0));
        assertEquals("2m05s", Progress.duration(125));
        assertEquals("1h01m", Progress.duration(3660));
    }
}
