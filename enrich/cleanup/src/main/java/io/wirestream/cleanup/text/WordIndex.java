package io.wirestream.cleanup.text;

import java.util.Arrays;

/**
 * The words of a text (as {@link Words} defines them), found once and shared by every word-level rule
 * that looks at the same text: tokenising is the bulk of those rules' cost.
 */
public final class WordIndex {
    private int[] starts;
    private int[] ends;
    private int size;
    /** Indexes of the words that start with a capital ({@link Chars#isUpper}), in order. */
    private int[] capitals;
    private int capitalCount;
    /** Indexes k of the neighbours k, k + 1 of one length and one first letter (case-blind), in order. */
    private int[] lookalikes;
    private int lookalikeCount;

    private WordIndex(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
        capitals = new int[Math.max(16, capacity / 4)];
        lookalikes = new int[16];
    }

    /**
     * The same words {@link Words#startsWord} and {@link Words#wordEnd} find, in one forward scan that carries
     * the previous character instead of looking back at every position (it runs after every repair).
     */
    public static WordIndex of(String s) {
        // one copy, then plain array reads: cheaper than a checked String.charAt for every character
        return of(s.toCharArray());
    }

    /** The words of the text whose chars these are (not modified). */
    public static WordIndex of(char[] chars) {
        int n = chars.length;
        // English averages a word per 5-6 characters: sized so the arrays rarely grow
        WordIndex w = new WordIndex(Math.max(16, n / 5));
        int i = 0;
        boolean prevWordChar = false;
        while (i < n) {
            char c = chars[i];
            if (!prevWordChar && Chars.isLetter(c)) {
                int e = Words.wordEnd(chars, i);
                int k = w.size;
                w.add(i, e, Chars.isUpper(c));
                if (k > 0 && e - i == w.ends[k - 1] - w.starts[k - 1]
                        && Character.toLowerCase(c) == Character.toLowerCase(chars[w.starts[k - 1]])) {
                    w.addLookalike(k - 1);
                }
                i = e;
                // the character that ended the word is looked at afresh; what precedes it is a letter
                prevWordChar = true;
                continue;
            }
            prevWordChar = Chars.isWordChar(c);
            i++;
        }
        return w;
    }

    private void add(int start, int end, boolean capital) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        if (capital) {
            if (capitalCount == capitals.length) {
                capitals = Arrays.copyOf(capitals, capitalCount * 2);
            }
            capitals[capitalCount++] = size;
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    private void addLookalike(int k) {
        if (lookalikeCount == lookalikes.length) {
            lookalikes = Arrays.copyOf(lookalikes, lookalikeCount * 2);
        }
        lookalikes[lookalikeCount++] = k;
    }

    /**
     * How many pairs of neighbouring words have one length and one first letter, case aside: the only pairs that can
     * be a word and its repeat, which the doubled-word rule walks instead of every pair (a few in a hundred).
     */
    public int lookalikeCount() {
        return lookalikeCount;
    }

    /** The first word's index k of the {@code m}-th such pair (k, k + 1). */
    public int lookalike(int m) {
        return lookalikes[m];
    }

    /**
     * How many words start with a capital. The rules that only ever act at a capitalised word (a glued sentence
     * opener, an attribution) walk these instead of every word: in news prose about one word in seven.
     */
    public int capitalCount() {
        return capitalCount;
    }

    /** The index (for {@link #start}, {@link #end}) of the {@code m}-th word that starts with a capital. */
    public int capital(int m) {
        return capitals[m];
    }

    public int size() {
        return size;
    }

    public int start(int k) {
        return starts[k];
    }

    public int end(int k) {
        return ends[k];
    }

    /** Whether words k and k+1 are separated by spaces only (at least one). */
    public boolean spaceSeparated(String s, int k) {
        if (k + 1 >= size || starts[k + 1] == ends[k]) {
            return false;
        }
        for (int i = ends[k]; i < starts[k + 1]; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }
}
