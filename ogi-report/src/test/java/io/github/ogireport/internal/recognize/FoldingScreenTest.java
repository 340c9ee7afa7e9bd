package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.internal.Budget;
import io.github.ogireport.internal.io.Decoded;
import io.github.ogireport.internal.io.Decoder;
import io.github.ogireport.internal.io.UnreadableException;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.TextLayout;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page the decoder finds to need no folding ({@link Decoded#simplified}) is one whose laid-out texts the
 * recognizer's own screen ({@link ScriptFolding#mayNeedFolding}) would have passed too: skipping that screen
 * changes no report.
 */
class FoldingScreenTest {
    /** Pieces of page text: traditional characters GB2312 lacks, simplified ones, tone marks, table marks. */
    private static final String[] PIECES = {"規", "處", "會", "資", "規章", "处理", "行政许可", "ā", "(guī)", "ǎ", "|",
        " | ", "||", "\n", "\n", "\n", "\n|\n", "0", " 12 ", "3", "一、", "(一)", "。", "\u3000", "规章000", "#"};

    private static Decoded decode(String text) throws UnreadableException {
        return Decoder.decode(text.getBytes(StandardCharsets.UTF_8), "page.txt");
    }

    private static Layout layout(Decoded d) {
        return TextLayout.parse(d.chars(), d.length(), d.lines(), Budget.unlimited());
    }

    @Test
    void whatTheDecoderPassesTheRecognizersScreenPassesToo() throws UnreadableException {
        Random random = new Random(12);
        int passed = 0;
        int screened = 0;
        for (int k = 0; k < 30_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(40); n >= 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Decoded d = decode(b.toString());
            if (d.simplified()) {
                passed++;
                assertFalse(ScriptFolding.mayNeedFolding(layout(d)), b::toString);
            } else if (!ScriptFolding.mayNeedFolding(layout(d))) {
                screened++; // the decoder could not tell: the recognizer's screen still runs
            }
        }
        assertTrue(passed > 1_000 && screened > 500, passed + " " + screened);
    }

    @Test
    void aLabelGivenTwiceCountsTwice() throws UnreadableException {
        // a table given cell by cell: each label is a cell of a row and a paragraph, its characters screened twice
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            page.append(i % 4 == 0 ? "規處會\n" : "规章\n").append(i).append('\n');
        }
        Decoded d = decode(page.toString());
        assertFalse(d.simplified()); // 9 characters outside GB2312
        assertTrue(decode("規處會\n1\n2\n").simplified());
        assertFalse(decode("規處會資\n").simplified());
        assertFalse(decode("gu\u012B zhāng\n").simplified());
        assertFalse(Decoder.decode("<html><body>規</body></html>".getBytes(StandardCharsets.UTF_8), "p.html")
                .simplified()); // markup may hold characters the bytes do not (an entity)
    }
}
