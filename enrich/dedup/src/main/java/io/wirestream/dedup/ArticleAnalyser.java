package io.wirestream.dedup;

import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.LshBanding;
import io.wirestream.dedup.sketch.Sketcher;
import io.wirestream.dedup.text.TextNormaliser;
import io.wirestream.dedup.text.Tokeniser;

/** Text to {@link ArticleAnalysis}: normalise and tokenise once, then fingerprint, sketch and band. Stateless. */
public final class ArticleAnalyser {

    private final Sketcher sketcher;
    private final LshBanding banding;
    private final int maxTextChars;

    public ArticleAnalyser(DedupConfig config) {
        this.sketcher = new Sketcher(config);
        this.banding = new LshBanding(config.bands(), config.rows());
        this.maxTextChars = config.maxTextChars();
    }

    public ArticleAnalysis analyse(String text) {
        requireAnalysable(text);
        ArticleScan scan = new ArticleScan();
        Tokeniser.scan(TextNormaliser.normalise(text), scan);
        if (scan.lanes.tokens() == 0) {
            return ArticleAnalysis.NO_WORDS;
        }
        Fingerprint fingerprint = scan.lanes.fingerprint();
        ArticleSketch sketch = sketcher.sketch(scan.words, scan.wordCount, scan.figures, scan.figureCount);
        int[] bandKeys = sketch == null ? new int[0] : banding.bandKeys(sketch.minHash());
        return new ArticleAnalysis(fingerprint, sketch, bandKeys);
    }

    /** Fails, naming the reason, for a text this analyser refuses: missing, or over the configured size. */
    public void requireAnalysable(String text) {
        if (text == null) {
            throw new InvalidArticleException("article text is missing");
        }
        if (text.length() > maxTextChars) {
            throw new InvalidArticleException("article text has " + text.length() + " chars, more than "
                    + DedupConfig.MAX_TEXT_CHARS + "=" + maxTextChars);
        }
    }

    /** The band keys of a stored sketch (eviction recomputes them instead of storing them). */
    public int[] bandKeys(ArticleSketch sketch) {
        return banding.bandKeys(sketch.minHash());
    }
}
