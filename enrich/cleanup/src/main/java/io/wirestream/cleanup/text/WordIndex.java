package io.wirestream.cleanup.text;

import java.util.Arrays;

/**
 * The words of a text (as {@link Words} defines them), found once and shared by every word-level rule
 * that looks at the same text: tokenising is the bulk of those rules' cost.
 */
public final class WordIndex {
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int size;

    public static WordIndex of(String s) {
        WordIndex w = new WordIndex();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Words.startsWord(s, i)) {
                i++;
                continue;
            }
            int e = Words.wordEnd(s, i);
            w.add(i, e);
            i = e;
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
