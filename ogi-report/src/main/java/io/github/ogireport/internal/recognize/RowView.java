package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.LayoutPlacement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table row split into its label cells and its value cells. Colspan copies are dropped so that a value
 * spanning several logical columns is read once; rowspan copies of labels are kept (they carry the group
 * label, e.g. 三、本年度办理结果). What the recognizers ask of a row's labels (the T2 row they name, their
 * joined key) is worked out once and kept: T2, T3 and the sections all ask. Not API.
 */
final class RowView {
    /** Marks a T2 match not worked out yet (null is an answer: no row named). */
    private static final Object UNKNOWN = new Object();

    private final int index;
    private final Line.Row row;
    private final List<GridCell> labels;
    private final List<GridCell> values;
    private Object t2 = UNKNOWN;
    private String labelKey;
    private int filled = -1;

    /**
     * A row split.
     *
     * @param index  the row's index in the document's lines
     * @param row    the row
     * @param labels the label cells (text), in order
     * @param values the cells after the labels
     */
    RowView(int index, Line.Row row, List<GridCell> labels, List<GridCell> values) {
        this.index = index;
        this.row = row;
        this.labels = labels;
        this.values = values;
    }

    static RowView of(int index, Line.Row row) {
        List<GridCell> cells = row.cells();
        int n = cells.size();
        int firstValue = -1;
        int labelCount = 0;
        boolean copies = false;
        for (int i = 0; i < n; i++) {
            GridCell cell = cells.get(i);
            if (cell.colCopy()) {
                copies = true;
                continue;
            }
            if (labelCount == 0 && cell.isBlank()) {
                copies = true; // placeholder cells before the label (rowspans replaced by empty <td>)
                continue;
            }
            if (!isLabel(cell)) {
                firstValue = i;
                break;
            }
            labelCount++;
        }
        for (int i = firstValue + 1; firstValue >= 0 && i < n && !copies; i++) {
            copies = cells.get(i).colCopy();
        }
        if (!copies) {
            // the common row: labels, then values, nothing dropped: views of the row's own (immutable) list
            int split = firstValue < 0 ? n : firstValue;
            return new RowView(index, row, new Range(cells, 0, split), new Range(cells, split, n - split));
        }
        List<GridCell> labels = new ArrayList<>(labelCount);
        List<GridCell> values = new ArrayList<>();
        boolean inValues = false;
        for (GridCell cell : cells) {
            if (cell.colCopy()) {
                continue;
            }
            if (!inValues) {
                if (labels.isEmpty() && cell.isBlank()) {
                    continue;
                }
                if (isLabel(cell)) {
                    labels.add(cell);
                    continue;
                }
                inValues = true;
            }
            values.add(cell);
        }
        return new RowView(index, row, List.copyOf(labels), List.copyOf(values));
    }

    /**
     * Cells {@code from} to {@code from + size} of a row's (immutable, random-access) list, read in place: what
     * {@code subList} gives, without its checks for changes at each read (the row never changes), and whose own
     * ranges are ranges of the row again, not views of views. Read-only.
     */
    private static final class Range extends java.util.AbstractList<GridCell> implements java.util.RandomAccess {
        private final List<GridCell> cells;
        private final int from;
        private final int size;

        Range(List<GridCell> cells, int from, int size) {
            this.cells = cells;
            this.from = from;
            this.size = size;
        }

        @Override
        public GridCell get(int i) {
            return cells.get(from + java.util.Objects.checkIndex(i, size));
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public List<GridCell> subList(int a, int b) {
            java.util.Objects.checkFromToIndex(a, b, size);
            return new Range(cells, from + a, b - a);
        }
    }

    /** A label cell: not blank, not a value, not a number with a note ({@code 22（其中修订16件）}). */
    static boolean isLabel(GridCell cell) {
        return !cell.isBlank() && !cell.isValueLike() && !cell.isAnnotatedNumber();
    }

    /** The row's index in the document's lines. */
    int index() {
        return index;
    }

    /** The row. */
    Line.Row row() {
        return row;
    }

    /** The label cells, in order. */
    List<GridCell> labels() {
        return labels;
    }

    /** The cells after the labels. */
    List<GridCell> values() {
        return values;
    }

    /** The T2 row the labels name ({@link T2Recognizer#match}), or null; worked out once. */
    io.github.ogireport.model.T2Row t2() {
        Object m = t2;
        if (m == UNKNOWN) {
            m = T2Recognizer.match(labels);
            t2 = m;
        }
        return (io.github.ogireport.model.T2Row) m;
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

    /** The label cells' texts joined, in matching form (see {@code Text.key}). */
    String labelKey() {
        String k = labelKey;
        if (k == null) {
            StringBuilder b = new StringBuilder();
            for (GridCell c : labels) {
                b.append(c.key());
            }
            k = b.toString();
            labelKey = k;
        }
        return k;
    }

    /** The label as published, cells joined by a space. */
    String labelText() {
        if (labels.size() == 1) {
            return labels.get(0).text(); // most rows: one label, its own text
        }
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
        int n = filled;
        if (n < 0) {
            n = 0;
            for (GridCell c : values) {
                if (!c.isBlank()) {
                    n++;
                }
            }
            filled = n;
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
