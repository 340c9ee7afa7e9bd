package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.CellParser;
import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.Placement;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/** Turns the value cells of a row into a {@link TableRow}, noting cells that hold text. Not API. */
final class Cells {
    private Cells() {
    }

    static TableRow row(RowId id, String label, List<? extends ColumnId> columns, List<GridCell> values,
            List<String> units, Problems problems) {
        List<Cell> cells = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            GridCell v = values.get(i);
            Cell cell = placed(CellParser.parse(v.text(), v.position(), units.get(i)), v.placement());
            if (cell instanceof Cell.Text) {
                problems.add(ParseProblem.Kind.CELL_NOT_NUMBER,
                        id.cellPath(columns.get(i)), v.text(), v.position());
            }
            cells.add(cell);
        }
        return new TableRow(id, label, List.copyOf(columns), cells);
    }

    /**
     * The one place where how a cell was placed ({@link Placement}: read under its label, joined across lines,
     * split by arity, absent) meets the model cell; the model has no field for it yet, so the cell is unchanged.
     * Onto the "verdicts" branch's {@code model.Placement}: READ → READ; JOINED_LINES → JOINED_LINES; SPLIT_BY_ARITY,
     * EDGE_OR_BLANK and ABSENT (a blank the text did not print) → COLUMN_BY_POSITION (placed by counting cells).
     */
    static Cell placed(Cell cell, Placement placement) {
        return cell;
    }

    /** A row's value cells printed with no separator, split one digit per cell when there are exactly arity. */
    static List<GridCell> splitRun(GridCell run, int arity) {
        String digits = run.text();
        if (arity == 1) {
            return List.of(run.placed(Placement.SPLIT_BY_ARITY)); // one cell: the whole run is its value
        }
        if (digits.length() != arity) {
            return null;
        }
        List<GridCell> out = new ArrayList<>(arity);
        for (int i = 0; i < arity; i++) {
            SourcePosition at = run.position() instanceof SourcePosition.InText
                    ? new SourcePosition.InText(((SourcePosition.InText) run.position()).line(),
                            ((SourcePosition.InText) run.position()).column() + i)
                    : run.position();
            out.add(GridCell.of(digits.substring(i, i + 1), at).placed(Placement.SPLIT_BY_ARITY));
        }
        return out;
    }

    /** A blank cell the text did not print (a row label with nothing after it). */
    static GridCell absent(SourcePosition at) {
        return GridCell.of("", at).placed(Placement.ABSENT);
    }

    static List<String> noUnits(int n) {
        List<String> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            units.add("");
        }
        return units;
    }
}
