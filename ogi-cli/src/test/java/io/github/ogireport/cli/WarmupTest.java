package io.github.ogireport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;

class WarmupTest {
    /** An instruction that initialises its class ({@code new}, a static field or method) or calls a method, with
     *  javap's comment: {@code // Field a/b/C.name:…}, {@code // Method a/b/C.name:…}, own ones without the class. */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "\\b(new|getstatic|putstatic|invokestatic|invokespecial|invokevirtual|invokeinterface)\\b.*?"
                    + "// (?:Field|Method|InterfaceMethod|class) (?:([\\w/$]+)\\.)?(\"?[\\w<>$]+\"?)");
    /** Classes whose initialisation reaches none of ours: the JDK's. */
    private static final Pattern JDK = Pattern.compile("(java|javax|jdk|sun)/.*");

    @Test
    void everyNameIsAClass() throws Exception {
        List<String> all = new ArrayList<>(Warmup.EARLY);
        all.addAll(Warmup.HTML);
        all.addAll(Warmup.CHECK);
        all.addAll(Warmup.TEXT);
        for (String name : all) {
            Class.forName(name, false, getClass().getClassLoader()); // throws for a class renamed or moved
        }
    }

    /**
     * Two threads deadlock in class initialisation only when the static initialisers of two (or more) classes wait
     * for each other, a cycle in "initialising A initialises B". The warm-up's thread and the report's may
     * initialise the same classes at once, so the classes the warm-up initialises, and every class their
     * initialisation initialises in turn, must have no such cycle. Read from the bytecode (javap): the static
     * initialiser and every method it calls, in any class, and the classes these initialise (a {@code new}, a
     * static field, a static method); the JDK's are taken not to come back to ours.
     */
    @Test
    void theClassesWarmedHaveNoCycleInTheirInitialisation() {
        Map<String, Set<String>> graph = new HashMap<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String name : warmed()) {
            todo.add(name.replace('.', '/'));
        }
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (graph.containsKey(c)) {
                continue;
            }
            Set<String> initialised = initialisedBy(c);
            graph.put(c, initialised);
            todo.addAll(initialised);
        }
        assertTrue(graph.size() > warmed().size(), "the walk read the classes' initialisers: " + graph.keySet());
        List<String> cycle = cycle(graph);
        assertEquals(List.of(), cycle, "a cycle in the static initialisation of the classes warmed");
    }

    @Test
    void theWalkFindsWhatAnInitialiserInitialises() {
        // the test above is only as good as its reading of javap: Cells's initialiser makes its Cells$1, and
        // Quantity's reads T2Column's constants
        assertTrue(initialisedBy("io/github/ogireport/check/rules/Cells").contains(
                "io/github/ogireport/check/rules/Cells$1"));
        assertTrue(initialisedBy("io/github/ogireport/check/rules/Quantity").contains(
                "io/github/ogireport/model/T2Column"));
        // and a cycle is found when there is one
        assertEquals(List.of("a", "b", "a"), cycle(Map.of("a", Set.of("b"), "b", Set.of("a"))));
    }

    @Test
    void theCheckWaitsForTheWarmupAndItEnds() throws Exception {
        Warmup w = Warmup.forCheck(List.of(Path.of("a.html")), true);
        assertTrue(w.started());
        w.awaitCheck(); // returns once every class is initialised (or passed over)
        assertFalse(w.running(), "the check starts only after the warm-up's thread has ended");
        Warmup none = Warmup.forCheck(List.of(), false);
        none.awaitCheck();
        assertFalse(none.running());
    }

    private static List<String> warmed() {
        List<String> all = new ArrayList<>(Warmup.EARLY);
        all.addAll(Warmup.HTML);
        all.addAll(Warmup.PARSE);
        all.addAll(Warmup.CHECK);
        all.addAll(Warmup.TEXT);
        all.removeIf(n -> JDK.matcher(n.replace('.', '/')).matches());
        return all;
    }

    private static final Map<String, Map<String, String>> METHODS = new HashMap<>();

    /**
     * The classes (not the JDK's) that initialising {@code c} initialises: those its static initialiser, and the
     * methods it calls (followed into other classes), create or whose static members they use.
     */
    private static Set<String> initialisedBy(String c) {
        Set<String> classes = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String[]> todo = new ArrayDeque<>();
        todo.add(new String[] {c, "static {}"});
        while (!todo.isEmpty()) {
            String[] m = todo.pop();
            if (!seen.add(m[0] + "." + m[1]) || JDK.matcher(m[0]).matches()) {
                continue;
            }
            String body = methods(m[0]).get(m[1]);
            if (body == null) {
                continue; // abstract, native or inherited: what it runs is not read
            }
            Matcher i = INSTRUCTION.matcher(body);
            while (i.find()) {
                String owner = i.group(2) == null ? m[0] : i.group(2);
                String member = i.group(3).replace("\"", "");
                if (JDK.matcher(owner).matches()) {
                    continue;
                }
                String op = i.group(1);
                if (!"invokevirtual".equals(op) && !"invokeinterface".equals(op) && !owner.equals(c)) {
                    classes.add(owner);
                }
                if (op.startsWith("invoke")) {
                    todo.add(new String[] {owner, member});
                }
            }
        }
        return classes;
    }

    /** A cycle in the graph (its nodes, the first again at the end), or an empty list. */
    private static List<String> cycle(Map<String, Set<String>> graph) {
        Map<String, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        for (String start : new TreeSet<>(graph.keySet())) {
            List<String> path = new ArrayList<>();
            List<String> found = visit(start, graph, state, path);
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
            List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return null;
        }
        if (s != null) {
            List<String> c = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            c.add(node);
            return c;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            List<String> found = visit(next, graph, state, path);
            if (found != null) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return null;
    }

    /** javap's code of each method of class {@code c} (a/b/C), by name ({@code static {}}, {@code <init>}). */
    private static Map<String, String> methods(String c) {
        return METHODS.computeIfAbsent(c, k -> methodsOf(javap(k.replace('/', '.'))));
    }

    /** javap's code of each method of the class, by method name ({@code static {}} for the initialiser). */
    private static Map<String, String> methodsOf(String javap) {
        Map<String, String> bodies = new HashMap<>();
        // a method's header: its modifiers and type, its name (a constructor's is its class's, with dots), its
        // parameters; or the static initialiser's
        Pattern header = Pattern.compile("^  (?:[\\w.<>$\\[\\], ]+ )?([\\w$<>.]+)\\(.*\\);$|^  static \\{\\};$");
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : javap.split("\n")) {
            Matcher h = header.matcher(line);
            if (h.matches()) {
                if (current != null) {
                    bodies.merge(current, body.toString(), String::concat);
                }
                current = h.group(1) == null ? "static {}" : h.group(1).contains(".") ? "<init>" : h.group(1);
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            bodies.merge(current, body.toString(), String::concat);
        }
        return bodies;
    }

    private static String javap(String name) {
        ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow(
                () -> new AssertionError("javap is not in this JDK: the test needs a full JDK"));
        StringWriter out = new StringWriter();
        int status = javap.run(new PrintWriter(out), new PrintWriter(out), "-c", "-p", "-cp",
                System.getProperty("java.class.path"), name);
        assertEquals(0, status, () -> "javap " + name + ": " + out);
        return out.toString();
    }
}
