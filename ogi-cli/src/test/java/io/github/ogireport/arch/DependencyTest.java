package io.github.ogireport.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.arch.ClassFiles.ClassFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between packages run one way, down the pipeline: read (io) → layout → recognize → check → the
 * facade → output → cli, with {@code internal.text} at the bottom and the model just above it. Read from the
 * compiled classes of every project artifact on the class path (a plain test over the constant pools: no
 * library). Fails on a cycle between packages and on any arrow to a later stage, naming the classes.
 */
class DependencyTest {
    private static final String P = "io.github.ogireport";

    /** Every package of the project and its stage; a package may use its own stage and the ones below. */
    static final Map<String, Integer> STAGES = new LinkedHashMap<>();

    static {
        stage(0, "internal.text");
        stage(1, "model", "internal", "spi"); // spi: the documents reader's contract, in model terms
        stage(2, "internal.io");
        stage(3, "internal.layout", "internal.tika");
        stage(4, "internal.recognize", "internal.narrative");
        stage(5, "check", "check.rules");
        stage(6, "");
        stage(7, "output");
        stage(8, "cli", "batch", "corpus");
    }

    /**
     * Classes that stand at another stage than their package: {@code ParseLimits} is a value record of the
     * facade package (where an embedder finds it) that the readers of every stage are handed.
     */
    static final Map<String, String> NODE_OF_CLASS = Map.of(P + ".ParseLimits", P + ".model");

    /** Arrows that once ran the wrong way inside a package or stage, kept out by name. */
    static final List<String[]> BANNED = List.of(
            new String[] {P + ".model.ParseProblem", P + ".internal."},
            new String[] {P + ".internal.layout.PdfLayout", P + ".internal.recognize."},
            new String[] {P + ".output.HtmlTables", P + ".output.HtmlReport"},
            new String[] {P + ".batch.Outputs", P + ".batch.BatchRunner"},
            new String[] {P + ".check.RuleRegistry", P + ".check.rules."});

    private static List<ClassFile> classes;

    private static void stage(int n, String... packages) {
        for (String p : packages) {
            STAGES.put(p.isEmpty() ? P : P + "." + p, n);
        }
    }

    /** The project's classes on the class path, or those of {@code -Dogi.arch.classes=DIR_OR_JAR} (another build). */
    @BeforeAll
    static void read() {
        String other = System.getProperty("ogi.arch.classes", "");
        classes = other.isEmpty() ? ClassFiles.onClassPath(DependencyTest.class)
                : ClassFiles.read(java.nio.file.Path.of(other));
    }

    static String node(String className) {
        String n = NODE_OF_CLASS.get(className.replaceAll("\\$.*", ""));
        return n != null ? n : className.substring(0, className.lastIndexOf('.'));
    }

    /** Package → package → the class arrows behind it. */
    static Map<String, Map<String, Set<String>>> graph(List<ClassFile> all) {
        Map<String, Map<String, Set<String>>> g = new TreeMap<>();
        for (ClassFile c : all) {
            String from = node(c.name());
            g.computeIfAbsent(from, k -> new TreeMap<>());
            for (String r : c.references()) {
                String to = node(r);
                if (!to.equals(from)) {
                    g.get(from).computeIfAbsent(to, k -> new TreeSet<>()).add(c.simpleName() + " → " + r);
                }
            }
        }
        return g;
    }

    @Test
    void theProjectsClassesAreRead() {
        assertTrue(classes.size() > 100, "read " + classes.size() + " classes");
        for (String pkg : List.of(P, P + ".internal.tika", P + ".cli", P + ".batch")) { // the three modules
            assertTrue(classes.stream().anyMatch(c -> c.packageName().equals(pkg)), "no class of " + pkg + " read");
        }
        assertFalse(classes.stream().anyMatch(c -> c.simpleName().endsWith("Test")), "test classes read");
    }

    @Test
    void everyPackageHasAStage() {
        Set<String> unknown = new TreeSet<>(graph(classes).keySet());
        unknown.removeAll(STAGES.keySet());
        assertEquals(Set.of(), unknown, "packages without a stage: add them to DependencyTest.STAGES");
    }

    @Test
    void noArrowRunsBackAcrossTheStages() {
        List<String> back = new ArrayList<>();
        graph(classes).forEach((from, tos) -> tos.forEach((to, why) -> {
            Integer a = STAGES.get(from);
            Integer b = STAGES.get(to);
            if (a != null && b != null && b > a) {
                back.add(from + " (stage " + a + ") → " + to + " (stage " + b + "): " + why);
            }
        }));
        assertEquals(List.of(), back, "arrows to a later stage of the pipeline");
    }

    @Test
    void noCycleBetweenPackages() {
        List<List<String>> cycles = cycles(graph(classes));
        assertEquals(List.of(), cycles, "package cycles: " + explain(cycles, graph(classes)));
    }

    @Test
    void theFormerBackArrowsStayGone() {
        for (String[] ban : BANNED) {
            for (ClassFile c : classes) {
                if (c.name().equals(ban[0]) || c.name().startsWith(ban[0] + "$")) {
                    for (String r : c.references()) {
                        boolean hit = ban[1].endsWith(".") ? r.startsWith(ban[1]) && !r.startsWith(P + ".internal.text.")
                                : r.equals(ban[1]) || r.startsWith(ban[1] + "$");
                        assertFalse(hit, c.name() + " uses " + r);
                    }
                }
            }
        }
    }

    @Test
    void onlyInternalTextFoldsWithNfkc() {
        for (ClassFile c : classes) {
            if (!c.name().startsWith(P + ".internal.text.")) {
                assertFalse(c.classes().contains("java.text.Normalizer"),
                        c.name() + " calls java.text.Normalizer: fold with internal.text.Fold");
            }
        }
    }

    @Test
    void theCheckFindsACycleAndABackArrow() {
        // the test of the test: a made-up graph with a loop and an arrow up the pipeline
        Map<String, Map<String, Set<String>>> g = new TreeMap<>();
        g.put("a", new TreeMap<>(Map.of("b", Set.of("A → B"))));
        g.put("b", new TreeMap<>(Map.of("c", Set.of("B → C"))));
        g.put("c", new TreeMap<>(Map.of("a", Set.of("C → A"))));
        g.put("d", new TreeMap<>());
        assertEquals(List.of(List.of("a", "b", "c")), cycles(g));
    }

    /** The strongly connected components of more than one package (Tarjan), each sorted. */
    static List<List<String>> cycles(Map<String, Map<String, Set<String>>> g) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : g.keySet()) {
            if (!index.containsKey(v)) {
                connect(v, g, index, low, stack, onStack, out, counter);
            }
        }
        return out;
    }

    private static void connect(String v, Map<String, Map<String, Set<String>>> g, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : g.getOrDefault(v, Map.of()).keySet()) {
            if (!index.containsKey(w)) {
                connect(w, g, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> scc = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                scc.add(w);
            } while (!w.equals(v));
            if (scc.size() > 1) {
                scc.sort(null);
                out.add(scc);
            }
        }
    }

    private static String explain(List<List<String>> cycles, Map<String, Map<String, Set<String>>> g) {
        StringBuilder b = new StringBuilder();
        for (List<String> scc : cycles) {
            for (String from : scc) {
                for (String to : scc) {
                    Set<String> why = g.getOrDefault(from, Map.of()).get(to);
                    if (why != null) {
                        b.append("\n  ").append(from).append(" → ").append(to).append(": ").append(why);
                    }
                }
            }
        }
        return b.toString();
    }
}
