package io.wirestream.dedup.sketch;

import java.util.Arrays;
import java.util.List;

/** Distinct hashes of the word shingles (k consecutive content words) of a text. */
public final class Shingler {

    private final int size;

    public Shingler(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("shingle size must be >= 1, got " + size);
        }
        this.size = size;
    }

    /** Distinct shingle hashes; a text shorter than one shingle yields one shingle of all its words. */
    public long[] shingles(List<String> words) {
        long[] tokenHashes = new long[words.size()];
        for (int i = 0; i < tokenHashes.length; i++) {
            tokenHashes[i] = Hashing.hash64(words.get(i));
        }
        return shingles(tokenHashes, tokenHashes.length);
    }

    /** The same from the {@link Hashing#hash64} of each word, the first {@code count} entries of the array. */
    public long[] shingles(long[] tokenHashes, int count) {
        if (count == 0) {
            return new long[0];
        }
        int k = Math.min(size, count);
        long[] out = new long[count - k + 1];
        for (int start = 0; start < out.length; start++) {
            long h = tokenHashes[start];
            for (int j = 1; j < k; j++) {
                h = Hashing.combine(h, tokenHashes[start + j]);
            }
            out[start] = h;
        }
        return distinct(out);
    }

    /** Drops repeats with an open-addressing set: linear, where sorting was the second-largest cost. */
    private static long[] distinct(long[] hashes) {
        int capacity = Integer.highestOneBit(Math.max(4, hashes.length) * 2 - 1) << 1;
        long[] table = new long[capacity]; // 0 marks a free slot; a zero hash is tracked on its own
        int mask = capacity - 1;
        int n = 0;
        boolean zeroSeen = false;
        for (long h : hashes) {
            if (h == 0) {
                if (!zeroSeen) {
                    zeroSeen = true;
                    hashes[n++] = 0;
                }
                continue;
            }
            // the hashes are already well mixed: their low bits index the table directly
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (table[i] != 0 && table[i] != h) {
                i = (i + 1) & mask;
            }
            if (table[i] == 0) {
                table[i] = h;
                hashes[n++] = h;
            }
        }
        return Arrays.copyOf(hashes, n);
    }
}
