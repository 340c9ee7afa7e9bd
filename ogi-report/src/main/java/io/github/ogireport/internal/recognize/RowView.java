package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.CellParser;
import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.LayoutPlacement;
import io.github.ogireport.internal.layout.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table row split into its label cells and its value cells. Colspan copies are dropped so that a value
 * spanning several logical columns is read once; rowspan copies of labels are kept (they carry the group
 * label, e.g. 三、本年度办理结果). Not API.
 *
 * @param index  the row's index in the document's lines
 * @param row    the row
 * @param labels the label cells (text), in order
 * @param values the cells after the labels
 */
record RowView(int index, Line.Row row, List<GridCell> labels, List<GridCell> values) {
    /** A number followed by an annotation, e.g. {@code 22（其中修订16件）}: a value, not a label. */
    private static final Pattern ANNOTATED_NUMBER = Pattern.compile("^[0-9０-９][0-9０-９,.]*\\s*[（(].*");

    static RowView of(int index, Line.Row row) {
        List<GridCell> labels = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        boolean inValues = false;
        for (GridCell cell : row.cells()) {
            if (cell.colCopy()) {
                continue;
            }
            if (!inValues) {
                if (labels.isEmpty() && cell.isBlank()) {
                    continue; // placeholder cells before the label (rowspans replaced by empty <td>)
                }
                if (isLabel(cell.text())) {
                    labels.add(cell);
                    continue;
                }
                inValues = true;
            }
            values.add(cell);
        }
        return new RowView(index, row, List.copyOf(labels), List.copyOf(values));
    }

    static boolean isLabel(String text) {
        if (Text.isBlank(text)) {
            return false;
        }
        if (CellParser.isValueLike(text)) {
            return false;
        }
        String t = Text.trim(text);
        char c = t.charAt(0);
        boolean digit = c >= '0' && c <= '9' || c >= '０' && c <= '９';
        return !digit || !ANNOTATED_NUMBER.matcher(t).matches();
    }

    /**
     * This row with trailing label cells moved to the values while it has fewer than {@code arity} values
     * and the remaining labels still name the row: a value cell holding text (五, 若干) reads as a label
     * otherwise and shifts every value one column.
     */
    RowView withTextValues(int arity, java.util.function.Predicate<List<GridCell>> stillNamed) {
        List<GridCell> l = labels;
        List<GridCell> v = values;
        while (countBeforeTrailingBlanks(v) < arity && l.size() > 1 && stillNamed.test(l.subList(0, l.size() - 1))) {
            List<GridCell> moved = new ArrayList<>();
            moved.add(l.get(l.size() - 1));
            moved.addAll(v);
            v = moved;
            l = l.subList(0, l.size() - 1);
        }
        return l == labels ? this : new RowView(index, row, List.copyOf(l), List.copyOf(v));
    }

    /** True when the row's values are one run of digits printed with no separator ({@code 规章000}). */
    boolean runTogether() {
        return values.size() == 1 && values.get(0).placement() == LayoutPlacement.RUN_TOGETHER;
    }

    /**
     * This row with its run-together values split one digit per cell, when there are exactly {@code arity}
     * digits; null when they cannot be told apart; this row when its values were printed apart.
     */
    RowView splitRun(int arity) {
        if (!runTogether()) {
            return this;
        }
        List<GridCell> split = Cells.splitRun(values.get(0), arity);
        return split == null ? null : new RowView(index, row, labels, List.copyOf(split));
    }

    /** This row with its values replaced (cells placed by inference, e.g. a blank the text did not print). */
    RowView withValues(List<GridCell> newValues) {
        return new RowView(index, row, labels, List.copyOf(newValues));
    }

    /** The label cells' texts joined, in matching form (see {@link Text#key}). */
    String labelKey() {
        StringBuilder b = new StringBuilder();
        for (GridCell c : labels) {
            b.append(Text.key(c.text()));
        }
        return b.toString();
    }

    /** The label as published, cells joined by a space. */
    String labelText() {
        StringBuilder b = new StringBuilder();
        String last = null;
        for (GridCell c : labels) {
            if (c.text().equals(last)) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(c.text());
            last = c.text();
        }
        return b.toString();
    }

    /**
     * The values with trailing blanks beyond {@code arity} dropped; null when other cells follow. A blank that may
     * only be a pipe's edge ({@link Placement#EDGE_OR_BLANK}) is left out when the row has one value too many.
     */
    List<GridCell> valuesFor(int arity) {
        List<GridCell> all = valuesFor(values, arity);
        if (all != null && all.size() == arity || values.isEmpty()
                || values.get(0).placement() != LayoutPlacement.EDGE_OR_BLANK) {
            return all;
        }
        List<GridCell> rest = valuesFor(values.subList(1, values.size()), arity);
        return rest != null && rest.size() == arity ? rest : all;
    }

    private static List<GridCell> valuesFor(List<GridCell> values, int arity) {
        if (values.size() <= arity) {
            return values;
        }
        for (int i = arity; i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                return null;
            }
        }
        return values.subList(0, arity);
    }

    /** Number of non-blank value cells. */
    int filledValues() {
        int n = 0;
        for (GridCell c : values) {
            if (!c.isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** Number of value cells that are not trailing blanks. */
    int valueCount() {
        return countBeforeTrailingBlanks(values);
    }

    private static int countBeforeTrailingBlanks(List<GridCell> cells) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        return n;
    }
}
