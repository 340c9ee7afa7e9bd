package io.github.ogireport.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.ICSVWriter;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Csv}'s line-level reading against opencsv, and the copy columns filled by line as by record. */
class CsvTest {
    @TempDir
    Path tmp;

    private static final String CHARS = "a1,\"\r\n 件。\t=+-@";

    private static String value(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            b.append(CHARS.charAt(random.nextInt(CHARS.length())));
        }
        return b.toString();
    }

    private static String written(String... values) throws IOException {
        StringWriter w = new StringWriter();
        ICSVWriter csv = Csv.writer(w);
        csv.writeNext(values, false);
        csv.flush();
        return w.toString();
    }

    /** {@link Csv#fields} of a line's UTF-8 bytes. */
    private static int[] fields(String line, int count) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return Csv.fields(b, b.length, count);
    }

    @Test
    void aValueIsWrittenAsOpencsvWritesIt() throws IOException {
        Random random = new Random(3);
        for (int i = 0; i < 5_000; i++) {
            String v = value(random);
            assertEquals(written(v), Csv.field(v) + "\n", v);
        }
    }

    @Test
    void theFieldsOfAWrittenLineAreFoundWhereTheyStand() throws IOException {
        Random random = new Random(4);
        RFC4180ParserBuilder parsers = new RFC4180ParserBuilder();
        int oneLine = 0;
        for (int i = 0; i < 5_000; i++) {
            String[] values = new String[1 + random.nextInt(6)];
            for (int k = 0; k < values.length; k++) {
                values[k] = value(random);
            }
            String line = written(values);
            line = line.substring(0, line.length() - 1);
            int[] f = fields(line, values.length);
            if (line.indexOf('\n') >= 0) {
                continue; // several lines: not a one-line record (the batch writes none)
            }
            oneLine++;
            assertTrue(f != null, line);
            for (int k = 0; k < values.length; k++) {
                byte[] b = line.getBytes(StandardCharsets.UTF_8);
                String field = new String(b, f[2 * k], f[2 * k + 1] - f[2 * k], StandardCharsets.UTF_8);
                assertEquals(Csv.field(values[k]), field, line);
            }
            assertArrayEquals(values, parsers.build().parseLine(line), line);
            assertNull(fields(line, values.length + 1), "fewer fields than asked: " + line);
            if (values.length > 1) {
                assertNull(fields(line, values.length - 1), "more fields than asked: " + line);
            }
        }
        assertTrue(oneLine > 1_000);
        assertNull(fields("a,\"b", 2), "quotes left open");
        assertNull(fields("a,b\"c", 2), "a quote in an unquoted field");
        assertNull(fields("a,\"b\"c", 2), "text after the closing quote");
    }

    @Test
    void theCopyColumnsFilledByLineAreThoseFilledByRecord() throws IOException {
        Random random = new Random(6);
        int count = ReportColumns.HEADER.size();
        StringBuilder file = new StringBuilder(written(ReportColumns.HEADER.toArray(new String[0])));
        Map<Long, String[]> figures = new HashMap<>();
        for (long seq = 0; seq < 300; seq++) {
            String[] row = new String[count];
            for (int k = 0; k < count; k++) {
                row[k] = CsvText.oneLine(value(random));
            }
            row[0] = Long.toString(seq);
            row[ReportColumns.COPY_SHARE] = random.nextBoolean() ? "0.500" : ""; // from an earlier pass, or none
            file.append(written(row));
            if (random.nextInt(3) > 0) {
                figures.put(seq, new String[] {random.nextBoolean() ? "" : "0.912", CsvText.safe(value(random))});
            }
        }
        Path reports = tmp.resolve("reports.csv");
        Files.writeString(reports, file, StandardCharsets.UTF_8);
        for (boolean bom : new boolean[] {false, true}) {
            Path byLine = tmp.resolve("line" + bom);
            Path byRecord = tmp.resolve("record" + bom);
            assertTrue(CrossYearPass.fillByLine(reports, byLine, figures, bom));
            CrossYearPass.fillByRecord(reports, byRecord, figures, bom);
            assertEquals(Files.readString(byRecord), Files.readString(byLine));
        }
        Files.writeString(reports, file + "1,\"open\n", StandardCharsets.UTF_8);
        assertTrue(!CrossYearPass.fillByLine(reports, tmp.resolve("open"), figures, false),
                "a record over two lines is left to the record reader");
    }
}
