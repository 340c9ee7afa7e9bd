package example;

import io.github.ogireport.OgiReports;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.T2Column;
import io.github.ogireport.model.T2Row;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Embedding example for ogi-report: parses annual reports (政府信息公开工作年度报告) and prints, per file, the
 * issuing organ, the year, the format, the 总计 (total) column of three T2 rows, and whether the one
 * arithmetic rule the official format prints holds in that column:
 *
 * <pre>
 *   一、本年新收 (NEW) + 二、上年结转 (CIN) = （七）总计 (R7) + 四、结转下年度继续办理 (COUT)
 * </pre>
 *
 * <p>Usage: {@code java example.SumRequests [FILE_OR_FOLDER ...]}; a folder stands for the files in it.
 * Without arguments it reads {@code ../../testdata/samples}, the samples bundled with the project, as seen
 * from {@code examples/embed}.
 *
 * <p>Things to notice about the API:
 * <ul>
 *   <li>{@link OgiReports#parse(Path)} is the whole entry point. It throws only when the file cannot be read;
 *       bad content gives a {@link Report} with an {@code error()} or a list of {@code problems()}.</li>
 *   <li>The model is immutable records; anything the report may lack is an {@link Optional}.</li>
 *   <li>A cell is one of four states of the sealed {@link Cell}: a {@link Cell.Number}, a {@link Cell.Blank},
 *       a {@link Cell.NotApplicable} mark such as {@code /} or {@code —}, or {@link Cell.Text} where a number
 *       was expected. Published reports contain all four, so a program must decide what each means for its
 *       purpose. This one uses {@code instanceof} chains (Java 17 has {@code instanceof} patterns but no pattern
 *       matching in {@code switch}).</li>
 * </ul>
 */
public final class SumRequests {
    private static final String DEFAULT_INPUT = "../../testdata/samples";

    private SumRequests() {
    }

    /**
     * Prints the summary of every report named on the command line.
     *
     * @param args files or folders; none means {@value #DEFAULT_INPUT}
     */
    public static void main(String[] args) {
        List<String> inputs = args.length == 0 ? List.of(DEFAULT_INPUT) : List.of(args);
        for (Path file : expand(inputs)) {
            Report report;
            try {
                report = OgiReports.parse(file); // never throws for bad content, only for I/O failures
            } catch (IOException e) {
                System.out.println("== " + file + " ==");
                System.out.println("  cannot read: " + e.getMessage());
                continue;
            }
            print(file, report);
        }
    }

    /** The files named by the arguments: a file as is, a folder as the regular files in it, sorted by name. */
    private static List<Path> expand(List<String> inputs) {
        List<Path> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    files.addAll(children.filter(Files::isRegularFile).sorted().collect(Collectors.toList()));
                } catch (IOException e) {
                    System.err.println("cannot list " + path + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                System.err.println("no such file or folder: " + path.toAbsolutePath());
            }
        }
        return files;
    }

    private static void print(Path file, Report report) {
        System.out.println("== " + file.getFileName() + " ==");
        if (!report.isReadable()) {
            // e.g. an empty file, a PDF, or a page that is not an annual report
            System.out.println("  error: " + report.error().orElse(""));
            return;
        }
        System.out.println("  agency: " + report.agency().orElse("(not found)"));
        System.out.println("  year:   " + (report.year().isPresent() ? report.year().getAsInt() : "(not found)"));
        System.out.println("  format: " + report.format());

        Optional<StatTable> t2 = report.t2();
        if (t2.isEmpty()) {
            System.out.println("  T2 (收到和处理政府信息公开申请情况) not found");
            return;
        }
        StatTable table = t2.get();
        // cell(row, column) is empty when the report did not print that row
        Optional<Cell> newTotal = table.cell(T2Row.NEW, T2Column.TOT);
        Optional<Cell> cinTotal = table.cell(T2Row.CIN, T2Column.TOT);
        Optional<Cell> r7Total = table.cell(T2Row.R7, T2Column.TOT);
        Optional<Cell> coutTotal = table.cell(T2Row.COUT, T2Column.TOT);
        System.out.println("  T2 总计: NEW " + show(newTotal) + " | R7 " + show(r7Total) + " | COUT " + show(coutTotal));
        System.out.println("  NEW + CIN = R7 + COUT (总计): " + balance(newTotal, cinTotal, r7Total, coutTotal));
    }

    /** A cell as a reader would want to see it, naming the state when it is not a number. */
    private static String show(Optional<Cell> cell) {
        if (cell.isEmpty()) {
            return "(row missing)";
        }
        Cell c = cell.get();
        if (c instanceof Cell.Number n) {
            return n.value().toPlainString() + n.unit(); // unit is "" for counts
        } else if (c instanceof Cell.Blank) {
            return "(blank)";
        } else if (c instanceof Cell.NotApplicable) {
            return "(not applicable: " + c.raw() + ")";
        } else if (c instanceof Cell.Text) {
            return "(text: " + c.raw() + ")";
        }
        throw new IllegalStateException("unknown cell state: " + c); // Cell is sealed: not reached
    }

    /**
     * Checks NEW + CIN = R7 + COUT. Blank cells and not-applicable marks count as 0, as the domain
     * conventions do for components (the format itself says nothing about them); text or a missing row makes
     * the check impossible. The result says which of these happened.
     */
    private static String balance(Optional<Cell> newTotal, Optional<Cell> cinTotal, Optional<Cell> r7Total,
            Optional<Cell> coutTotal) {
        List<String> notes = new ArrayList<>();
        BigDecimal a = addend("NEW", newTotal, notes);
        BigDecimal b = addend("CIN", cinTotal, notes);
        BigDecimal c = addend("R7", r7Total, notes);
        BigDecimal d = addend("COUT", coutTotal, notes);
        String noted = notes.isEmpty() ? "" : "; " + String.join("; ", notes);
        if (a == null || b == null || c == null || d == null) {
            return "cannot be checked" + noted;
        }
        BigDecimal left = a.add(b);
        BigDecimal right = c.add(d);
        String sums = a.toPlainString() + " + " + b.toPlainString() + " = " + left.toPlainString() + ", "
                + c.toPlainString() + " + " + d.toPlainString() + " = " + right.toPlainString();
        // compareTo, not equals: BigDecimal.equals tells 2 and 2.0 apart
        String verdict = left.compareTo(right) == 0 ? "holds" : "DOES NOT hold";
        return verdict + " (" + sums + ")" + noted;
    }

    /** The value a cell adds to the check, or null when it cannot take part (the reason goes to notes). */
    private static BigDecimal addend(String row, Optional<Cell> cell, List<String> notes) {
        if (cell.isEmpty()) {
            notes.add(row + " row missing");
            return null;
        }
        Cell c = cell.get();
        if (c instanceof Cell.Number n) {
            return n.value();
        } else if (c instanceof Cell.Blank) {
            notes.add(row + " blank, counted as 0");
            return BigDecimal.ZERO;
        } else if (c instanceof Cell.NotApplicable) {
            notes.add(row + " '" + c.raw() + "' (not applicable), counted as 0");
            return BigDecimal.ZERO;
        } else if (c instanceof Cell.Text) {
            // position() says where the cell stood, e.g. 第48行第82列
            notes.add(row + " holds text '" + c.raw() + "' at " + c.position().describe(true));
            return null;
        }
        throw new IllegalStateException("unknown cell state: " + c); // Cell is sealed: not reached
    }
}
