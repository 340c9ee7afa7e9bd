package io.github.ogireport.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The ways a published HTML table reaches text, as sites and archives render it (issue 15), applied to a report
 * in the generator's pipe text. Each rendering keeps the report's words and cells; only separators, line breaks
 * and padding change. {@link Variant}s add what a site may do on top of any rendering.
 */
public enum Rendering {
    /** One row per line, pipes between cells, trailing empty cells from colspans ({@code 规章 | 0 | 0 | 0 |}). */
    PIPES_INLINE(true),
    /** Markdown rows: leading and trailing pipes, trailing spaces, a {@code |---|} line under the first row. */
    MARKDOWN(true),
    /** One cell per line ending in {@code " |"}, filler lines {@code ||}/{@code |||} between rows, blanks as lone pipes. */
    CELL_LINES_PIPE(true),
    /** One cell per line with a lone {@code |} line between cells. */
    LONE_PIPE_BETWEEN_CELLS(false),
    /** One cell per line ending in {@code " |"}, a lone {@code |} line before each row. */
    LONE_PIPE_BETWEEN_ROWS(false),
    /** One cell per line, blank lines between, values padded with spaces, headers split inside a cell. */
    BLANK_LINE_CELLS(false),
    /** A row label alone on a line ending in {@code " |"}, its values inline on the next line. */
    LABEL_THEN_VALUES(true),
    /** A row inline up to its first value, its blank cells broken onto lines of their own ({@code |}). */
    BLANKS_BROKEN(true),
    /** The label and its values run together with no separator ({@code 规章000}); other lines as pipes inline. */
    RUN_TOGETHER(false);

    /** True when the rendering keeps a blank cell in its place (the others lose it, as real pages do). */
    public final boolean carriesBlanks;

    Rendering(boolean carriesBlanks) {
        this.carriesBlanks = carriesBlanks;
    }

    /** What a site may add to any rendering. */
    public enum Variant {
        /** Windows line ends. */
        CRLF,
        /** Full-width digits in values (０１２). */
        FULL_WIDTH_DIGITS,
        /** Full-width pipes (｜). */
        FULL_WIDTH_PIPES,
        /** Random extra spaces (ASCII, ideographic, no-break) around cells. */
        EXTRA_SPACES,
        /** A page-metadata table and site navigation in front of the report. */
        PAGE_METADATA
    }

    private static final Pattern VALUE = Pattern.compile("^[+\\-]?[0-9]+(?:\\.[0-9]+)?(?:元|万元)?$|^/$");

    /** True when a cell of the generator's text is a value (a number or a mark), not a label or header. */
    static boolean isValue(String cell) {
        return VALUE.matcher(cell).matches();
    }

    /**
     * Renders {@code pipeText} (the generator's {@link SyntheticReport#toText()} form, or anything of one row per
     * line with pipes) in this rendering with the given variants; {@code rnd} picks the padding.
     */
    public String render(String pipeText, List<Variant> variants, Random rnd) {
        StringBuilder b = new StringBuilder(pipeText.length() * 2);
        if (variants.contains(Variant.PAGE_METADATA)) {
            b.append("首页 > 政务公开 > 政府信息公开年报\n");
            b.append("索 引 号 | 000014349/2024-00021 | 发布机构 | 政务公开办公室 |\n");
            b.append("发布日期 | 2024-01-30 | 文 号 | |\n");
            b.append("是否有效 | 有效 | 有效期限 | |\n");
            b.append("【字体：大 中 小】 打印\n");
        }
        boolean firstRow = true;
        for (String line : pipeText.split("\n", -1)) {
            if (line.indexOf('|') < 0) {
                b.append(line).append('\n');
                continue;
            }
            List<String> cells = cells(line);
            rows(b, cells, firstRow, rnd, variants.contains(Variant.EXTRA_SPACES));
            firstRow = false;
        }
        String out = b.toString();
        if (variants.contains(Variant.FULL_WIDTH_DIGITS)) {
            out = fullWidthValues(out);
        }
        if (variants.contains(Variant.FULL_WIDTH_PIPES)) {
            out = out.replace('|', '｜');
        }
        if (variants.contains(Variant.CRLF)) {
            out = out.replace("\n", "\r\n");
        }
        return out;
    }

    /** The cells of a pipe line, trailing empty (colspan) cells included, the pipe's own right edge not. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        for (String c : line.split("\\|", -1)) {
            out.add(c.trim());
        }
        if (line.trim().endsWith("|")) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private void rows(StringBuilder b, List<String> cells, boolean firstRow, Random rnd, boolean spaces) {
        int filled = lastFilled(cells) + 1;
        switch (this) {
            case PIPES_INLINE:
                b.append(join(cells, rnd, spaces)).append(" |\n");
                break;
            case MARKDOWN:
                b.append("| ").append(join(cells, rnd, spaces)).append(" | \n");
                if (firstRow) {
                    b.append("|").append("---|".repeat(Math.max(filled, 1))).append('\n');
                }
                break;
            case CELL_LINES_PIPE:
                for (int i = 0; i < filled; i++) {
                    b.append(cells.get(i).isEmpty() ? "|" : pad(cells.get(i), rnd, spaces) + " |").append('\n');
                }
                if (filled < cells.size()) {
                    // the row's trailing empty cells on one filler line
                    b.append("|".repeat(cells.size() - filled)).append('\n');
                }
                break;
            case LONE_PIPE_BETWEEN_CELLS:
                for (int i = 0; i < filled; i++) {
                    b.append(pad(cells.get(i), rnd, spaces)).append("\n|\n");
                }
                break;
            case LONE_PIPE_BETWEEN_ROWS:
                b.append("|\n");
                for (int i = 0; i < filled; i++) {
                    b.append(pad(cells.get(i), rnd, spaces)).append(" |\n");
                }
                break;
            case BLANK_LINE_CELLS:
                for (int i = 0; i < filled; i++) {
                    String c = cells.get(i);
                    if (c.startsWith("本年新") && c.length() > 4) {
                        c = "本年新\n\n" + c.substring(3); // a header split inside its cell
                    }
                    b.append(isValue(c) ? " " + c + (rnd.nextBoolean() ? " " : "") : c).append("\n\n");
                }
                break;
            case LABEL_THEN_VALUES: {
                int v = firstValue(cells);
                for (int i = 0; i < v; i++) {
                    if (cells.get(i).isEmpty()) {
                        v = i; // blank values before the first number go with the values
                        break;
                    }
                }
                if (v <= 0 || v >= filled) {
                    b.append(join(cells, rnd, spaces)).append(" |\n");
                } else {
                    b.append(join(cells.subList(0, v), rnd, spaces)).append(" |\n");
                    b.append(join(cells.subList(v, cells.size()), rnd, spaces)).append(" |\n");
                }
                break;
            }
            case BLANKS_BROKEN: {
                int v = firstValue(cells);
                if (v <= 0 || v >= filled) {
                    b.append(join(cells, rnd, spaces)).append(" |\n");
                    break;
                }
                b.append(join(cells.subList(0, v + 1), rnd, spaces)).append(" |\n");
                int run = 0;
                for (int i = v + 1; i < filled; i++) {
                    if (cells.get(i).isEmpty()) {
                        run++;
                        continue;
                    }
                    // a run of k blanks before a value: k - 1 lone pipes, then "| value |"
                    b.append("|\n".repeat(Math.max(run - 1, 0)));
                    b.append(run > 0 ? "| " : "").append(pad(cells.get(i), rnd, spaces)).append(" |\n");
                    run = 0;
                }
                b.append("|\n".repeat(run + cells.size() - filled)); // trailing blank cells, one per line
                break;
            }
            default: { // RUN_TOGETHER
                int v = firstValue(cells);
                boolean digits = v > 0 && v < filled;
                for (int i = Math.max(v, 0); digits && i < filled; i++) {
                    digits = cells.get(i).matches("[0-9]+");
                }
                if (digits) {
                    b.append(cells.get(v - 1));
                    for (int i = v; i < filled; i++) {
                        b.append(cells.get(i));
                    }
                    b.append('\n');
                } else {
                    b.append(join(cells, rnd, spaces)).append(" |\n");
                }
            }
        }
    }

    private static int lastFilled(List<String> cells) {
        int i = cells.size() - 1;
        while (i >= 0 && cells.get(i).isEmpty()) {
            i--;
        }
        return i;
    }

    private static int firstValue(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (isValue(cells.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String join(List<String> cells, Random rnd, boolean spaces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(cells.get(i).isEmpty() && !spaces ? " |" : " | ");
            }
            b.append(pad(cells.get(i), rnd, spaces));
        }
        return b.toString();
    }

    private static final String[] SPACES = {" ", "  ", "\u3000", "\u00A0", "\t"};

    private static String pad(String cell, Random rnd, boolean spaces) {
        if (!spaces || cell.isEmpty()) {
            return cell;
        }
        return SPACES[rnd.nextInt(SPACES.length)] + cell + SPACES[rnd.nextInt(SPACES.length)];
    }

    /** Digits of values (whole lines or cells that are values) to full width; labels and prose keep theirs. */
    private static String fullWidthValues(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            String[] parts = line.split("\\|", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    b.append('|');
                }
                String t = parts[i].strip();
                b.append(isValue(t) ? wide(parts[i]) : parts[i]);
            }
        }
        return b.toString();
    }

    private static String wide(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return b.toString();
    }
}
