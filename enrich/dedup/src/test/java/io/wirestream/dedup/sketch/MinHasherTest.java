package io.wirestream.dedup.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class MinHasherTest {

    private final MinHasher hasher = new MinHasher(256, 42);

    @Test
    void identicalSetsHaveSimilarityOne() {
        long[] set = LongStream.range(0, 300).map(Hashing::mix64).toArray();
        assertThat(MinHasher.jaccard(hasher.signature(set), hasher.signature(set.clone()))).isEqualTo(1.0);
    }

    @Test
    void estimatesJaccardOfOverlappingSets() {
        // A = 0..599, B = 300..899: Jaccard 300/900 = 0.333
        long[] a = LongStream.range(0, 600).map(Hashing::mix64).toArray();
        long[] b = LongStream.range(300, 900).map(Hashing::mix64).toArray();
        assertThat(MinHasher.jaccard(hasher.signature(a), hasher.signature(b))).isBetween(0.25, 0.42);
    }

    @Test
    void disjointSetsAreNearZero() {
        long[] a = LongStream.range(0, 500).map(Hashing::mix64).toArray();
        long[] b = LongStream.range(1000, 1500).map(Hashing::mix64).toArray();
        assertThat(MinHasher.jaccard(hasher.signature(a), hasher.signature(b))).isLessThan(0.05);
    }

    @Test
    void signaturesAreStableAcrossReleases() {
        // stored signatures live in changelogged stores: the hash family must never change silently
        short[] sig = new MinHasher(4, 0x5EEDF00DL).signature(new long[] {Hashing.hash64("damascus")});
        assertThat(sig).containsExactly(StableValues.DAMASCUS_SIGNATURE);
    }

    @Test
    void refusesEmptySetsAndMismatchedSizes() {
        assertThatThrownBy(() -> hasher.signature(new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MinHasher.jaccard(new short[2], new short[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
