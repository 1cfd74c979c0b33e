package io.wirestream.enrich.stream;

/**
 * Decoded copies of recently used store values, keyed by a long, in a two-way set-associative table: each key may
 * sit in either slot of one pair, and a new copy takes the slot of the pair used less recently. A read is two array
 * loads and key comparisons, with no boxing and no allocation; a key pushed out comes back with one store read.
 * Written by hand because the point is to cost less than a map: a {@code LinkedHashMap} LRU boxes every key and
 * allocates an entry per put, which the judging task does tens of times per article.
 *
 * <p>Why two ways: in a direct-mapped table two hot keys that share a slot push each other out on every use. On the
 * bench's articles the judging task read its stores 8.2 times an article with one way and 4.9 with two
 * (docs/benchmarks.md, tenth session).
 * The owner keeps the copies coherent by sending every write and removal of the store through here too.
 */
final class RecentCopies<V> {

    private final long[] keys;
    private final Object[] values;
    /** Per pair: true when its second slot was used last, so a new copy goes into the first. */
    private final boolean[] secondUsedLast;
    private final int pairMask;

    /** @param slots a power of two, at least 2 */
    RecentCopies(int slots) {
        if (slots < 2 || Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two of at least 2, got " + slots);
        }
        keys = new long[slots];
        values = new Object[slots];
        secondUsedLast = new boolean[slots / 2];
        pairMask = slots / 2 - 1;
    }

    /** The copy kept for {@code key}, or null when none is kept. */
    @SuppressWarnings("unchecked")
    V get(long key) {
        int first = firstSlot(key);
        if (keys[first] == key && values[first] != null) {
            secondUsedLast[first >>> 1] = false;
            return (V) values[first];
        }
        int second = first + 1;
        if (keys[second] == key && values[second] != null) {
            secondUsedLast[first >>> 1] = true;
            return (V) values[second];
        }
        return null;
    }

    /** Keeps {@code value} as the copy for {@code key}, replacing an older copy of it or the pair's less used one. */
    void put(long key, V value) {
        int first = firstSlot(key);
        int second = first + 1;
        int slot;
        if (values[first] != null && keys[first] == key) {
            slot = first;
        } else if (values[second] != null && keys[second] == key) {
            slot = second;
        } else if (values[first] == null) {
            slot = first;
        } else if (values[second] == null) {
            slot = second;
        } else {
            slot = secondUsedLast[first >>> 1] ? first : second;
        }
        keys[slot] = key;
        values[slot] = value;
        secondUsedLast[first >>> 1] = slot == second;
    }

    /** Forgets the copy for {@code key}, if one is kept. */
    void remove(long key) {
        int first = firstSlot(key);
        for (int slot = first; slot <= first + 1; slot++) {
            if (keys[slot] == key) {
                values[slot] = null;
            }
        }
    }

    private int firstSlot(long key) {
        long h = key * 0x9E3779B97F4A7C15L; // refs are sequential and band keys clustered: spread them
        return ((int) (h >>> 40) & pairMask) << 1;
    }
}
