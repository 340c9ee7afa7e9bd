package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same fixtures re-encoded as government sites serve them: GBK without any charset declaration, GBK
 * declared as gb2312, UTF-8 with a BOM, UTF-16LE with a BOM. Each must parse to the very same expected
 * result as the UTF-8 original.
 */
class EncodingVariantsTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String HTML = "f2021-district-bureau.html";
    private static final String TEXT = "f2021-pipe-variants.txt";
    private static final String MD = "f2021-city-markdown.md";
    private static final String UTF8_META = "<meta charset=\"utf-8\">";

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of(HTML, "GBK, no charset declared", "GB18030"),
                Arguments.of(HTML, "GBK, meta charset=gb2312", "GB18030"),
                Arguments.of(HTML, "GBK, meta says utf-8 (wrong)", "GB18030"),
                Arguments.of(HTML, "UTF-8 with BOM", "UTF-8"),
                Arguments.of(HTML, "UTF-16LE with BOM", "UTF-16LE"),
                Arguments.of(TEXT, "GBK, no charset declared", "GB18030"),
                Arguments.of(TEXT, "UTF-8 with BOM", "UTF-8"),
                Arguments.of(TEXT, "UTF-16LE with BOM", "UTF-16LE"),
                Arguments.of(MD, "GBK, no charset declared", "GB18030"),
                Arguments.of(MD, "UTF-16LE with BOM", "UTF-16LE"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("variants")
    void reEncodedFixtureParsesTheSame(String fixture, String variant, String charset) throws IOException {
        Path file = Path.of("testdata", "parse", fixture);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        byte[] bytes = encode(text, variant);
        assertFalse(java.util.Arrays.equals(bytes, text.getBytes(StandardCharsets.UTF_8)), "the variant differs");

        Report report = OgiReports.parse(bytes, fixture);

        assertTrue(report.contentType().endsWith("charset=" + charset), report.contentType());
        List<String> diffs = ExpectedReport.differences(
                ExpectedReport.read(Path.of(file + FixtureTest.SUFFIX)), report);
        assertEquals(List.of(), diffs);
    }

    /** Bytes of {@code text} in the variant's encoding, with the page's declaration changed to suit. */
    static byte[] encode(String text, String variant) throws IOException {
        switch (variant) {
            case "GBK, no charset declared":
                assertTrue(!text.contains("<meta") || text.contains(UTF8_META));
                return text.replace(UTF8_META, "").getBytes(GBK);
            case "GBK, meta charset=gb2312":
                assertTrue(text.contains(UTF8_META));
                return text.replace(UTF8_META,
                        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">").getBytes(GBK);
            case "GBK, meta says utf-8 (wrong)":
                assertTrue(text.contains(UTF8_META));
                return text.getBytes(GBK);
            case "UTF-8 with BOM":
                return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE with BOM":
                return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            default:
                throw new IllegalArgumentException(variant);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
