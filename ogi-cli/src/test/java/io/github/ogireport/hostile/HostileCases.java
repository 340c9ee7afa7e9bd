package io.github.ogireport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of issue 14's table ("Hardening, round 2"), made from the bundled sample at test time (the large
 * ones are never committed): {@link HostileCasesTest} asserts each outcome, {@code bench/HostileTimes} times
 * them. testdata/hostile/README.md lists them with their outcomes.
 */
final class HostileCases {
    /** The bundled sample: a whole F2021 report as page text. */
    static final Path SAMPLE = Path.of("testdata/samples/2024-gaochang-jdb.txt");
    private static final Charset GBK = Charset.forName("GBK");

    private HostileCases() {
    }

    static List<String> sampleLines() throws IOException {
        return new ArrayList<>(List.of(Files.readString(SAMPLE, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static int lineStarting(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("the sample has no line starting " + prefix);
    }

    /** The sample with its first T2 cell (new applications, natural persons) = 1 followed by {@code zeros} zeros. */
    static String t2CellOfZeros(int zeros) throws IOException {
        List<String> lines = sampleLines();
        int i = lineStarting(lines, "一、本年新收");
        lines.set(i, lines.get(i).replaceFirst("\\| 0 \\|", "| 1" + "0".repeat(zeros) + " |"));
        return String.join("\n", lines);
    }

    /** The sample with its 规章 row holding a line of {@code digits} nines: {@code 规章 | 99…9 | 0 | 0 |}. */
    static String regulationOfNines(int digits) throws IOException {
        List<String> lines = sampleLines();
        lines.set(lineStarting(lines, "规章 |"), "规章 | " + "9".repeat(digits) + " | 0 | 0 |");
        return String.join("\n", lines);
    }

    /** The sample in UTF-8 with one more line, in GBK, at its end. */
    static byte[] utf8WithOneGbkLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(Files.readAllBytes(SAMPLE));
        b.writeBytes("\n联系电话：本机关办公室\n".getBytes(GBK));
        return b.toByteArray();
    }

    /** The sample with its lines alternating UTF-8 (odd line numbers) and GBK (even). */
    static byte[] alternatingGbkUtf8() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        List<String> lines = sampleLines();
        for (int i = 0; i < lines.size(); i++) {
            b.writeBytes((lines.get(i) + (i + 1 < lines.size() ? "\n" : "")).getBytes(i % 2 == 0
                    ? StandardCharsets.UTF_8 : GBK));
        }
        return b.toByteArray();
    }

    /** The sample as an HTML page (paragraphs and tables) in GBK, declaring {@code iso-8859-1}. */
    static byte[] gbkPageDeclaringLatin1() throws IOException {
        return htmlPage("iso-8859-1").getBytes(GBK);
    }

    /** The sample as an HTML page declaring {@code charset}. */
    static String htmlPage(String charset) throws IOException {
        StringBuilder body = new StringBuilder();
        boolean inTable = false;
        for (String line : sampleLines()) {
            boolean row = line.contains("|");
            if (row && !inTable) {
                body.append("<table>\n");
            } else if (!row && inTable) {
                body.append("</table>\n");
            }
            inTable = row;
            if (row) {
                body.append("<tr>");
                String t = line.strip();
                t = t.endsWith("|") ? t.substring(0, t.length() - 1) : t;
                for (String cell : t.split("\\|", -1)) {
                    body.append("<td>").append(cell.strip()).append("</td>");
                }
                body.append("</tr>\n");
            } else {
                body.append("<p>").append(line).append("</p>\n");
            }
        }
        if (inTable) {
            body.append("</table>\n");
        }
        return "<html><head><meta charset=\"" + charset + "\"><title>报告</title></head><body>\n" + body
                + "</body></html>\n";
    }

    /**
     * The sample with terminal escapes in its title (so in the organ name), a label and a sentence: an OSC
     * title change ended by BEL, a screen clear, NUL, DEL, a C1 CSI and a right-to-left override.
     */
    static String controlCharacters() throws IOException {
        List<String> lines = sampleLines();
        lines.set(0, "高场\u001b]0;pwned\u0007街道\u001b[2J办事处2024年政府信息公开工作年度报告");
        int reg = lineStarting(lines, "规章 |");
        lines.set(reg, lines.get(reg).replace("规章", "规章\u202Egnp.exe\u0000\u007f\u009b"));
        lines.set(3, lines.get(3) + "\u001b[31m本年\u0000收到\u202E申请。");
        return String.join("\n", lines);
    }
}
