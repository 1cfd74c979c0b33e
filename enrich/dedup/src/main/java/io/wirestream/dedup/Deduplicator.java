package io.wirestream.dedup;

import java.util.Objects;

import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.ArticleRef;
import io.wirestream.dedup.state.OriginalEntry;

/**
 * Judges articles in arrival order against everything retained in a {@link DedupState}: redelivery, then
 * exact content, then near duplicate, else unique. The earliest arrival is the original; a duplicate of a
 * duplicate is reported against the root original. This class makes every dedup decision, for the offline
 * command and the stream alike: the stream only computes the {@link ArticleAnalysis} elsewhere and hands it in.
 *
 * <p>Deterministic: the verdicts are a function of the articles and their order only. Time is event time;
 * stream time is the largest event time judged (kept in the state, so it survives a restore). An article is
 * remembered from the stream time at which it was judged (its event time, or later when it arrives after newer
 * articles) for the retention: so a late article, even one older than the whole window, still catches its own
 * re-sends and copies that follow it.
 *
 * <p>Which articles are recorded: unique and near-duplicate articles fully (record, fingerprint, band
 * keys: a later copy may be closest to an earlier copy rather than to the original); exact duplicates and
 * texts without words only as a record (with the fingerprint), so that their re-sends are still caught.
 *
 * <p>An id seen again (within the retention) with the same fingerprint is a redelivery; with another fingerprint
 * it is a revision of that article (a corrected feed item: the same link, so the same id, with new text). The
 * revision replaces the previous version in the state (fingerprint, sketch, band keys; remembered from its own
 * judging time). A revision of an original stays the original, unique, and is not compared with other
 * articles: it arrived first, and the copies filed since point at it. A revision of a copy is judged afresh
 * against everything else retained, so it may be unique now, or a copy again. Either way its verdict says
 * {@link Verdict#revision()}.
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

    /**
     * Judges an article from its text (analysed here: even a re-sent id needs its fingerprint, to tell a re-send
     * from a revision).
     */
    public Verdict judge(DedupInput article) {
        if (article == null) {
            throw new InvalidArticleException("article is missing");
        }
        analyser.requireAnalysable(article.text()); // refuse before any state changes
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidArticleException("article id is missing");
        }
        return judgeAnalysed(article.id(), article.eventTimeMillis(), analyser.analyse(article.text()));
    }

    /**
     * Judges an article analysed elsewhere (the stream analyses in parallel, per partition, and sends only the
     * analysis to the one task that judges).
     *
     * @param eventTime event time, or {@link DedupInput#NO_EVENT_TIME} to take the stream time
     */
    public Verdict judge(String id, long eventTime, ArticleAnalysis analysis) {
        if (analysis == null) {
            throw new InvalidArticleException("article analysis is missing");
        }
        return judgeAnalysed(id, eventTime, analysis);
    }

    private Verdict judgeAnalysed(String id, long eventTime, ArticleAnalysis analysis) {
        if (id == null || id.isBlank()) {
            throw new InvalidArticleException("article id is missing");
        }
        long now = advanceStreamTime(eventTime);
        long cutoff = cutoff(now);
        long ref = ArticleRef.of(id);

        ArticleRecord previous = state.article(ref);
        boolean seen = previous != null && previous.eventTime() >= cutoff && previous.id().equals(id);
        if (seen && Objects.equals(previous.fingerprint(), analysis.fingerprint())) {
            return Verdict.redelivery(id); // the same id with the same content: a re-send
        }
        if (previous != null) {
            // the previous version of this article (replaced by this revision), an expired record not yet
            // evicted, or (1 in 2^64) another id with the same ref: everything filed under it goes
            forget(previous);
            state.cancelExpiry(previous.eventTime(), ref);
        }
        if (seen && previous.isOriginal()) {
            // a revision of an original stays the original: it arrived first, and the copies filed since point at it
            recordOriginal(cutoff, ref, id, now, analysis);
            return Verdict.revision(id);
        }
        // a new article, or a revision of a copy: judged afresh against everything else retained
        Verdict verdict = judgeContent(cutoff, ref, id, now, analysis);
        return seen ? verdict.asRevision() : verdict;
    }

    private Verdict judgeContent(long cutoff, long ref, String id, long now, ArticleAnalysis analysis) {
        if (!analysis.hasWords()) {
            record(new ArticleRecord(ref, id, now, null, 0, null));
            return Verdict.unique(id);
        }
        OriginalEntry original = state.original(analysis.fingerprint());
        if (original != null && original.eventTime() >= cutoff && original.ref() != ref) {
            ArticleRecord first = state.article(original.ref());
            if (first != null) {
                long root = first.originalRef();
                record(new ArticleRecord(ref, id, now, analysis.fingerprint(), root, null));
                return Verdict.exact(id, idOf(root, first, cutoff));
            }
        }
        if (analysis.sketch() != null) {
            NearCandidates.Candidate match = candidates.best(analysis.sketch(), analysis.bandKeys(), ref, cutoff);
            if (match != null) {
                long root = match.record().originalRef();
                recordIndexed(cutoff, new ArticleRecord(ref, id, now, analysis.fingerprint(), root, analysis.sketch()),
                        analysis);
                return Verdict.near(id, idOf(root, match.record(), cutoff), reported(match.match().similarity()));
            }
        }
        recordOriginal(cutoff, ref, id, now, analysis);
        return Verdict.unique(id);
    }

    private void recordOriginal(long cutoff, long ref, String id, long now, ArticleAnalysis analysis) {
        if (!analysis.hasWords()) {
            record(new ArticleRecord(ref, id, now, null, 0, null));
        } else {
            recordIndexed(cutoff, new ArticleRecord(ref, id, now, analysis.fingerprint(), 0, analysis.sketch()),
                    analysis);
        }
    }

    /**
     * Raises stream time to the article's event time if later, evicts what fell out, and returns the time the
     * article is judged (and remembered) at: the stream time. An article without event time takes it too.
     */
    private long advanceStreamTime(long eventTime) {
        long streamTime = state.streamTime();
        if (eventTime != DedupInput.NO_EVENT_TIME && eventTime > streamTime) {
            streamTime = eventTime;
            state.streamTime(streamTime);
        } else if (streamTime == Long.MIN_VALUE) {
            streamTime = 0; // the first article carries no time: judge it at the epoch, as a rerun will
            state.streamTime(streamTime);
        }
        long cutoff = cutoff(streamTime);
        state.drainExpired(cutoff, ref -> evict(ref, cutoff));
        return streamTime;
    }

    private long cutoff(long streamTime) {
        long retention = config.retentionMillis();
        return streamTime < Long.MIN_VALUE + retention ? Long.MIN_VALUE : streamTime - retention;
    }

    /**
     * The similarity a NEAR verdict reports: the MinHash estimate, kept below 1. The fingerprints differ, so the
     * texts are not the same, and {@code k} agreeing values cannot tell 0.99 from 1.0; 1 - 1/(k+2) is the
     * posterior mean when all k agree.
     */
    private double reported(double estimate) {
        return Math.min(estimate, 1.0 - 1.0 / (config.signatureSize() + 2));
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

    private void record(ArticleRecord record) {
        state.putArticle(record);
        state.scheduleExpiry(record.eventTime(), record.ref());
    }

    private void recordIndexed(long cutoff, ArticleRecord record, ArticleAnalysis analysis) {
        OriginalEntry existing = state.original(analysis.fingerprint());
        boolean ownsFingerprint = existing == null || existing.ref() == record.ref()
                || existing.eventTime() < cutoff || state.article(existing.ref()) == null;
        if (ownsFingerprint) {
            state.putOriginal(analysis.fingerprint(), new OriginalEntry(record.ref(), record.eventTime()));
        }
        if (record.sketch() != null) {
            for (int key : analysis.bandKeys()) {
                state.addToBand(key, record.ref(), config.bucketCap());
            }
        }
        state.putArticle(record);
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
