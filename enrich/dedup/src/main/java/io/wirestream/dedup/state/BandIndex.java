package io.wirestream.dedup.state;

import java.util.function.LongConsumer;

import io.wirestream.dedup.sketch.Hashing;

/**
 * In-memory multimap from band key to article refs: one open-addressing table of (key, ref) pairs with
 * linear probing and backward-shift deletion. A million retained articles file twenty million pairs; as
 * boxed {@code Map<Integer, List<Long>>} entries that would cost well over a gigabyte, here it is 12 bytes a
 * slot. Ref 0 marks an empty slot ({@link ArticleRef} never yields 0).
 */
public final class BandIndex {

    private int[] keys;
    private long[] refs;
    private int mask;
    private int size;

    public BandIndex() {
        this(1 << 10);
    }

    public BandIndex(int expectedPairs) {
        int capacity = Integer.highestOneBit(Math.max(16, expectedPairs * 2 - 1)) << 1;
        keys = new int[capacity];
        refs = new long[capacity];
        mask = capacity - 1;
    }

    public int size() {
        return size;
    }

    public void forEach(int key, LongConsumer sink) {
        for (int i = home(key); refs[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                sink.accept(refs[i]);
            }
        }
    }

    /** Adds the pair unless present or the key already holds {@code cap} refs. */
    public boolean add(int key, long ref, int cap) {
        if (ref == 0) {
            throw new IllegalArgumentException("ref 0 is reserved for empty slots");
        }
        int count = 0;
        int i = home(key);
        for (; refs[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                if (refs[i] == ref) {
                    return true;
                }
                count++;
            }
        }
        if (count >= cap) {
            return false;
        }
        keys[i] = key;
        refs[i] = ref;
        if (++size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    public void remove(int key, long ref) {
        for (int i = home(key); refs[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key && refs[i] == ref) {
                deleteAt(i);
                size--;
                return;
            }
        }
    }

    private void deleteAt(int hole) {
        int i = hole;
        int j = hole;
        while (true) {
            j = (j + 1) & mask;
            if (refs[j] == 0) {
                break;
            }
            int k = home(keys[j]);
            // move j back into the hole unless its home lies cyclically in (i, j]
            boolean stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
            if (!stays) {
                keys[i] = keys[j];
                refs[i] = refs[j];
                i = j;
            }
        }
        refs[i] = 0;
        keys[i] = 0;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldRefs = refs;
        keys = new int[oldKeys.length * 2];
        refs = new long[oldRefs.length * 2];
        mask = keys.length - 1;
        for (int s = 0; s < oldKeys.length; s++) {
            if (oldRefs[s] != 0) {
                int i = home(oldKeys[s]);
                while (refs[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[s];
                refs[i] = oldRefs[s];
            }
        }
    }

    private int home(int key) {
        return (int) Hashing.mix64(key) & mask;
    }
}
