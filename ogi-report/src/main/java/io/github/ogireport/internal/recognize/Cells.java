package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.CellParser;
import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.LayoutPlacement;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.T1Column;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/** Turns the value cells of a row into a {@link TableRow}, noting cells that hold text. Not API. */
final class Cells {
    private Cells() {
    }

    static TableRow row(RowId id, String label, List<? extends ColumnId> columns, List<GridCell> values,
            List<String> units, Problems problems) {
        Cell[] cells = new Cell[values.size()];
        Placement[] placements = new Placement[values.size()];
        boolean read = true;
        for (int i = 0; i < values.size(); i++) {
            GridCell v = values.get(i);
            placements[i] = v.placement().model();
            read &= placements[i] == Placement.READ;
            if (v.isPlainDigits()) {
                cells[i] = CellParser.digits(v.text(), v.position(), units.get(i)); // a count: no sign, no word
                continue;
            }
            Cell cell = CellParser.parse(v.text(), v.position(), units.get(i));
            if (cell instanceof Cell.Number && columns.get(i) != T1Column.CHANGE && worded(cell.raw())) {
                // 增/减 is how F2019's 本年增/减 column prints a change; in any other column it is not a count
                cell = new Cell.Text(cell.raw(), cell.position());
            }
            if (cell instanceof Cell.Text) {
                problems.add(ParseProblem.Kind.CELL_NOT_NUMBER,
                        id.cellPath(columns.get(i)), v.text(), v.position());
            }
            cells[i] = cell;
        }
        // immutable lists already: the row keeps them without copying
        return new TableRow(id, label, List.copyOf(columns), List.of(cells),
                read && placements.length < ALL_READ.size() ? ALL_READ.get(placements.length) : List.of(placements));
    }

    /** For each row length, the placements of a row whose cells were all read where they stood: one list, shared. */
    private static final List<List<Placement>> ALL_READ = allRead(16);

    private static List<List<Placement>> allRead(int most) {
        List<List<Placement>> lists = new ArrayList<>();
        for (int n = 0; n < most; n++) {
            Placement[] p = new Placement[n];
            java.util.Arrays.fill(p, Placement.READ);
            lists.add(List.of(p));
        }
        return List.copyOf(lists);
    }

    /** True for a value written with 增 or 减 before its digits. */
    private static boolean worded(String raw) {
        if (raw.indexOf('增') < 0 && raw.indexOf('减') < 0) {
            return false; // most values: no copy stripped to say so
        }
        String t = raw.strip();
        return t.startsWith("增") || t.startsWith("减");
    }

    /** A row's value cells printed with no separator, split one digit per cell when there are exactly arity. */
    static List<GridCell> splitRun(GridCell run, int arity) {
        String digits = run.text();
        if (arity == 1) {
            return List.of(run.placed(LayoutPlacement.SPLIT_BY_ARITY)); // one cell: the whole run is its value
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
            out.add(GridCell.of(digits.substring(i, i + 1), at).placed(LayoutPlacement.SPLIT_BY_ARITY));
        }
        return out;
    }

    /** A blank cell the text did not print (a row label with nothing after it). */
    static GridCell absent(SourcePosition at) {
        return GridCell.of("", at).placed(LayoutPlacement.ABSENT);
    }

    static List<String> noUnits(int n) {
        List<String> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            units.add("");
        }
        return units;
    }
}
