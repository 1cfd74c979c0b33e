package io.wirestream.dedup.sketch;

/**
 * Fixed, seedable 64-bit hashing. Stored signatures must compare equal across JVMs and releases, so
 * {@link String#hashCode()} (32 bits, collision-prone) and randomised hashes are unusable here.
 */
public final class Hashing {

    private Hashing() {
    }

    /** FNV-1a over UTF-16 code units, finished with a strong mixer. */
    public static long hash64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix64(h ^ s.length());
    }

    /** {@link #hash64(CharSequence)} of the chars in {@code [from, from + length)}, without a String. */
    public static long hash64(char[] chars, int from, int length) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < from + length; i++) {
            h ^= chars[i];
            h *= 0x100000001b3L;
        }
        return mix64(h ^ length);
    }

    /** The SplitMix64 finaliser: every input bit affects every output bit. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Combines an ordered pair of hashes (used for multi-word shingles). */
    public static long combine(long h, long next) {
        return mix64(h * 0x9E3779B97F4A7C15L + next);
    }
}
