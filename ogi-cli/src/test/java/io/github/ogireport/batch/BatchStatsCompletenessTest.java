package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ogi batch}'s summary counts the reports read by the completeness of their reading (issue 11). */
class BatchStatsCompletenessTest {
    @Test
    void reportsAreCountedByCompleteness() {
        BatchStats stats = new BatchStats(5);
        for (String p : new String[] {"100", "100", "96", "12", ""}) {
            stats.completeness(p);
        }
        assertEquals(Map.of("100%", 2L, "90-99%", 1L, "0-49%", 1L), stats.byCompleteness());
        assertEquals("[100%, 90-99%, 0-49%]", stats.byCompleteness().keySet().toString());
        String text = stats.toText();
        assertTrue(text.contains("reports by completeness of the reading (cells read under their own label):\n"
                + "  100%         2\n  90-99%       1\n  0-49%        1\n"), text);
    }
}
