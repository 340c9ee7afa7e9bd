package io.github.ogireport.output;

import io.github.ogireport.OgiReports;
import io.github.ogireport.check.CellRef;
import io.github.ogireport.check.CheckConfig;
import io.github.ogireport.check.CheckResult;
import io.github.ogireport.check.Checker;
import io.github.ogireport.check.Finding;
import io.github.ogireport.check.Findings;
import io.github.ogireport.check.Quote;
import io.github.ogireport.check.Rule;
import io.github.ogireport.check.RuleRegistry;
import io.github.ogireport.check.Severity;
import io.github.ogireport.check.Status;
import io.github.ogireport.model.Paragraph;
import io.github.ogireport.model.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reports and expectations shared by the HTML page's tests (the unit test and the browser test). */
public final class HtmlFixtures {
    /** The report with hostile markup in its title, a heading, a narrative sentence, a row label and a cell. */
    public static final Path HOSTILE = Path.of("ogi-report/src/test/resources/html/hostile-2024.txt");
    /** A 2020 report in the 2019 format. */
    public static final Path F2019 = Path.of("ogi-report/src/test/resources/html/f2019-2020.txt");
    /** The report of the check tests: several relations broken, a blank total, a '/' cell. */
    public static final Path DEFECTS = Path.of("testdata/check/defects-2024.txt");
    /** A file name that is markup: the page must show it as text. */
    public static final String HOSTILE_NAME = "\"><img src=x onerror=document.title=1>.txt";
    /** What the hostile fixture's scripts would do: set document.title or this attribute, or add #pwned. */
    public static final String PWNED_ATTRIBUTE = "data-pwned";

    /** The cells of the relations broken by changing t2.NEW.NP from 40 to 41 in base-tables.txt. */
    public static final Set<String> ONE_CELL_BROKEN = Set.of(
            "t2.NEW.NP", "t2.CIN.NP", "t2.R7.NP", "t2.COUT.NP", // T2-E1, column 自然人
            "t2.NEW.BIZ", "t2.NEW.RES", "t2.NEW.NGO", "t2.NEW.LAW", "t2.NEW.OTH", "t2.NEW.TOT"); // T2-L2, row NEW

    private HtmlFixtures() {
    }

    /** base-tables.txt, consistent, with 本年新收 自然人 changed from 40 to 41. */
    public static String oneCellChanged() {
        String text = read(Path.of("testdata/rules/base-tables.txt"));
        String changed = text.replace("一、本年新收政府信息公开申请数量 | 40 |", "一、本年新收政府信息公开申请数量 | 41 |");
        if (changed.equals(text)) {
            throw new IllegalStateException("base-tables.txt changed: the cell to change was not found");
        }
        return changed;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code text} as the file {@code name} and checks it with the built-in rules. */
    public static CheckResult check(String text, String name) {
        return check(text, name, RuleRegistry.builtIn());
    }

    /** Parses and checks with the built-in rules and {@link QuoteMarkup}, which quotes hostile narrative. */
    public static CheckResult checkQuotingMarkup(String text, String name) {
        List<Rule> rules = new ArrayList<>(RuleRegistry.builtIn().rules());
        rules.add(new QuoteMarkup());
        return check(text, name, RuleRegistry.of(rules));
    }

    private static CheckResult check(String text, String name, RuleRegistry registry) {
        Report report = OgiReports.parse(text.getBytes(StandardCharsets.UTF_8), name);
        return new Checker(registry, CheckConfig.defaults()).check(report);
    }

    public static String page(Locale locale, CheckResult... results) {
        return HtmlReport.render(List.of(results), locale);
    }

    /** The cells the page must highlight: those of FAIL findings at ERROR or WARNING. */
    public static Set<String> failedCells(CheckResult result) {
        Set<String> cells = new TreeSet<>();
        for (Finding f : result.findings()) {
            if (f.status() == Status.FAIL && f.severity().atLeast(Severity.WARNING)) {
                f.cells().forEach(c -> cells.add(c.path()));
            }
        }
        return cells;
    }

    /** The cells the page must outline as "to look at": those of INFO findings only. */
    public static Set<String> noteCells(CheckResult result) {
        Set<String> cells = new TreeSet<>();
        for (Finding f : result.shown()) {
            if (f.status() != Status.PASS && !(f.status() == Status.FAIL && f.severity().atLeast(Severity.WARNING))) {
                for (CellRef c : f.cells()) {
                    cells.add(c.path());
                }
            }
        }
        cells.removeAll(failedCells(result));
        return cells;
    }

    /**
     * A rule standing in for the narrative rules to come: it quotes every paragraph that holds markup, so that
     * the page shows a hostile narrative sentence the way it will show those rules' quotes.
     */
    public static final class QuoteMarkup extends Rule {
        public QuoteMarkup() {
            super("X-QUOTE", Severity.WARNING);
        }

        @Override
        public String summary(Locale locale) {
            return "Quotes paragraphs that hold markup (test rule)";
        }

        @Override
        public void check(Report report, Findings out) {
            for (Paragraph p : report.paragraphs()) {
                if (p.text().contains("<")) {
                    out.add(Status.FAIL, "段落含有标记", "the paragraph holds markup", List.of(),
                            List.of(new Quote(p.text(), p.position())));
                }
            }
        }
    }
}
