package io.wirestream.dedup.sketch;

import java.util.Arrays;
import java.util.List;

import io.wirestream.dedup.text.Tokeniser;

/**
 * The figures a text quotes (counts, percentages, years, times) as a bottom-k sketch of 16-bit hashes plus
 * the number of distinct figures.
 *
 * <p>Why: a retranslation rewords everything except its figures, while a different report on the same
 * company or group reuses the vocabulary but quotes other figures. Agreement of the figures is what lets a
 * low word overlap still count as the same story, and disagreement vetoes a merge.
 *
 * @param hashes   ascending (unsigned) distinct 16-bit hashes, at most the sketch size
 * @param distinct how many distinct figures the text quotes (may exceed {@code hashes.length})
 */
public record NumberSketch(short[] hashes, int distinct) {

    public static final NumberSketch EMPTY = new NumberSketch(new short[0], 0);

    public NumberSketch {
        if (distinct < hashes.length) {
            throw new IllegalArgumentException("distinct " + distinct + " < sketch length " + hashes.length);
        }
    }

    public static NumberSketch of(List<String> tokens, int size) {
        if (size == 0) {
            return EMPTY;
        }
        int[] all = new int[16];
        int count = 0;
        for (String t : tokens) {
            if (Tokeniser.isNumber(t)) {
                if (count == all.length) {
                    all = Arrays.copyOf(all, count * 2);
                }
                char[] chars = t.toCharArray();
                all[count++] = hash16(Hashing.hash64(chars, 0, figureLength(chars, chars.length)));
            }
        }
        return ofHashes(all, count, size);
    }

    /**
     * How much of a figure token is the figure: a unit or ordinal glued to a number is dropped ("11th",
     * "30m", "5km" are 11, 30, 5), since translations spell units and ordinals differently but keep the
     * number. Tokens that start with a letter ("covid19") are kept whole.
     */
    public static int figureLength(char[] chars, int length) {
        if (length == 0 || !Character.isDigit(chars[0])) {
            return length;
        }
        int end = length;
        while (end > 1 && !Character.isDigit(chars[end - 1])) {
            end--;
        }
        return end;
    }

    /** The 16-bit figure hash of a figure with this {@link Hashing#hash64}. */
    public static int hash16(long hash64) {
        return (int) (hash64 >>> 48);
    }

    /** The sketch from the {@link #hash16} of each figure token (the first {@code count}; repeats allowed). */
    public static NumberSketch ofHashes(int[] figureHashes, int count, int size) {
        if (size == 0 || count == 0) {
            return EMPTY;
        }
        int[] all = Arrays.copyOf(figureHashes, count);
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        all = Arrays.copyOf(all, distinct);
        int keep = Math.min(size, all.length);
        short[] bottom = new short[keep];
        for (int i = 0; i < keep; i++) {
            bottom[i] = (short) all[i];
        }
        return new NumberSketch(bottom, all.length);
    }

    public boolean isEmpty() {
        return distinct == 0;
    }

    /**
     * Estimated share of the smaller set of figures that also appears in the other text (containment).
     * Exact while both texts quote no more figures than the sketch holds; otherwise estimated from the
     * bottom-k of the union.
     */
    public double containment(NumberSketch other) {
        if (isEmpty() || other.isEmpty()) {
            return 0.0;
        }
        int smaller = Math.min(distinct, other.distinct);
        if (distinct == hashes.length && other.distinct == other.hashes.length) {
            return (double) UnionWalk.of(hashes, other.hashes, Integer.MAX_VALUE).both() / smaller;
        }
        int k = Math.min(hashes.length, other.hashes.length);
        if (k == 0) {
            return 0.0;
        }
        // the bottom k of the union; judging compares an article with every candidate that passes the wording
        // threshold, so this runs hundreds of times per article: one merge, no sets
        UnionWalk bottom = UnionWalk.of(hashes, other.hashes, k);
        double jaccard = (double) bottom.both() / bottom.taken();
        double shared = jaccard * (distinct + other.distinct) / (1.0 + jaccard);
        return Math.min(1.0, shared / smaller);
    }

    /** The first {@code taken} values of the union of two sketches (each sorted, unsigned), {@code both} in both. */
    private record UnionWalk(int taken, int both) {

        static UnionWalk of(short[] a, short[] b, int limit) {
            int taken = 0;
            int both = 0;
            int i = 0;
            int j = 0;
            while (taken < limit && (i < a.length || j < b.length)) {
                int x = i < a.length ? a[i] & 0xFFFF : Integer.MAX_VALUE;
                int y = j < b.length ? b[j] & 0xFFFF : Integer.MAX_VALUE;
                if (x == y) {
                    both++;
                    i++;
                    j++;
                } else if (x < y) {
                    i++;
                } else {
                    j++;
                }
                taken++;
            }
            return new UnionWalk(taken, both);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberSketch other && distinct == other.distinct && Arrays.equals(hashes, other.hashes);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hashes) + distinct;
    }

    @Override
    public String toString() {
        return "NumberSketch[" + hashes.length + " of " + distinct + "]";
    }
}
