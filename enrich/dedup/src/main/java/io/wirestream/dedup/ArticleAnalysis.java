package io.wirestream.dedup;

import io.wirestream.dedup.sketch.ArticleSketch;

/**
 * Everything the deduplicator derives from an article's text, computed once. In the stream this is what
 * travels between stages: the fingerprint keys the exact-match repartition, the band keys key the
 * near-match repartition, the sketch travels along to be compared and stored.
 *
 * @param fingerprint exact-content fingerprint, null when the text has no words at all
 * @param sketch      near-duplicate sketch, null when the text has no content words
 * @param bandKeys    LSH band keys of the sketch (empty without a sketch)
 */
public record ArticleAnalysis(Fingerprint fingerprint, ArticleSketch sketch, int[] bandKeys) {

    /** A text without a single word: nothing to fingerprint or sketch. */
    public static final ArticleAnalysis NO_WORDS = new ArticleAnalysis(null, null, new int[0]);

    public boolean hasWords() {
        return fingerprint != null;
    }
}
