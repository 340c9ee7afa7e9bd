package io.github.ogireport.internal.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of words, each with a tag (0–63), compiled once into a trie: one pass over a string finds every
 * occurrence of every word (overlapping ones too), where a pattern per word or an alternation would run one
 * match per word, or try each word at each position. The recognizers keep their label, header and heading
 * words in these. Not API.
 *
 * <p>The trie is compiled into a dense Aho–Corasick automaton: each character of the words is given a class
 * (every other character class 0), and each node a row of next nodes by class, failure links already followed.
 * {@link #tags} then takes one step per character, two table reads and no search, whatever the node; a character
 * no word holds sends it back to the root. {@link #wordsAt} walks the trie's own edges in the same table: a step
 * that goes one level deeper is an edge, any other step leaves the trie.
 */
final class Vocabulary {
    /** The class of each character, by its high byte then its low byte: {@code classes[pages[c >>> 8] + (c & 0xFF)]}. */
    private final int[] pages = new int[256];
    private final char[] classes;
    /** Each node's row holds {@code 1 << shift} classes: one per character of the words, class 0, and unused ones. */
    private final int shift;
    /** The automaton: the node after node {@code n} on class {@code k} is {@code next[n << shift | k]}. */
    private final char[] next;
    /** Each node's depth in the trie (the root's is 0). */
    private final int[] depth;
    /** The word ending at each node (its first index when given twice), or -1. */
    private final int[] word;
    /** The tags of the words ending at each node or at a node of its failure chain. */
    private final long[] found;
    private final List<String> words;
    private final int[] tags;

    private Vocabulary(List<String> words, int[] tags) {
        this.words = List.copyOf(words);
        this.tags = tags.clone();
        int size = 1;
        for (String w : words) {
            size += w.length();
        }
        // the trie, with each node's children in a list while it is built
        char[] label = new char[size];
        int[] child = new int[size];
        int[] sibling = new int[size];
        int[] end = new int[size];
        long[] mask = new long[size];
        int[] level = new int[size];
        Arrays.fill(child, -1);
        Arrays.fill(sibling, -1);
        Arrays.fill(end, -1);
        // the classes of the characters, in the order they are first met (class 0: in no word)
        char[] classOf = new char[0x10000];
        char[] alphabet = new char[size];
        int letters = 0;
        int nodes = 1;
        for (int w = 0; w < words.size(); w++) {
            String s = words.get(w);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            if (tags[w] < 0 || tags[w] > 63) {
                throw new IllegalArgumentException("tag out of range: " + tags[w]);
            }
            int node = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (classOf[c] == 0) {
                    alphabet[letters] = c;
                    classOf[c] = (char) ++letters;
                }
                int n = childOf(label, child, sibling, node, c);
                if (n < 0) {
                    n = nodes++;
                    label[n] = c;
                    level[n] = level[node] + 1;
                    sibling[n] = child[node];
                    child[node] = n;
                }
                node = n;
            }
            if (end[node] < 0) {
                end[node] = w; // a word given twice: its first index
            }
            mask[node] |= 1L << tags[w];
        }
        if (nodes > 0x7FFF) {
            throw new IllegalArgumentException("too many words: " + nodes + " trie nodes");
        }
        shift = 32 - Integer.numberOfLeadingZeros(letters); // a power of two over letters: a shift, not a product
        int stride = 1 << shift;
        next = new char[nodes << shift];
        depth = Arrays.copyOf(level, nodes);
        word = Arrays.copyOf(end, nodes);
        found = new long[nodes];
        // breadth first: a node's failure link is shallower than the node, so its row is done before the node's;
        // a class with no edge goes where the failure link's row goes (the root's: back to the root)
        int[] fail = new int[nodes];
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            int u = queue[head++];
            found[u] = mask[u] | (u == 0 ? 0 : found[fail[u]]);
            if (u != 0) {
                System.arraycopy(next, fail[u] * stride, next, u * stride, stride);
            }
            for (int v = child[u]; v >= 0; v = sibling[v]) {
                int k = classOf[label[v]];
                fail[v] = u == 0 ? 0 : next[fail[u] * stride + k];
                next[u * stride + k] = (char) v;
                queue[tail++] = v;
            }
        }
        // the class table, a page of 256 for each high byte some word's character has (page 0: all class 0)
        int used = 0;
        for (int k = 0; k < letters; k++) {
            if (pages[alphabet[k] >>> 8] == 0) {
                pages[alphabet[k] >>> 8] = ++used << 8;
            }
        }
        classes = new char[(used + 1) << 8];
        for (int k = 0; k < letters; k++) {
            classes[pages[alphabet[k] >>> 8] + (alphabet[k] & 0xFF)] = (char) (k + 1);
        }
    }

    private static int childOf(char[] label, int[] child, int[] sibling, int node, char c) {
        for (int n = child[node]; n >= 0; n = sibling[n]) {
            if (label[n] == c) {
                return n;
            }
        }
        return -1;
    }

    /** The class of {@code c}: 0 when no word holds it. */
    private int classOf(char c) {
        return classes[pages[c >>> 8] + (c & 0xFF)];
    }

    /** A vocabulary of {@code words}, each tagged with its own index. */
    static Vocabulary of(String... words) {
        int[] tags = new int[words.length];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = i;
        }
        return new Vocabulary(List.of(words), tags);
    }

    /** Builds a vocabulary word by word. */
    static Builder builder() {
        return new Builder();
    }

    /** Collects words and their tags. */
    static final class Builder {
        private final List<String> words = new ArrayList<>();
        private final List<Integer> tags = new ArrayList<>();

        /** Adds {@code words}, each tagged {@code tag}. */
        Builder add(int tag, String... words) {
            for (String w : words) {
                this.words.add(w);
                this.tags.add(tag);
            }
            return this;
        }

        Vocabulary build() {
            int[] t = new int[tags.size()];
            for (int i = 0; i < t.length; i++) {
                t[i] = tags.get(i);
            }
            return new Vocabulary(words, t);
        }
    }

    /** True when some word may start with {@code c}. */
    boolean starts(char c) {
        int k = classOf(c);
        return k != 0 && depth[next[k]] == 1;
    }

    /** The tags of the words found anywhere in {@code s}, one bit each. */
    long tags(CharSequence s) {
        long out = 0;
        int state = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            state = next[state << shift | classOf(s.charAt(i))];
            out |= found[state];
        }
        return out;
    }

    /** True when a word tagged with one of {@code mask}'s bits is found in {@code s}. */
    boolean any(CharSequence s, long mask) {
        return (tags(s) & mask) != 0;
    }

    /** True when any word is found in {@code s}. */
    boolean any(CharSequence s) {
        return tags(s) != 0;
    }

    /**
     * The words that start at {@code i} in {@code s}, as a bit set of their indexes (the order they were given
     * in); for a vocabulary of at most 64 words.
     */
    long wordsAt(CharSequence s, int i) {
        if (words.size() > 64) {
            throw new IllegalStateException("more than 64 words: not told apart");
        }
        long out = 0;
        int node = 0;
        for (int j = i; j < s.length(); j++) {
            int to = next[node << shift | classOf(s.charAt(j))];
            if (depth[to] != j - i + 1) {
                break; // no edge: the step fell back along a failure link, out of the words starting at i
            }
            node = to;
            if (word[node] >= 0) {
                out |= 1L << word[node];
            }
        }
        return out;
    }

    /** The word of index {@code w}. */
    String word(int w) {
        return words.get(w);
    }

    /** The tag of word {@code w}. */
    int tag(int w) {
        return tags[w];
    }
}
