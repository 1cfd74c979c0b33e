package io.wirestream.dedup.sketch;

import java.util.List;

import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.text.ContentWords;

/** Tokens of a normalised text to its {@link ArticleSketch}. Thread-safe: it holds only the hash family. */
public final class Sketcher {

    private final Shingler shingler;
    private final MinHasher minHasher;
    private final int numberSketchSize;

    public Sketcher(DedupConfig config) {
        this.shingler = new Shingler(config.shingleSize());
        this.minHasher = new MinHasher(config.signatureSize(), config.seed());
        this.numberSketchSize = config.numberSketchSize();
    }

    /** The sketch from content-word hashes and figure hashes, or {@code null} without content words. */
    public ArticleSketch sketch(long[] wordHashes, int words, int[] figureHashes, int figures) {
        long[] shingles = shingler.shingles(wordHashes, words);
        if (shingles.length == 0) {
            return null;
        }
        return new ArticleSketch(minHasher.signature(shingles), shingles.length,
                NumberSketch.ofHashes(figureHashes, figures, numberSketchSize));
    }

    /** The sketch, or {@code null} when the text has no content words (nothing to compare). */
    public ArticleSketch sketch(List<String> tokens) {
        long[] shingles = shingler.shingles(ContentWords.of(tokens));
        if (shingles.length == 0) {
            return null;
        }
        return new ArticleSketch(minHasher.signature(shingles), shingles.length,
                NumberSketch.of(tokens, numberSketchSize));
    }
}
