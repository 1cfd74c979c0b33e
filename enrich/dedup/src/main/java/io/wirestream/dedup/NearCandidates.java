package io.wirestream.dedup;

import java.util.Arrays;

import io.wirestream.dedup.match.NearMatch;
import io.wirestream.dedup.match.NearMatchRule;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.state.ArticleRecord;

/**
 * Candidate lookup and verification: gathers the refs filed under an article's band keys, loads their
 * records, and keeps the best one the {@link NearMatchRule} accepts. In the stream the same steps are split
 * across partitions (band keys route to band tasks, candidates gather back by article id); see docs/dedup.md.
 */
public final class NearCandidates {

    /** The best accepted candidate. */
    public record Candidate(ArticleRecord record, NearMatch match) {
    }

    private final DedupState state;
    private final NearMatchRule rule;

    public NearCandidates(DedupConfig config, DedupState state) {
        this.state = state;
        this.rule = new NearMatchRule(config);
    }

    /**
     * @param selfRef the judged article's own ref (never its own candidate)
     * @param cutoff  records with an event time before this are expired, even if not yet evicted
     * @return the most similar accepted candidate (ties: earliest event time, then smallest id), or null
     */
    public Candidate best(ArticleSketch sketch, int[] bandKeys, long selfRef, long cutoff) {
        long[] refs = gather(bandKeys);
        Candidate best = null;
        for (int i = 0; i < refs.length; i++) {
            long ref = refs[i];
            if (ref == selfRef || (i > 0 && ref == refs[i - 1])) {
                continue;
            }
            ArticleRecord record = state.article(ref);
            if (record == null || record.sketch() == null || record.eventTime() < cutoff) {
                continue;
            }
            NearMatch match = rule.judge(sketch, record.sketch());
            if (match != null && (best == null || better(match, record, best))) {
                best = new Candidate(record, match);
            }
        }
        return best;
    }

    /** Sorted refs from every band (duplicates adjacent, skipped by the caller). */
    long[] gather(int[] bandKeys) {
        long[][] buffer = {new long[32]};
        int[] count = {0};
        for (int key : bandKeys) {
            state.forEachInBand(key, ref -> {
                if (count[0] == buffer[0].length) {
                    buffer[0] = Arrays.copyOf(buffer[0], count[0] * 2);
                }
                buffer[0][count[0]++] = ref;
            });
        }
        long[] refs = Arrays.copyOf(buffer[0], count[0]);
        Arrays.sort(refs);
        return refs;
    }

    private static boolean better(NearMatch match, ArticleRecord record, Candidate best) {
        int bySimilarity = Double.compare(match.similarity(), best.match().similarity());
        if (bySimilarity != 0) {
            return bySimilarity > 0;
        }
        if (record.eventTime() != best.record().eventTime()) {
            return record.eventTime() < best.record().eventTime();
        }
        return record.id().compareTo(best.record().id()) < 0;
    }
}
