package io.wirestream.dedup;

import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.ArticleRef;
import io.wirestream.dedup.state.OriginalEntry;

/**
 * Judges articles in arrival order against everything retained in a {@link DedupState}: redelivery, then
 * exact content, then near duplicate, else unique. The earliest arrival is the original; a duplicate of a
 * duplicate is reported against the root original.
 *
 * <p>Deterministic: the verdicts are a function of the articles and their order only. Time is event time;
 * stream time is the largest event time seen (kept in the state, so it survives a restore), and an entry
 * counts only while its event time is within the retention of stream time.
 *
 * <p>Which articles are recorded: unique and near-duplicate articles fully (record, fingerprint, band
 * keys: a later copy may be closest to an earlier copy rather than to the original); exact duplicates and
 * texts without words only as a record, so that their redelivery is still caught.
 */
public final class Deduplicator {

    private final DedupConfig config;
    private final DedupState state;
    private final ArticleAnalyser analyser;
    private final NearCandidates candidates;

    public Deduplicator(DedupConfig config, DedupState state) {
        this.config = config;
        this.state = state;
        this.analyser = new ArticleAnalyser(config);
        this.candidates = new NearCandidates(config, state);
    }

    public Verdict judge(DedupInput article) {
        if (article == null) {
            throw new InvalidArticleException("article is missing");
        }
        String id = article.id();
        if (id == null || id.isBlank()) {
            throw new InvalidArticleException("article id is missing");
        }
        analyser.requireAnalysable(article.text()); // refuse before any state changes
        long eventTime = article.eventTimeMillis();
        long cutoff = advanceStreamTime(eventTime);
        long ref = ArticleRef.of(id);
        boolean retained = eventTime >= cutoff; // an article already older than the window is judged, not kept

        ArticleRecord previous = state.article(ref);
        if (previous != null && previous.eventTime() >= cutoff && previous.id().equals(id)) {
            return Verdict.redelivery(id); // before any text work: re-sends are the cheapest to drop
        }
        ArticleAnalysis analysis = analyser.analyse(article.text());
        if (previous != null) {
            forget(previous); // expired but not yet evicted, or (1 in 2^64) another id with the same ref
        }
        if (!analysis.hasWords()) {
            record(retained, new ArticleRecord(ref, id, eventTime, null, 0, null));
            return Verdict.unique(id);
        }

        OriginalEntry original = state.original(analysis.fingerprint());
        if (original != null && original.eventTime() >= cutoff && original.ref() != ref) {
            ArticleRecord first = state.article(original.ref());
            if (first != null) {
                long root = first.originalRef();
                record(retained, new ArticleRecord(ref, id, eventTime, null, root, null));
                return Verdict.exact(id, idOf(root, first, cutoff));
            }
        }

        if (analysis.sketch() == null) {
            recordIndexed(retained, cutoff, new ArticleRecord(ref, id, eventTime, analysis.fingerprint(), 0, null),
                    analysis);
            return Verdict.unique(id);
        }
        NearCandidates.Candidate match = candidates.best(analysis.sketch(), analysis.bandKeys(), ref, cutoff);
        if (match != null) {
            long root = match.record().originalRef();
            recordIndexed(retained, cutoff, new ArticleRecord(ref, id, eventTime, analysis.fingerprint(), root,
                    analysis.sketch()), analysis);
            return Verdict.near(id, idOf(root, match.record(), cutoff), match.match().similarity());
        }
        recordIndexed(retained, cutoff, new ArticleRecord(ref, id, eventTime, analysis.fingerprint(), 0,
                analysis.sketch()), analysis);
        return Verdict.unique(id);
    }

    /** Raises stream time to the article's event time if later, evicts what fell out, returns the cut-off. */
    private long advanceStreamTime(long eventTime) {
        long streamTime = state.streamTime();
        if (eventTime > streamTime) {
            streamTime = eventTime;
            state.streamTime(streamTime);
        }
        long retention = config.retentionMillis();
        long cutoff = streamTime < Long.MIN_VALUE + retention ? Long.MIN_VALUE : streamTime - retention;
        state.drainExpired(cutoff, ref -> evict(ref, cutoff));
        return cutoff;
    }

    private void evict(long ref, long cutoff) {
        ArticleRecord record = state.article(ref);
        if (record == null || record.eventTime() >= cutoff) {
            return; // already gone, or replaced by a newer record under the same ref
        }
        forget(record);
    }

    /** Removes a record and everything filed under it. */
    private void forget(ArticleRecord record) {
        long ref = record.ref();
        if (record.sketch() != null) {
            for (int key : analyser.bandKeys(record.sketch())) {
                state.removeFromBand(key, ref);
            }
        }
        if (record.fingerprint() != null) {
            OriginalEntry entry = state.original(record.fingerprint());
            if (entry != null && entry.ref() == ref) {
                state.removeOriginal(record.fingerprint());
            }
        }
        state.removeArticle(ref);
    }

    private void record(boolean retained, ArticleRecord record) {
        if (retained) {
            state.putArticle(record);
            state.scheduleExpiry(record.eventTime(), record.ref());
        }
    }

    private void recordIndexed(boolean retained, long cutoff, ArticleRecord record, ArticleAnalysis analysis) {
        if (!retained) {
            return;
        }
        OriginalEntry existing = state.original(analysis.fingerprint());
        boolean ownsFingerprint = existing == null || existing.ref() == record.ref()
                || existing.eventTime() < cutoff || state.article(existing.ref()) == null;
        ArticleRecord stored = ownsFingerprint ? record
                : new ArticleRecord(record.ref(), record.id(), record.eventTime(), null, record.rootRef(),
                record.sketch());
        if (ownsFingerprint) {
            state.putOriginal(analysis.fingerprint(), new OriginalEntry(record.ref(), record.eventTime()));
        }
        if (record.sketch() != null) {
            for (int key : analysis.bandKeys()) {
                state.addToBand(key, record.ref(), config.bucketCap());
            }
        }
        state.putArticle(stored);
        state.scheduleExpiry(record.eventTime(), record.ref());
    }

    /** The id to report for a root original; falls back to the matched record when the root has expired. */
    private String idOf(long rootRef, ArticleRecord matched, long cutoff) {
        if (rootRef == matched.ref()) {
            return matched.id();
        }
        ArticleRecord root = state.article(rootRef);
        return root != null && root.eventTime() >= cutoff ? root.id() : matched.id();
    }
}
