package io.github.ogireport.internal.recognize;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed set of words, each with a tag (0–63), compiled once into a trie: one pass over a string finds every
 * occurrence of every word (overlapping ones too), where a pattern per word or an alternation would run one
 * match per word, or try each word at each position. The recognizers keep their label, header and heading
 * words in these. Not API.
 *
 * <p>{@link #tags} runs the trie as an Aho–Corasick automaton: one step per character (a failure link followed
 * now and then), a character no word holds costing one look-up in a bitmap. {@link #wordsAt} walks the trie
 * from one position, where a bitmap of the words' first characters says a word may start.
 */
final class Vocabulary {
    /** One bit per UTF-16 unit: some word starts with it. */
    private final long[] starts = new long[0x10000 / 64];
    /** Trie nodes: the character leading to the node, its first child, its next sibling, the word ending there. */
    private final char[] label;
    private final int[] child;
    private final int[] sibling;
    private final int[] word;
    /** The tags of the words ending at each node, one bit each (a word may be given under two tags). */
    private final long[] mask;
    private final List<String> words;
    private final int[] tags;
    /** The root's children by their character: open addressing, a power of two long, 0 for none. */
    private final char[] rootKeys;
    private final int[] rootNodes;
    /** One bit per UTF-16 unit: some word holds it. */
    private final long[] letters = new long[0x10000 / 64];
    /**
     * The edges below the root, by {@code parent << 16 | character}: pairs of key and child in one array (a probe
     * reads one cache line), open addressing, a power of two pairs long, key 0 for none.
     */
    private final int[] edges;
    /** Each node's failure link: the node of the longest proper suffix of its path that is a path too. */
    private final int[] fail;
    /** The tags of the words ending at each node or at a node of its failure chain. */
    private final long[] found;

    private Vocabulary(List<String> words, int[] tags) {
        this.words = List.copyOf(words);
        this.tags = tags.clone();
        int size = 1;
        for (String w : words) {
            size += w.length();
        }
        label = new char[size];
        child = new int[size];
        sibling = new int[size];
        word = new int[size];
        mask = new long[size];
        java.util.Arrays.fill(child, -1);
        java.util.Arrays.fill(sibling, -1);
        java.util.Arrays.fill(word, -1);
        int nodes = 1;
        for (int w = 0; w < words.size(); w++) {
            String s = words.get(w);
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            if (tags[w] < 0 || tags[w] > 63) {
                throw new IllegalArgumentException("tag out of range: " + tags[w]);
            }
            starts[s.charAt(0) >>> 6] |= 1L << s.charAt(0);
            for (int i = 0; i < s.length(); i++) {
                letters[s.charAt(i) >>> 6] |= 1L << s.charAt(i);
            }
            int node = 0;
            for (int i = 0; i < s.length(); i++) {
                int next = childOf(node, s.charAt(i));
                if (next < 0) {
                    next = nodes++;
                    label[next] = s.charAt(i);
                    sibling[next] = child[node];
                    child[node] = next;
                }
                node = next;
            }
            if (word[node] < 0) {
                word[node] = w; // a word given twice: its first index
            }
            mask[node] |= 1L << tags[w];
        }
        int roots = 0;
        for (int n = child[0]; n >= 0; n = sibling[n]) {
            roots++;
        }
        int capacity = Integer.highestOneBit(Math.max(4 * roots, 4));
        rootKeys = new char[capacity];
        rootNodes = new int[capacity];
        for (int n = child[0]; n >= 0; n = sibling[n]) {
            int slot = label[n] & (capacity - 1);
            while (rootNodes[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            rootKeys[slot] = label[n];
            rootNodes[slot] = n;
        }
        if (nodes > 0x7FFF) {
            throw new IllegalArgumentException("too many words: " + nodes + " trie nodes");
        }
        int pairs = Integer.highestOneBit(Math.max(4 * nodes, 4));
        edges = new int[2 * pairs];
        for (int parent = 1; parent < nodes; parent++) {
            for (int n = child[parent]; n >= 0; n = sibling[n]) {
                int key = parent << 16 | label[n];
                int slot = slot(key);
                while (edges[2 * slot] != 0) {
                    slot = (slot + 1) & (pairs - 1);
                }
                edges[2 * slot] = key;
                edges[2 * slot + 1] = n;
            }
        }
        // failure links breadth first: a node's link is shallower than the node, so it is done before it
        fail = new int[nodes];
        found = new long[nodes];
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        for (int n = child[0]; n >= 0; n = sibling[n]) {
            queue[tail++] = n; // the root's children fail to the root
        }
        while (head < tail) {
            int u = queue[head++];
            found[u] = mask[u] | found[fail[u]];
            for (int v = child[u]; v >= 0; v = sibling[v]) {
                int f = fail[u];
                int t = step(f, label[v]);
                while (t < 0 && f != 0) {
                    f = fail[f];
                    t = step(f, label[v]);
                }
                fail[v] = Math.max(t, 0);
                queue[tail++] = v;
            }
        }
    }

    /** The node after {@code node} on {@code c}, or -1 (the automaton's goto function). */
    private int step(int node, char c) {
        if (node == 0) {
            return (starts[c >>> 6] & (1L << c)) != 0 ? root(c) : -1; // no word starts so: no probe of the root's table
        }
        return find(node, c);
    }

    private int slot(int key) {
        return (key * 0x9E3779B9 >>> 16) & (edges.length / 2 - 1);
    }

    /** The root's child for {@code c}, or -1. */
    private int root(char c) {
        int m = rootKeys.length - 1;
        for (int slot = c & m; rootNodes[slot] != 0; slot = (slot + 1) & m) {
            if (rootKeys[slot] == c) {
                return rootNodes[slot];
            }
        }
        return -1;
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

    /** The child of {@code node}, not the root, for {@code c}, or -1. */
    private int find(int node, char c) {
        int key = node << 16 | c;
        int m = edges.length / 2 - 1;
        for (int slot = slot(key); edges[2 * slot] != 0; slot = (slot + 1) & m) {
            if (edges[2 * slot] == key) {
                return edges[2 * slot + 1];
            }
        }
        return -1;
    }

    /** The child of {@code node} for {@code c} while the trie is built, or -1. */
    private int childOf(int node, char c) {
        for (int n = child[node]; n >= 0; n = sibling[n]) {
            if (label[n] == c) {
                return n;
            }
        }
        return -1;
    }

    /** True when some word may start with {@code c}. */
    boolean starts(char c) {
        return (starts[c >>> 6] & (1L << c)) != 0;
    }

    /** The tags of the words found anywhere in {@code s}, one bit each. */
    long tags(CharSequence s) {
        long out = 0;
        int state = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((letters[c >>> 6] & (1L << c)) == 0) {
                state = 0; // in no word: every match so far ends here
                continue;
            }
            int next = step(state, c);
            while (next < 0 && state != 0) {
                state = fail[state];
                next = step(state, c);
            }
            state = Math.max(next, 0);
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
        if (i >= s.length() || !starts(s.charAt(i))) {
            return 0;
        }
        int n = s.length();
        for (int j = i + 1, node = root(s.charAt(i)); node >= 0; node = j < n ? find(node, s.charAt(j++)) : -1) {
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
