package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.GridCell;
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
            Cell cell = CellParser.parse(v.text(), v.position(), units.get(i));
            if (cell instanceof Cell.Text) {
                problems.add(ParseProblem.Kind.CELL_NOT_NUMBER,
                        id.table().key() + "." + id.id() + "." + columns.get(i).id(), v.text(), v.position());
            }
            cells.add(cell);
        }
        return new TableRow(id, label, List.copyOf(columns), cells);
    }

    static List<String> noUnits(int n) {
        List<String> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            units.add("");
        }
        return units;
    }
}
