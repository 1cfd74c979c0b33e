package io.wirestream.dedup.sketch;

import java.util.Arrays;
import java.util.Objects;

/**
 * What is kept of an article's text for near-duplicate matching: the MinHash signature of its content-word
 * shingles, how many distinct shingles there were, and the sketch of its figures. Compact by design (about
 * 140 bytes): it is all the state stores keep of the text.
 */
public record ArticleSketch(short[] minHash, int shingles, NumberSketch numbers) {

    public ArticleSketch {
        Objects.requireNonNull(minHash, "minHash");
        Objects.requireNonNull(numbers, "numbers");
        if (shingles < 1) {
            throw new IllegalArgumentException("a sketch covers at least one shingle, got " + shingles);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleSketch other && Arrays.equals(minHash, other.minHash)
                && shingles == other.shingles && numbers.equals(other.numbers);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(minHash) + shingles) + numbers.hashCode();
    }

    @Override
    public String toString() {
        return "ArticleSketch[" + minHash.length + " mins of " + shingles + " shingles, " + numbers + "]";
    }
}
