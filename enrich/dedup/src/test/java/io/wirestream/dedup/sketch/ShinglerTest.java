package io.wirestream.dedup.sketch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShinglerTest {

    @Test
    void unigramShinglesAreTheDistinctWords() {
        long[] shingles = new Shingler(1).shingles(List.of("port", "strike", "port", "union"));
        assertThat(shingles).containsExactlyInAnyOrder(Hashing.hash64("port"), Hashing.hash64("strike"),
                Hashing.hash64("union"));
    }

    @Test
    void longerShinglesKeepWordOrder() {
        Shingler bigrams = new Shingler(2);
        assertThat(bigrams.shingles(List.of("a", "b", "c"))).hasSize(2);
        assertThat(bigrams.shingles(List.of("a", "b"))).isNotEqualTo(bigrams.shingles(List.of("b", "a")));
        assertThat(bigrams.shingles(List.of("solo"))).hasSize(1);
        assertThat(bigrams.shingles(List.of())).isEmpty();
    }

    @Test
    void aZeroHashIsKeptOnceLikeAnyOther() {
        long[] hashes = {0, 5, 0, 7, 5};
        assertThat(new Shingler(1).shingles(hashes, hashes.length)).containsExactlyInAnyOrder(0L, 5L, 7L);
    }

    @Test
    void refusesASizeBelowOne() {
        assertThatThrownBy(() -> new Shingler(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
