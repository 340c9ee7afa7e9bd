package io.github.ogireport.cli;

import io.github.ogireport.internal.io.Decoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The class initialisation a cold {@code ogi check} would do later on its one busy thread, done first on a second
 * one. A cold check of one report is mostly static initialisers (the entity tables of jsoup, the narrative's
 * patterns, the message bundles): 73-118 ms of its CPU in 13 runs, one after another on the thread that reads the
 * report. Two cores can do some of them side by side: this thread initialises, while the report is read and
 * parsed, the classes the parse meets late and the check meets after it. It saves wall time, not CPU.
 *
 * <p>Two threads initialising classes at once deadlock when the static initialiser of each waits for the class
 * the other is initialising: a cycle in "initialising A initialises B". WarmupTest reads the bytecode of every
 * class listed here and of every class their initialisation initialises in turn, and fails on such a cycle. The
 * lists:
 * <ul>
 *   <li>{@link #EARLY}, {@link #HTML} and {@link #PARSE}, initialised while the report's thread may be
 *       initialising the same classes;</li>
 *   <li>{@link #CHECK} and {@link #TEXT}, the classes of the check, its narrative reading and its text output,
 *       which the check waits for before it starts ({@link #awaitCheck}): the narrative's initialisers run code
 *       (patterns, tables) that the bytecode reading follows less far.</li>
 * </ul>
 * A name that is no longer a class is passed over (WarmupTest fails for it).
 */
final class Warmup {
    /** The decoder's, initialised first, side by side with the command's set-up and the read. */
    static final List<String> EARLY = List.of(
            "io.github.ogireport.internal.text.TraditionalScript",
            "io.github.ogireport.internal.text.TraditionalScript$Gb2312");
    /** jsoup's entity tables and tag set, which every HTML parse initialises first. */
    static final List<String> HTML = List.of(
            "org.jsoup.nodes.Entities$EscapeMode",
            "org.jsoup.parser.TagSet");
    /** The layout's and the recognisers', in the order a parse meets them after the markup's. */
    static final List<String> PARSE = List.of(
            "io.github.ogireport.internal.layout.HtmlLayout",
            "io.github.ogireport.internal.layout.HtmlRuns",
            "io.github.ogireport.internal.layout.Text",
            "io.github.ogireport.internal.layout.GridCell",
            "io.github.ogireport.internal.recognize.Vocabulary",
            "io.github.ogireport.internal.recognize.ReportRecognizer",
            "io.github.ogireport.internal.recognize.ScriptFolding",
            "io.github.ogireport.internal.recognize.RowView",
            "io.github.ogireport.internal.layout.CellParser",
            "io.github.ogireport.internal.text.Fold",
            "io.github.ogireport.internal.layout.TextLayout",
            "io.github.ogireport.internal.recognize.Cells",
            "io.github.ogireport.internal.recognize.T2Recognizer",
            "io.github.ogireport.internal.recognize.T1Recognizer",
            "io.github.ogireport.internal.recognize.T3Recognizer",
            "io.github.ogireport.internal.recognize.SectionRecognizer",
            "io.github.ogireport.internal.recognize.HeadingWords",
            "io.github.ogireport.internal.recognize.MetaRecognizer");
    /** The check's classes, in the order a check meets them; the check waits for them ({@link #awaitCheck}). */
    static final List<String> CHECK = List.of(
            "io.github.ogireport.internal.text.Messages",
            "io.github.ogireport.check.Findings",
            "io.github.ogireport.check.Finding",
            "io.github.ogireport.check.rules.Tables",
            "io.github.ogireport.check.rules.Cells",
            "io.github.ogireport.check.CellRef",
            "io.github.ogireport.check.rules.Sums",
            "io.github.ogireport.internal.narrative.Reading",
            "io.github.ogireport.internal.narrative.Narrative",
            "io.github.ogireport.internal.narrative.Context",
            "io.github.ogireport.internal.narrative.Words",
            "io.github.ogireport.internal.narrative.Gate",
            "io.github.ogireport.internal.narrative.Scan",
            "io.github.ogireport.internal.narrative.Claims",
            "io.github.ogireport.internal.narrative.Statements",
            "io.github.ogireport.internal.narrative.Figure",
            "io.github.ogireport.internal.narrative.Spans",
            "io.github.ogireport.internal.narrative.ApplicationClaims",
            "io.github.ogireport.internal.narrative.ReviewClaims",
            "io.github.ogireport.internal.narrative.ProactiveClaims",
            "io.github.ogireport.internal.narrative.Years",
            "io.github.ogireport.internal.narrative.Repeats",
            "io.github.ogireport.check.rules.Quantity",
            "io.github.ogireport.model.Completeness");
    /** The text output's, initialised last (it is written after the check). */
    static final List<String> TEXT = List.of(
            "io.github.ogireport.output.FindingsText",
            "java.text.MessageFormat");

    private static final Warmup NONE = new Warmup(null);

    private final Thread thread;

    private Warmup(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts the warm-up for a check of {@code files} (jsoup's classes when one of them is named as HTML, the text
     * output's when {@code text}). Many files or none: the first of them pays for the classes once either way.
     */
    static Warmup forCheck(List<Path> files, boolean text) {
        List<String> names = parse(files);
        names.addAll(CHECK);
        if (text) {
            names.addAll(TEXT);
        }
        return start(names);
    }

    /** Starts the warm-up for an extract of {@code files}: the parse's classes only. */
    static Warmup forExtract(List<Path> files) {
        return start(parse(files));
    }

    private static List<String> parse(List<Path> files) {
        List<String> names = new ArrayList<>(EARLY);
        if (namesHtml(files)) {
            names.addAll(HTML);
        }
        names.addAll(PARSE);
        return names;
    }

    private static Warmup start(List<String> names) {
        ClassLoader loader = Warmup.class.getClassLoader();
        Thread t = new Thread(() -> {
            for (String name : names) {
                try {
                    Class.forName(name, true, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // passed over: the command meets the same error itself, where it says which
                }
            }
        }, "ogi-warmup");
        t.setDaemon(true);
        try {
            t.start();
        } catch (OutOfMemoryError | IllegalStateException e) {
            return NONE; // no thread to be had: the command initialises its classes itself
        }
        return new Warmup(t);
    }

    /** Waits until the check's classes are initialised (at once when there is no warm-up). */
    void awaitCheck() {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the check's own deadline is the Runner's; the flag is given back
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean namesHtml(List<Path> files) {
        for (Path f : files) {
            Path name = f.getFileName();
            if (name != null && Decoder.namedHtml(name.toString())) {
                return true;
            }
        }
        return false;
    }

    /** True while the warm-up's thread still runs (for tests). */
    boolean running() {
        return thread != null && thread.isAlive();
    }

    /** True when a thread was started. */
    boolean started() {
        return thread != null;
    }
}
