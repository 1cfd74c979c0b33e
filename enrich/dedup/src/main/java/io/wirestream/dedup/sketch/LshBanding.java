package io.wirestream.dedup.sketch;

/**
 * Locality-sensitive banding of a MinHash signature: band {@code j} is rows {@code j*r .. j*r+r-1}, hashed
 * with {@code j} into one 32-bit band key. Two signatures that agree on all rows of any band share that band
 * key, which is how candidates are found without comparing against every stored article.
 *
 * <p>The key is a plain int so the stream can use it directly as the key of a repartition topic and of the
 * band store; it is a function of the stored 16-bit values only, so eviction can recompute an article's band
 * keys from its stored signature instead of storing them.
 */
public final class LshBanding {

    private final int bands;
    private final int rows;

    public LshBanding(int bands, int rows) {
        this.bands = bands;
        this.rows = rows;
    }

    public int bands() {
        return bands;
    }

    public int[] bandKeys(short[] minHash) {
        if (minHash.length < bands * rows) {
            throw new IllegalArgumentException("signature of " + minHash.length + " values is shorter than "
                    + bands + " bands x " + rows + " rows");
        }
        int[] keys = new int[bands];
        for (int j = 0; j < bands; j++) {
            long h = j + 1L;
            for (int i = 0; i < rows; i++) {
                h = Hashing.combine(h, minHash[j * rows + i] & 0xFFFF);
            }
            keys[j] = (int) (h >>> 32);
        }
        return keys;
    }
}
