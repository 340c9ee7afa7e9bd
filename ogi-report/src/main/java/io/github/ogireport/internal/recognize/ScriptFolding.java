package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.GridCell;
import io.github.ogireport.internal.layout.Layout;
import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.text.TraditionalScript;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Heading;
import io.github.ogireport.model.Paragraph;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Report;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SourcePosition;
import io.github.ogireport.model.StatTable;
import io.github.ogireport.model.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A page in traditional script, or carrying pinyin glosses (規(guī)章): the recognizers read a simplified folding
 * of it without the glosses, and the report they give keeps the text as printed (without the glosses, which
 * a mirror added and the report never printed). The folding maps one character to one, so the folded text
 * and the printed one have the same length and a string read from one is found at the same offsets in the
 * other. Not API.
 */
final class ScriptFolding {
    /** How much of a page detection reads. */
    private static final int SAMPLE = 8192;
    /** A string found in two parts is a title joined from two lines: short. */
    private static final int MAX_SPLIT = 80;

    private final Layout match;
    private final boolean traditional;
    private final boolean glosses;
    /** The whole texts, line after line and cell after cell: printed (without glosses), and folded. */
    private final String printed;
    private final String folded;
    private final Map<String, String> lines = new HashMap<>();

    private ScriptFolding(Layout match, boolean traditional, boolean glosses, String printed, String folded) {
        this.match = match;
        this.traditional = traditional;
        this.glosses = glosses;
        this.printed = printed;
        this.folded = folded;
    }

    /** The folding of a page that needs one, or empty for a page in simplified script without glosses. */
    static Optional<ScriptFolding> of(Layout layout) {
        if (!mayNeedFolding(layout)) {
            return Optional.empty(); // most pages: the characters looked at once, no sample joined
        }
        StringBuilder sample = new StringBuilder();
        for (Line line : layout.lines()) {
            if (sample.length() >= SAMPLE) {
                break;
            }
            if (line instanceof Line.Paragraph) {
                sample.append(((Line.Paragraph) line).text()).append('\n');
            } else {
                for (GridCell c : ((Line.Row) line).cells()) {
                    sample.append(c.text()).append('\n');
                }
            }
        }
        boolean glosses = TraditionalScript.hasGlosses(sample);
        String plain = glosses ? TraditionalScript.stripGlosses(sample.toString()) : sample.toString();
        boolean traditional = TraditionalScript.isTraditional(plain);
        if (!traditional && !glosses) {
            return Optional.empty();
        }
        UnaryOperator<String> print = glosses ? TraditionalScript::stripGlosses : UnaryOperator.identity();
        UnaryOperator<String> fold = traditional ? TraditionalScript::fold : UnaryOperator.identity();
        StringBuilder printed = new StringBuilder();
        StringBuilder folded = new StringBuilder();
        Map<String, String> byLine = new HashMap<>();
        List<Line> matched = new ArrayList<>(layout.lines().size());
        for (Line line : layout.lines()) {
            matched.add(forEachText(line, t -> {
                String p = print.apply(t);
                String f = fold.apply(p);
                printed.append(p).append('\n');
                folded.append(f).append('\n');
                byLine.putIfAbsent(f, p);
                return f;
            }));
        }
        // the title the container declares (HTML <title>) is text the report may quote too
        String title = print.apply(layout.title());
        printed.append(title).append('\n');
        folded.append(fold.apply(title)).append('\n');
        byLine.putIfAbsent(fold.apply(title), title);
        ScriptFolding folding = new ScriptFolding(new Layout(matched, fold.apply(title)),
                traditional, glosses, printed.toString(), folded.toString());
        folding.lines.putAll(byLine);
        return Optional.of(folding);
    }

    /** The screen of {@link TraditionalScript.Screen} over the texts {@link #of} would join into its sample. */
    static boolean mayNeedFolding(Layout layout) {
        TraditionalScript.Screen screen = new TraditionalScript.Screen();
        for (Line line : layout.lines()) {
            if (line instanceof Line.Paragraph) {
                if (!screen.add(((Line.Paragraph) line).text())) {
                    break;
                }
            } else {
                for (GridCell c : ((Line.Row) line).cells()) {
                    if (c.isPlainDigits()) {
                        screen.skip(c.text().length()); // a count: no Han character, no tone mark
                    } else {
                        screen.add(c.text());
                    }
                }
            }
        }
        return screen.mayNeedFolding();
    }

    /** The line with each of its texts replaced. */
    private static Line forEachText(Line line, UnaryOperator<String> f) {
        if (line instanceof Line.Paragraph) {
            Line.Paragraph p = (Line.Paragraph) line;
            return new Line.Paragraph(f.apply(p.text()), p.position());
        }
        Line.Row row = (Line.Row) line;
        List<GridCell> cells = new ArrayList<>(row.cells().size());
        for (GridCell c : row.cells()) {
            cells.add(new GridCell(f.apply(c.text()), c.position(), c.colCopy(), c.rowCopy()));
        }
        return new Line.Row(cells, row.grid(), row.position());
    }

    /** The layout the recognizers read: simplified, without glosses. */
    Layout match() {
        return match;
    }

    /** The report with its text as printed, and a note saying how the page was read. */
    Report restore(Report r) {
        List<ParseProblem> problems = new ArrayList<>();
        if (traditional) {
            problems.add(new ParseProblem(ParseProblem.Kind.TRADITIONAL_SCRIPT, "script", "",
                    SourcePosition.UNKNOWN));
        }
        if (glosses) {
            problems.add(new ParseProblem(ParseProblem.Kind.PINYIN_GLOSSES, "script", "", SourcePosition.UNKNOWN));
        }
        for (ParseProblem p : r.problems()) {
            problems.add(new ParseProblem(p.kind(), p.subject(), printed(p.detail()), p.position()));
        }
        return new Report(r.source(), r.contentType(), r.format(), r.year(), r.agency().map(this::printed),
                r.title().map(this::printed), paragraphs(r.preamble()), sections(r.sections()), outline(r.outline()),
                r.t1().map(this::table), r.t2().map(this::table), r.t3().map(this::table), problems, r.error());
    }

    private List<Paragraph> paragraphs(List<Paragraph> in) {
        List<Paragraph> out = new ArrayList<>(in.size());
        for (Paragraph p : in) {
            out.add(new Paragraph(printed(p.text()), p.position()));
        }
        return out;
    }

    private List<Section> sections(List<Section> in) {
        List<Section> out = new ArrayList<>(in.size());
        for (Section s : in) {
            out.add(new Section(s.id(), printed(s.heading()), s.position(), paragraphs(s.paragraphs())));
        }
        return out;
    }

    private List<Heading> outline(List<Heading> in) {
        List<Heading> out = new ArrayList<>(in.size());
        for (Heading h : in) {
            out.add(new Heading(printed(h.text()), h.level(), h.numeral(), h.section(), h.position()));
        }
        return out;
    }

    private StatTable table(StatTable t) {
        List<TableRow> rows = new ArrayList<>(t.rows().size());
        for (TableRow row : t.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            for (Cell c : row.cells()) {
                cells.add(cell(c));
            }
            rows.add(new TableRow(row.id(), printed(row.label()), row.columns(), cells));
        }
        return new StatTable(t.id(), rows, t.position());
    }

    private Cell cell(Cell c) {
        if (c instanceof Cell.Number) {
            Cell.Number n = (Cell.Number) c;
            return new Cell.Number(n.value(), n.unit(), printed(n.raw()), n.position());
        } else if (c instanceof Cell.Blank) {
            return c;
        } else if (c instanceof Cell.NotApplicable) {
            return new Cell.NotApplicable(printed(c.raw()), c.position());
        }
        return new Cell.Text(printed(c.raw()), c.position());
    }

    /**
     * The printed form of a string read from the folded text: a whole line's, else found at the same offsets
     * (a heading is the start of its line), else in two parts (a title wrapped over two lines), else as read.
     */
    String printed(String s) {
        if (!hasHan(s)) {
            return s;
        }
        String line = lines.get(s);
        if (line != null) {
            return line;
        }
        int at = folded.indexOf(s);
        if (at >= 0) {
            return printed.substring(at, at + s.length());
        }
        for (int i = 1; i < s.length() && s.length() <= MAX_SPLIT; i++) {
            int a = folded.indexOf(s.substring(0, i));
            int b = folded.indexOf(s.substring(i));
            if (a >= 0 && b >= 0) {
                return printed.substring(a, a + i) + printed.substring(b, b + s.length() - i);
            }
        }
        return s;
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u3400' && c <= '\u9FFF' || c >= '\uF900' && c <= '\uFAFF') {
                return true;
            }
        }
        return false;
    }
}
