package io.github.ogireport.internal.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Puts a DOCX's merged cells back into Tika's XHTML: Tika writes one {@code <td>} per {@code w:tc} with no
 * spans, so a {@code gridSpan} cell would shift the columns after it and a {@code vMerge} column would read
 * as empty cells. Each XHTML table is matched to the document's tables in order by its shape (rows and
 * cells per row); a match gets {@code colspan} from {@code gridSpan}, {@code rowspan} from a
 * {@code vMerge} restart and the cells it covers, and loses the {@code <td>}s of {@code vMerge} continuations.
 * A table that matches none is left as Tika wrote it. Not API.
 */
final class DocxSpans {
    private DocxSpans() {
    }

    /** One w:tc as it stands in the grid. */
    private record Tc(int gridCol, int span, boolean restart, boolean cont) {
    }

    static void apply(Document xhtml, byte[] docx) throws IOException {
        List<XWPFTable> tables = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFHeader h : doc.getHeaderList()) {
                collect(h.getBodyElements(), tables);
            }
            collect(doc.getBodyElements(), tables);
            for (XWPFFooter f : doc.getFooterList()) {
                collect(f.getBodyElements(), tables);
            }
            int cursor = 0;
            for (Element table : xhtml.getElementsByTag("table")) {
                List<List<Element>> rows = rows(table);
                for (int i = cursor; i < tables.size(); i++) {
                    List<List<Tc>> grid = grid(tables.get(i));
                    if (sameShape(rows, grid)) {
                        annotate(rows, grid);
                        cursor = i + 1;
                        break;
                    }
                }
            }
        }
    }

    private static void collect(List<IBodyElement> elements, List<XWPFTable> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFTable) {
                XWPFTable t = (XWPFTable) e;
                out.add(t);
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        collect(c.getBodyElements(), out);
                    }
                }
            }
        }
    }

    /** The table's own rows and cells (not those of tables nested in its cells). */
    private static List<List<Element>> rows(Element table) {
        List<List<Element>> out = new ArrayList<>();
        List<Element> stack = new ArrayList<>(table.children());
        for (int i = 0; i < stack.size(); i++) {
            Element e = stack.get(i);
            String tag = e.normalName();
            if (tag.equals("tbody") || tag.equals("thead") || tag.equals("tfoot")) {
                stack.addAll(i + 1, e.children());
            } else if (tag.equals("tr")) {
                List<Element> cells = new ArrayList<>();
                for (Element td : e.children()) {
                    if (td.normalName().equals("td") || td.normalName().equals("th")) {
                        cells.add(td);
                    }
                }
                out.add(cells);
            }
        }
        return out;
    }

    private static List<List<Tc>> grid(XWPFTable table) {
        List<List<Tc>> out = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<Tc> cells = new ArrayList<>();
            int col = gridBefore(row);
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                boolean restart = false;
                boolean cont = false;
                if (pr != null) {
                    if (pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                        span = Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 500));
                    }
                    CTVMerge vm = pr.getVMerge();
                    if (vm != null) {
                        restart = vm.getVal() == STMerge.RESTART;
                        cont = !restart;
                    }
                }
                cells.add(new Tc(col, span, restart, cont));
                col += span;
            }
            out.add(cells);
        }
        return out;
    }

    private static int gridBefore(XWPFTableRow row) {
        CTTrPr pr = row.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
            return 0;
        }
        CTDecimalNumber n = pr.getGridBeforeArray(0);
        BigInteger v = n == null ? null : n.getVal();
        return v == null ? 0 : Math.max(0, Math.min(v.intValue(), 500));
    }

    private static boolean sameShape(List<List<Element>> rows, List<List<Tc>> grid) {
        if (rows.size() != grid.size()) {
            return false;
        }
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != grid.get(r).size()) {
                return false;
            }
        }
        return true;
    }

    private static void annotate(List<List<Element>> rows, List<List<Tc>> grid) {
        int[][] rowspan = new int[grid.size()][];
        for (int r = 0; r < grid.size(); r++) {
            rowspan[r] = new int[grid.get(r).size()];
            java.util.Arrays.fill(rowspan[r], 1);
        }
        List<Element> drop = new ArrayList<>();
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                Tc tc = grid.get(r).get(c);
                if (tc.span() > 1) {
                    rows.get(r).get(c).attr("colspan", String.valueOf(tc.span()));
                }
                if (!tc.cont()) {
                    continue;
                }
                // the cell above starting at the same grid column carries the merge
                boolean merged = false;
                for (int up = r - 1; up >= 0 && !merged; up--) {
                    for (int k = 0; k < grid.get(up).size(); k++) {
                        Tc above = grid.get(up).get(k);
                        if (above.gridCol() == tc.gridCol() && !above.cont()) {
                            rowspan[up][k]++;
                            merged = true;
                            break;
                        }
                    }
                }
                if (merged) {
                    drop.add(rows.get(r).get(c));
                }
            }
        }
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                if (rowspan[r][c] > 1) {
                    rows.get(r).get(c).attr("rowspan", String.valueOf(rowspan[r][c]));
                }
            }
        }
        for (Element td : drop) {
            td.remove();
        }
    }
}
