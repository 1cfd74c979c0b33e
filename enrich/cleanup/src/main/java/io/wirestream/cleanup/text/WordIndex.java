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

    private WordIndex(int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
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
                w.add(i, e);
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

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
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
