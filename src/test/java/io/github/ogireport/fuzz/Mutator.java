package io.github.ogireport.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Structure-aware mutations of report text: the layers under test (decoding, text and HTML layout, table and
 * section recognition) see inputs near real reports, not only random bytes.
 */
final class Mutator {
    /** Fragments that mean something to the parser. */
    private static final List<String> TOKENS = List.of("|", " | ", "||", "\n", "\n|\n", "<td>", "</td>", "<tr>",
            "<table>", "</table>", "<td rowspan=\"99999\">", "<td colspan=\"0\">", "<br>", "&nbsp;", "一、", "（一）",
            "三、本年度办理结果", "（七）总计", "总计", "本年新收", "结转下年度", "行政复议", "第二十条第（一）项", "信息内容",
            "本年制发件数", "规章", "/", "—", "0", "1,234", "１２", "96171.6", "-3", "+12", "251000元", "无", "2024年",
            "统计期限自2024年1月1日", "\u0000", "\uFEFF", "\u3000", "<script>", "\"", "\\", "999999999999999999999999",
            "收到政府信息公开申请3件", "均无。", "# ", "|---|---|");

    private final SplittableRandom random;

    Mutator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One mutated input from {@code base}: several text-level edits, sometimes a byte-level one. */
    byte[] mutate(String base) {
        StringBuilder s = new StringBuilder(base);
        int edits = 1 + random.nextInt(6);
        for (int i = 0; i < edits && s.length() > 0; i++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(7)) {
                case 0: // insert a meaningful token
                    s.insert(at, TOKENS.get(random.nextInt(TOKENS.size())));
                    break;
                case 1: { // delete a span
                    int len = random.nextInt(Math.min(400, s.length() - Math.min(at, s.length()) + 1));
                    s.delete(Math.min(at, s.length()), Math.min(at + len, s.length()));
                    break;
                }
                case 2: { // duplicate a span (a table printed twice, a row repeated)
                    int from = random.nextInt(s.length());
                    int to = Math.min(s.length(), from + random.nextInt(600));
                    s.insert(at, s.substring(from, to));
                    break;
                }
                case 3: // replace a digit run by another number
                    if (at < s.length() && Character.isDigit(s.charAt(at))) {
                        s.setCharAt(at, (char) ('0' + random.nextInt(10)));
                    } else {
                        s.insert(at, random.nextInt(100000));
                    }
                    break;
                case 4: { // swap two lines
                    String[] lines = s.toString().split("\n", -1);
                    if (lines.length > 2) {
                        int a = random.nextInt(lines.length);
                        int b = random.nextInt(lines.length);
                        String t = lines[a];
                        lines[a] = lines[b];
                        lines[b] = t;
                        s = new StringBuilder(String.join("\n", lines));
                    }
                    break;
                }
                case 5: // truncate (a download cut off)
                    s.setLength(at);
                    break;
                default: // a random character, anywhere in the BMP
                    s.insert(at, (char) random.nextInt(0x20, 0xD7FF));
            }
        }
        byte[] bytes = s.toString().getBytes(random.nextInt(5) == 0 ? java.nio.charset.Charset.forName("GB18030")
                : StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0 && bytes.length > 0) { // a byte-level flip: invalid UTF-8, stray NUL
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
