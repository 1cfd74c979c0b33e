package io.wirestream.dedup.match;

import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.MinHasher;
import io.wirestream.dedup.sketch.NumberSketch;

/**
 * Decides whether two sketched texts are the same story.
 *
 * <ul>
 *   <li>WORDING: estimated Jaccard &ge; {@code dedup.near.threshold}, unless both texts quote at least
 *       {@value #MIN_FIGURES_FOR_CONFLICT} figures and share fewer than {@code dedup.near.numbers.conflict}
 *       of them: two earnings reports of one company share their template, not their figures.</li>
 *   <li>FIGURES: estimated Jaccard &ge; {@code dedup.near.translation.threshold} and at least
 *       {@code dedup.near.numbers.agreement} of the smaller set of figures recur: a second machine
 *       translation changes the words, not the figures. When the smaller text quotes a single figure, the
 *       Jaccard must reach {@code dedup.near.single.figure.threshold} instead.</li>
 * </ul>
 * Texts with fewer than {@code dedup.near.min.shingles} distinct shingles are never near duplicates (only
 * exact ones): in a brief, one changed word is a different story. Where the two trade off, the thresholds
 * favour missing a duplicate over merging two stories.
 */
public final class NearMatchRule {

    static final int MIN_FIGURES_FOR_CONFLICT = 3;

    private final double nearThreshold;
    private final double translationThreshold;
    private final double numbersAgreement;
    private final double numbersConflict;
    private final double singleFigureThreshold;
    private final int minShingles;

    public NearMatchRule(DedupConfig config) {
        this.nearThreshold = config.nearThreshold();
        this.translationThreshold = config.translationThreshold();
        this.numbersAgreement = config.numbersAgreement();
        this.numbersConflict = config.numbersConflict();
        this.singleFigureThreshold = config.singleFigureThreshold();
        this.minShingles = config.minShingles();
    }

    /** The match, or {@code null} when the two are different stories. */
    public NearMatch judge(ArticleSketch a, ArticleSketch b) {
        if (Math.min(a.shingles(), b.shingles()) < minShingles) {
            return null; // "Stocks rose on Monday" and "Stocks fell on Monday" share half their words
        }
        double similarity = MinHasher.jaccard(a.minHash(), b.minHash());
        if (similarity < translationThreshold) {
            return null;
        }
        NumberSketch x = a.numbers();
        NumberSketch y = b.numbers();
        double figures = x.containment(y);
        if (similarity >= nearThreshold) {
            boolean conflict = x.distinct() >= MIN_FIGURES_FOR_CONFLICT && y.distinct() >= MIN_FIGURES_FOR_CONFLICT
                    && figures < numbersConflict;
            return conflict ? null : new NearMatch(similarity, NearMatch.Basis.WORDING);
        }
        boolean agree = !x.isEmpty() && !y.isEmpty() && figures >= numbersAgreement;
        // one shared figure (often just a background year) is weak evidence: ask for more shared words
        boolean enough = Math.min(x.distinct(), y.distinct()) >= 2 || similarity >= singleFigureThreshold;
        return agree && enough ? new NearMatch(similarity, NearMatch.Basis.FIGURES) : null;
    }
}
