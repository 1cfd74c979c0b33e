package io.wirestream.dedup.match;

/**
 * A positive near-duplicate judgement between two sketches.
 *
 * @param similarity estimated Jaccard similarity of the content-word shingles
 * @param basis      which rule accepted the pair
 */
public record NearMatch(double similarity, Basis basis) {

    public enum Basis {
        /** High word overlap and no conflicting figures: republication, trim, retitle, edited lead. */
        WORDING,
        /** Moderate word overlap but the same figures: a second translation of the same source. */
        FIGURES
    }
}
