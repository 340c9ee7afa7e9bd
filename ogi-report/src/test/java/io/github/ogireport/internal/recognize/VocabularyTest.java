package io.github.ogireport.internal.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The automaton finds what a search for each word finds, at any position and anywhere in a string. */
class VocabularyTest {
    @Test
    void tagsAreTheWordsFoundAnywhereOverlappingOnesToo() {
        Vocabulary v = Vocabulary.builder().add(0, "上年结转", "结转").add(1, "结转下年度").add(2, "年").build();
        assertEquals(0b111, v.tags("上年结转下年度"));
        assertEquals(0b001, v.tags("结转"));
        assertEquals(0b100, v.tags("结年转"));
        assertEquals(0, v.tags(""));
        assertEquals(0, v.tags("结"));
        assertTrue(v.any("转下结转", 1L));
        assertFalse(v.any("转下结", 1L));
    }

    @Test
    void aWordUnderTwoTagsHasBoth() {
        Vocabulary v = Vocabulary.builder().add(3, "问题").add(9, "问题", "改进").build();
        assertEquals(1L << 3 | 1L << 9, v.tags("主要问题"));
        assertEquals(1L << 9, v.tags("改进"));
    }

    @Test
    void wordsAtTellWhichWordsStartThere() {
        Vocabulary v = Vocabulary.of("本年制发", "本年", "制发", "年制");
        assertEquals(0b0011, v.wordsAt("本年制发件数", 0));
        assertEquals(0b1000, v.wordsAt("本年制发件数", 1));
        assertEquals(0b0100, v.wordsAt("本年制发件数", 2));
        assertEquals(0, v.wordsAt("本年制发件数", 3));
        assertEquals(0, v.wordsAt("本年", 2));
    }

    @Test
    void findsWhatContainsFindsOnManyWordsAndStrings() {
        // many first characters (the root's table has collisions), words that are prefixes of others
        Random random = new Random(7);
        String alphabet = "本年新收上结转下度国家秘密其他法律规行政复议诉讼问题改进0123456789（）()、一二三";
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            words.add(random(random, alphabet, 1 + random.nextInt(4)));
        }
        assertTagsAsContains(words, random, alphabet, 12);
    }

    @Test
    void followsFailureLinksWhereWordsOverlapThemselves() {
        // two letters make every word a suffix of another's prefix: the automaton's failure links are all used;
        // a third letter in no word resets it
        Random random = new Random(11);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            words.add(random(random, "ab", 1 + random.nextInt(6)));
        }
        assertTagsAsContains(words, random, "aabbx", 16);
    }

    /**
     * Word {@code i} tagged as bit {@code i}: on 20,000 random strings of {@code alphabet} (shorter than
     * {@code maxLength}) the tags are the bits of the words the string contains.
     */
    private static void assertTagsAsContains(List<String> words, Random random, String alphabet, int maxLength) {
        Vocabulary.Builder b = Vocabulary.builder();
        for (int i = 0; i < words.size(); i++) {
            b.add(i, words.get(i));
        }
        Vocabulary v = b.build();
        for (int k = 0; k < 20_000; k++) {
            String s = random(random, alphabet, random.nextInt(maxLength));
            long expected = 0;
            for (int i = 0; i < words.size(); i++) {
                if (s.contains(words.get(i))) {
                    expected |= 1L << i;
                }
            }
            assertEquals(expected, v.tags(s), s);
            for (int at = 0; at <= s.length(); at++) {
                long starting = 0;
                for (int i = 0; i < words.size(); i++) {
                    if (s.startsWith(words.get(i), at) && words.indexOf(words.get(i)) == i) {
                        starting |= 1L << i; // a word given twice: its first index
                    }
                }
                assertEquals(starting, v.wordsAt(s, at), s + " at " + at);
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                assertEquals(words.stream().anyMatch(w -> w.charAt(0) == c), v.starts(c), s);
            }
        }
    }

    @Test
    void refusesWhatItCannotTellApart() {
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.builder().add(64, "x").build());
        assertThrows(IllegalArgumentException.class, () -> Vocabulary.builder().add(0, "").build());
    }

    private static String random(Random random, String alphabet, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
