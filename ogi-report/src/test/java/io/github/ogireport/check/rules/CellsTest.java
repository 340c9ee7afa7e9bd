package io.github.ogireport.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ColumnId;
import io.github.ogireport.model.Placement;
import io.github.ogireport.model.RowId;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import io.github.ogireport.model.T3Column;
import io.github.ogireport.model.T3Row;
import io.github.ogireport.model.TableId;
import io.github.ogireport.model.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The flat cells (kinds and small values read per row when first asked, terms made when asked) and the relations
 * over their slots give what a term made straight from the table gives: the first printed row of an ID, the
 * first cell of a column, absent when there is none; the same sums, outcomes and cells as relations over those
 * terms; and the census of odd cells that a scan of every cell finds. Random tables with rows and columns
 * printed twice, rows missing, rows or columns of another table's kind, and every kind of cell.
 */
class CellsTest {
    private static final String[] VALUES = {"0", "1", "7", "12", "999999999999999", "1000000000000000",
        "123456789012345678901234567890", "2.5", "0.0", "3.10", "-4", "1E+3", "1E-2", "-0.5"};
    private static final Placement[] PLACED = {Placement.READ, Placement.READ, Placement.READ,
        Placement.ROW_BY_ORDER, Placement.COLUMN_BY_POSITION};

    private static Cell cell(Random random) {
        int k = random.nextInt(10);
        if (k < 6) {
            BigDecimal v = new BigDecimal(VALUES[random.nextInt(VALUES.length)]);
            return new Cell.Number(v, "", v.toString(), SourcePosition.UNKNOWN);
        }
        if (k == 6) {
            return new Cell.Blank("", SourcePosition.UNKNOWN);
        }
        if (k == 7) {
            return new Cell.NotApplicable("无", SourcePosition.UNKNOWN);
        }
        return k == 8 ? new Cell.Text("若干", SourcePosition.UNKNOWN)
                : new Cell.Number(BigDecimal.ZERO, "", "0", SourcePosition.UNKNOWN);
    }

    private static StatTable table(Random random) {
        List<TableRow> rows = new ArrayList<>();
        int n = random.nextInt(12);
        boolean mixedRows = random.nextInt(8) == 0;
        boolean mixedColumns = random.nextInt(6) == 0;
        for (int r = 0; r < n; r++) {
            RowId id = mixedRows && random.nextInt(4) == 0 ? T3Row.values()[random.nextInt(3)]
                    : T2Row.values()[random.nextInt(8)]; // few IDs: some printed twice
            List<ColumnId> columns = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            List<Placement> placements = new ArrayList<>();
            int m = random.nextInt(9);
            for (int i = 0; i < m; i++) {
                columns.add(mixedColumns && random.nextInt(5) == 0 ? T3Column.values()[random.nextInt(5)]
                        : T2Column.values()[random.nextInt(7)]); // some columns twice, some missing
                cells.add(cell(random));
                placements.add(PLACED[random.nextInt(PLACED.length)]);
            }
            rows.add(new TableRow(id, "行", columns, cells, placements));
        }
        return new StatTable(TableId.T2, rows, SourcePosition.UNKNOWN);
    }

    /** The term of (row, column) read straight from the table: first row, first cell, or absent. */
    private static Term expected(StatTable table, RowId row, ColumnId column) {
        for (TableRow r : table.rows()) {
            if (r.id() == row) {
                for (int i = 0; i < r.columns().size(); i++) {
                    if (r.columns().get(i) == column) {
                        return new Term(row, column, r.cells().get(i), r.placements().get(i));
                    }
                }
                return new Term(row, column, null, Placement.ABSENT);
            }
        }
        return new Term(row, column, null, Placement.ABSENT);
    }

    private static RowId anyRow(Random random) {
        return random.nextInt(10) == 0 ? T3Row.values()[random.nextInt(3)] : T2Row.values()[random.nextInt(10)];
    }

    private static ColumnId anyColumn(Random random) {
        return random.nextInt(10) == 0 ? T3Column.values()[random.nextInt(5)] : T2Column.values()[random.nextInt(7)];
    }

    private static void sameTerm(Term want, Term got) {
        assertSame(want.row(), got.row());
        assertSame(want.column(), got.column());
        assertSame(want.cell(), got.cell());
        assertSame(want.placement(), got.placement());
        assertEquals(want.flags, got.flags);
        assertEquals(want.ref(), got.ref());
    }

    @Test
    void slotsAndTermsAreTheTablesFirstCells() {
        Random random = new Random(12);
        int present = 0;
        for (int n = 0; n < 3_000; n++) {
            StatTable table = table(random);
            Cells cells = new Cells(table);
            for (int k = 0; k < 20; k++) {
                RowId row = anyRow(random);
                ColumnId column = anyColumn(random);
                Term want = expected(table, row, column);
                present += want.isMissing() ? 0 : 1;
                int at = random.nextBoolean() ? cells.at(row, column)
                        : cells.at(List.of(row), null, column)[0];
                assertEquals(want.flags, cells.flags(at), "flags of " + row + "." + column);
                assertEquals(want.smallValue, cells.smallValue(at));
                assertEquals(want.value(), cells.value(at));
                assertEquals(want.isMissing() ? Term.MISSING : want.flags & Term.KIND, cells.kind(at));
                if (!want.isText() && !want.isMissing()) {
                    assertEquals(want.signum(), cells.signum(at));
                }
                sameTerm(want, cells.termAt(at));
                sameTerm(want, cells.term(row, column));
                assertEquals(table.row(row).isPresent(), cells.has(row));
            }
        }
        assertTrue(present > 5_000, "cells found: " + present);
    }

    @Test
    void relationsOverSlotsAreRelationsOverTerms() {
        Random random = new Random(13);
        BigDecimal half = new BigDecimal("0.5");
        for (int n = 0; n < 3_000; n++) {
            StatTable table = table(random);
            Cells cells = new Cells(table);
            int left = 1 + random.nextInt(6);
            int[] slots;
            Term[] terms;
            if (random.nextBoolean()) { // one row, several columns (T2-L2, T3-L1)
                RowId row = anyRow(random);
                ColumnId[] columns = new ColumnId[left + 1 + random.nextInt(2)];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = anyColumn(random);
                }
                slots = cells.at(row, columns);
                terms = new Term[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    terms[i] = expected(table, row, columns[i]);
                }
            } else { // one column, several rows and a last (T2-L1, T2-E1)
                ColumnId column = anyColumn(random);
                List<RowId> rows = new ArrayList<>();
                for (int i = 0; i < left; i++) {
                    rows.add(anyRow(random));
                }
                RowId last = random.nextBoolean() ? anyRow(random) : null;
                slots = random.nextBoolean() ? cells.at(rows, last, column) : cells.at(cells.rows(rows, last), column);
                terms = new Term[rows.size() + (last == null ? 0 : 1)];
                for (int i = 0; i < terms.length; i++) {
                    terms[i] = expected(table, i < rows.size() ? rows.get(i) : last, column);
                }
                if (terms.length == left) {
                    left--; // a right side of one at least
                }
            }
            Relation flat = new Relation(cells, slots, left);
            Relation plain = new Relation(terms, left);
            assertEquals(plain.outcome(), flat.outcome());
            assertEquals(plain.outcome(half), flat.outcome(half));
            assertEquals(plain.leftSum(), flat.leftSum());
            assertEquals(plain.leftSum().scale(), flat.leftSum().scale());
            assertEquals(plain.rightSum(), flat.rightSum());
            assertEquals(plain.hasBlank(), flat.hasBlank());
            assertEquals(plain.right(0).isBlank(), flat.rightBlank(0));
            assertEquals(plain.refs(), flat.refs());
            assertEquals(plain.refsTotalFirst(), flat.refsTotalFirst());
            assertEquals(plain.missingRefs(), flat.missingRefs());
            assertEquals(plain.missingPaths(), flat.missingPaths());
            assertEquals(plain.blankPaths(), flat.blankPaths());
            assertEquals(plain.textCells(), flat.textCells());
            assertEquals(plain.inferredCells(), flat.inferredCells());
            assertEquals(Relation.terms(plain.left(), true), Relation.terms(flat.left(), true));
        }
    }

    @Test
    void theCensusIsAScanOfEveryCell() {
        Random random = new Random(14);
        int odd = 0;
        for (int n = 0; n < 3_000; n++) {
            StatTable table = table(random);
            int want = 0;
            for (TableRow r : table.rows()) {
                for (Cell c : r.cells()) {
                    if (c instanceof Cell.Number) {
                        BigDecimal v = ((Cell.Number) c).value();
                        want |= v.signum() < 0 ? Cells.NEGATIVE : 0;
                        want |= v.stripTrailingZeros().scale() > 0 ? Cells.FRACTION : 0;
                    } else if (c instanceof Cell.Text) {
                        want |= Cells.TEXT;
                    } else if (c instanceof Cell.NotApplicable) {
                        want |= Cells.NOT_APPLICABLE;
                    }
                }
            }
            Cells cells = new Cells(table);
            cells.at(T2Row.NEW, T2Column.TOT); // a row read first changes nothing
            assertEquals(want, cells.census());
            odd += want == 0 ? 0 : 1;
        }
        assertTrue(odd > 1_000 && odd < 3_000, "tables with odd cells: " + odd);
    }
}
