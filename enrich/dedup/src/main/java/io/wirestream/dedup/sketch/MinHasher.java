package io.wirestream.dedup.sketch;

/**
 * MinHash signatures over shingle hashes, stored as 16-bit values (b-bit MinHash).
 *
 * <p>Hand-written because the job is thirty lines and the stored values must be stable forever (they live in
 * changelogged state stores): a library could change its hash family or seeding in a minor release and
 * silently make every stored signature incomparable. Each of the {@code size} hash functions is a
 * multiply-add on the 64-bit shingle hash keeping the high 32 bits; the minimum is then mixed down to 16
 * bits, so two different minima collide with probability 1/65536 (corrected in {@link #jaccard}).
 */
public final class MinHasher {

    private static final double COLLISION = 1.0 / 65536;

    private final long[] multipliers;
    private final long[] offsets;

    public MinHasher(int size, long seed) {
        multipliers = new long[size];
        offsets = new long[size];
        long state = seed;
        for (int i = 0; i < size; i++) {
            state += 0x9E3779B97F4A7C15L;
            multipliers[i] = Hashing.mix64(state) | 1L; // odd: a bijection on 64-bit values
            state += 0x9E3779B97F4A7C15L;
            offsets[i] = Hashing.mix64(state);
        }
    }

    public int size() {
        return multipliers.length;
    }

    /** The signature of a non-empty shingle set. */
    public short[] signature(long[] shingles) {
        if (shingles.length == 0) {
            throw new IllegalArgumentException("cannot sign an empty shingle set");
        }
        int n = multipliers.length;
        long[] mins = new long[n];
        java.util.Arrays.fill(mins, Long.MAX_VALUE);
        long[] a = multipliers;
        long[] b = offsets;
        for (long x : shingles) {
            // branch-free so the JIT can vectorise it: the whole signature is this loop
            for (int i = 0; i < n; i++) {
                mins[i] = Math.min(mins[i], (a[i] * x + b[i]) >>> 32);
            }
        }
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            out[i] = (short) (Hashing.mix64(mins[i]) >>> 48);
        }
        return out;
    }

    /** Estimated Jaccard similarity of the two shingle sets behind two signatures of equal size. */
    public static double jaccard(short[] a, short[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("signatures differ in size: " + a.length + " vs " + b.length);
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        double raw = (double) equal / a.length;
        return Math.max(0.0, (raw - COLLISION) / (1.0 - COLLISION));
    }
}
