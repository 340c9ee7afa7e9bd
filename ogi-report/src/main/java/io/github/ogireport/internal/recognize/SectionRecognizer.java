package io.github.ogireport.internal.recognize;

import io.github.ogireport.internal.layout.Line;
import io.github.ogireport.internal.layout.Text;
import io.github.ogireport.model.Heading;
import io.github.ogireport.model.Paragraph;
import io.github.ogireport.model.ParseProblem;
import io.github.ogireport.model.Section;
import io.github.ogireport.model.SectionId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the six sections (domain-spec §3.3): headings by keyword, the ordinal as a weak signal, and the
 * tables as anchors: the heading of 二/三/四 is the best candidate before T1/T2/T3. Sub-headings of 一 that
 * repeat section names (（一）主动公开…) lose to a top-level heading; a section whose only heading is a
 * sub-heading (（一）主要问题 after T3) is still found. Not API.
 */
final class SectionRecognizer {
    /** Heading levels, best first (read by {@link HeadingWords#level}, with the section names and numerals). */
    enum Level { TOP, SUB, NUMBERED, PLAIN }

    private static final int MAX_HEADING = 40;
    /** The model's level of each {@link Level}, by ordinal (the same names). */
    private static final Heading.Level[] HEADING_LEVELS = headingLevels();
    /** A heading without an ordinal must be short: little more than the section's name. */
    private static final int MAX_PLAIN = 18;

    private SectionRecognizer() {
    }

    private static Heading.Level[] headingLevels() {
        Heading.Level[] out = new Heading.Level[Level.values().length];
        for (Level l : Level.values()) {
            out[l.ordinal()] = Heading.Level.valueOf(l.name());
        }
        return out;
    }

    /**
     * A line that may be a heading, with the sections whose strong and weak names its key holds (one bit per
     * section ordinal), read once.
     */
    private record Candidate(int index, Level level, String heading, String key, int strong, int weak) {
        Candidate(int index, Level level, String heading, String key) {
            this(index, level, heading, key, HeadingWords.sections(key));
        }

        private Candidate(int index, Level level, String heading, String key, long sections) {
            this(index, level, heading, key, (int) sections, (int) (sections >>> 32));
        }

        boolean strong(SectionId id) {
            return (strong & 1 << id.ordinal()) != 0;
        }

        boolean weak(SectionId id) {
            return (weak & 1 << id.ordinal()) != 0;
        }
    }

    /**
     * Finds the sections.
     *
     * @param anchors for PROACTIVE, REQUESTS and REVIEW_LITIGATION, the line index where their table starts
     *                (absent when the table was not found); for each table also where it ends, keyed by the
     *                following section
     */
    static Result recognize(List<Line> lines, Map<SectionId, Integer> anchors, Map<SectionId, Integer> ends,
            Problems problems) {
        List<Candidate> candidates = candidates(lines);
        Map<SectionId, Candidate> chosen = new EnumMap<>(SectionId.class);
        int prev = -1;
        for (SectionId id : SectionId.values()) {
            int after = Math.max(prev, ends.getOrDefault(id, -1));
            Integer anchor = anchors.get(id);
            Candidate best = null;
            if (anchor != null) {
                best = pick(candidates, id, after, anchor, true);
            }
            if (best == null) {
                int limit = nextAnchor(anchors, id);
                best = pick(candidates, id, after, limit, false);
            }
            if (best != null) {
                chosen.put(id, best);
                prev = best.index;
            }
        }
        if (!chosen.containsKey(SectionId.OVERVIEW)) {
            overviewByPlace(candidates, chosen, anchors).ifPresent(c -> chosen.put(SectionId.OVERVIEW, c));
        }
        List<Section> out = new ArrayList<>();
        List<Candidate> order = new ArrayList<>(chosen.values());
        order.sort((a, b) -> Integer.compare(a.index, b.index));
        for (int k = 0; k < order.size(); k++) {
            Candidate c = order.get(k);
            int end = k + 1 < order.size() ? order.get(k + 1).index : lines.size();
            SectionId id = idOf(chosen, c);
            // the heading's own paragraph counts when text follows the heading in it (一、总体情况。2024年…)
            int from = ((Line.Paragraph) lines.get(c.index)).text().length() > c.heading.length() ? c.index : c.index + 1;
            out.add(new Section(id, c.heading, lines.get(c.index).position(), paragraphs(lines, from, end)));
        }
        List<Heading> outline = new ArrayList<>();
        // candidates are told apart by their line index: a set of those, not a search of the map per candidate
        Set<Integer> chosenAt = new HashSet<>();
        for (Candidate c : chosen.values()) {
            chosenAt.add(c.index);
        }
        for (Candidate c : candidates) {
            boolean isChosen = chosenAt.contains(c.index);
            if (c.level == Level.PLAIN && !isChosen) {
                continue;
            }
            Optional<SectionId> section = isChosen ? Optional.of(idOf(chosen, c)) : Optional.empty();
            outline.add(new Heading(c.heading, HEADING_LEVELS[c.level.ordinal()], numeral(c.key, c.level), section,
                    lines.get(c.index).position()));
        }
        int firstSection = order.isEmpty() ? lines.size() : order.get(0).index;
        for (SectionId id : SectionId.values()) {
            if (!chosen.containsKey(id)) {
                problems.add(ParseProblem.Kind.SECTION_MISSING, id.name(), id.heading(),
                        io.github.ogireport.model.SourcePosition.UNKNOWN);
            }
        }
        return new Result(out, outline, paragraphs(lines, 0, firstSection));
    }

    /**
     * What was found.
     *
     * @param sections the sections, in document order
     * @param outline  the numbered headings
     * @param preamble the paragraphs before the first section
     */
    record Result(List<Section> sections, List<Heading> outline, List<Paragraph> preamble) {
    }

    private static String numeral(String key, Level level) {
        return level != Level.PLAIN ? HeadingWords.numeral(key) : "";
    }

    private static SectionId idOf(Map<SectionId, Candidate> chosen, Candidate c) {
        for (Map.Entry<SectionId, Candidate> e : chosen.entrySet()) {
            if (e.getValue() == c) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private static int nextAnchor(Map<SectionId, Integer> anchors, SectionId id) {
        for (SectionId s : SectionId.values()) {
            if (s.ordinal() >= id.ordinal() && anchors.containsKey(s)) {
                return anchors.get(s);
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * The best heading for {@code id} strictly between {@code after} and {@code before}. Near an anchor the
     * nearest wins (the heading just above its table); otherwise the first.
     */
    private static Candidate pick(List<Candidate> candidates, SectionId id, int after, int before, boolean nearest) {
        Candidate best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Candidate c : candidates) {
            if (c.index <= after || c.index >= before) {
                continue;
            }
            boolean strong = c.strong(id);
            boolean weak = strong || c.weak(id);
            if (!weak || c.level == Level.PLAIN && !(strong && c.key.length() <= MAX_PLAIN)) {
                continue;
            }
            if ((c.level == Level.SUB || c.level == Level.NUMBERED) && !subHeadingAllowed(id)) {
                continue;
            }
            int score = (3 - c.level.ordinal()) * 10 + (strong ? 5 : 0);
            // first wins without an anchor, last (nearest to the table) with one
            if (score > bestScore || (nearest && score == bestScore)) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The overview under a name of its own (一、工作开展情况): the top-level heading numbered 一 that names no
     * other section, before the first section found or the first table. 一 is the overview in the standard
     * structure; a heading elsewhere is not taken for it.
     */
    private static Optional<Candidate> overviewByPlace(List<Candidate> candidates, Map<SectionId, Candidate> chosen,
            Map<SectionId, Integer> anchors) {
        int before = Integer.MAX_VALUE;
        for (Candidate c : chosen.values()) {
            before = Math.min(before, c.index);
        }
        for (Integer anchor : anchors.values()) {
            before = Math.min(before, anchor);
        }
        if (before == Integer.MAX_VALUE) {
            return Optional.empty(); // nothing after it says this is a report's first section
        }
        for (Candidate c : candidates) {
            if (c.index >= before) {
                break;
            }
            if (c.level == Level.TOP && "一".equals(numeral(c.key, c.level)) && namesNoSection(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static boolean namesNoSection(Candidate c) {
        return c.strong == 0 && c.weak == 0;
    }

    /** Only 五 is found under a sub-heading (（一）主要问题): the others' names recur inside 一. */
    private static boolean subHeadingAllowed(SectionId id) {
        return id == SectionId.PROBLEMS;
    }

    private static List<Candidate> candidates(List<Line> lines) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!(lines.get(i) instanceof Line.Paragraph)) {
                continue;
            }
            Line.Paragraph p = (Line.Paragraph) lines.get(i);
            // the heading at the start of the paragraph: the whole line if short, else up to 。 or ：; its key worked
            // out once (the paragraph's own for a whole line)
            String text = p.text();
            String heading;
            String key;
            if (!p.keyLongerThan(MAX_HEADING)) {
                heading = text;
                key = p.key();
            } else {
                int end = headingEnd(text);
                if (end < 0 || Text.keyLongerThan(text, 0, end, MAX_HEADING)) {
                    continue;
                }
                heading = text.substring(0, end);
                key = Text.key(heading);
                if (key.length() > MAX_HEADING) {
                    continue;
                }
            }
            Level level = HeadingWords.level(key);
            out.add(new Candidate(i, level, heading, key));
        }
        return out;
    }

    /** Where a heading ends in a paragraph that goes on: at its first 。, ： or :, or -1. */
    private static int headingEnd(String text) {
        int near = Math.min(text.length(), HEADING_LOOK);
        for (int i = 0; i < near; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '：' || c == ':') {
                return i;
            }
        }
        // further on (a long paragraph without a mark near its start): the string's own searches, one per mark
        int end = -1;
        for (char mark : HEADING_MARKS) {
            int at = near < text.length() ? text.indexOf(mark, near) : -1;
            if (at >= 0 && (end < 0 || at < end)) {
                end = at;
            }
        }
        return end;
    }

    /** The marks a heading ends at in a paragraph that goes on. */
    private static final char[] HEADING_MARKS = {'。', '：', ':'};
    /** How far into a paragraph its heading's end is looked for character by character. */
    private static final int HEADING_LOOK = 64;

    private static List<Paragraph> paragraphs(List<Line> lines, int from, int to) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (lines.get(i) instanceof Line.Paragraph) {
                Line.Paragraph p = (Line.Paragraph) lines.get(i);
                out.add(new Paragraph(p.text(), p.position()));
            }
        }
        return out;
    }
}
