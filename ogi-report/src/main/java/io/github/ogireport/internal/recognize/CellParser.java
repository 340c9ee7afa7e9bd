package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.SourcePosition;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a published cell into a {@link Cell} state (domain-spec §8.7). Not API. */
public final class CellParser {
    private static final Set<String> NOT_APPLICABLE = Set.of("/", "-", "--", "—", "——", "―", "－", "无", "不适用",
            "N/A", "n/a", "NA", "／", "\\");
    private static final Pattern NUMBER = Pattern.compile(
            "^(?<sign>[+\\-]?)(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(?<unit>万元|元|件|个|项|条|次|%)?$");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("^\\d{1,3}(?: \\d{3})+$");

    private CellParser() {
    }

    /** True when the text reads as a value cell: a number, blank or a not-applicable mark. */
    public static boolean isValueLike(String raw) {
        Cell c = parse(raw, SourcePosition.UNKNOWN, "");
        return !(c instanceof Cell.Text);
    }

    /**
     * Parses a cell.
     *
     * @param raw        the published text
     * @param position   where it stood
     * @param columnUnit the unit the column declares ("" for counts, 万元 for fees)
     */
    public static Cell parse(String raw, SourcePosition position, String columnUnit) {
        String t = Text.trim(raw);
        if (t.isEmpty()) {
            return new Cell.Blank(raw, position);
        }
        String n = Normalizer.normalize(t, Normalizer.Form.NFKC).trim();
        if (NOT_APPLICABLE.contains(n)) {
            return new Cell.NotApplicable(raw, position);
        }
        if (SPACED_THOUSANDS.matcher(n).matches()) {
            n = n.replace(" ", "");
        }
        n = n.replace('，', ',');
        Matcher m = NUMBER.matcher(n);
        if (!m.matches()) {
            return new Cell.Text(raw, position);
        }
        BigDecimal value = new BigDecimal(m.group("num").replace(",", ""));
        if ("-".equals(m.group("sign"))) {
            value = value.negate();
        }
        String printed = m.group("unit") == null ? "" : m.group("unit");
        String unit = printed;
        if ("万元".equals(columnUnit)) {
            if ("元".equals(printed)) {
                value = value.movePointLeft(4);
            }
            unit = "万元";
        } else if (printed.isEmpty()) {
            unit = columnUnit;
        }
        return new Cell.Number(value, unit, raw, position);
    }
}
