package io.wirestream.dedup;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.BandIndex;
import io.wirestream.dedup.state.ExpiryQueue;
import io.wirestream.dedup.state.OriginalEntry;

/**
 * Heap-only {@link DedupState} for the offline command, tests and benchmarks. Bounded by retention: the
 * deduplicator drains expired refs and removes them from every map. Not thread-safe (one per partition, as
 * a Kafka Streams task owns its stores).
 */
public final class InMemoryDedupState implements DedupState {

    private final Map<Long, ArticleRecord> articles;
    private final Map<Fingerprint, OriginalEntry> originals;
    private final BandIndex bands;
    private final ExpiryQueue expiry = new ExpiryQueue();
    private long streamTime = Long.MIN_VALUE;

    public InMemoryDedupState() {
        this(1024);
    }

    /** Pre-sized for about {@code expectedArticles} retained articles. */
    public InMemoryDedupState(int expectedArticles) {
        articles = HashMap.newHashMap(expectedArticles);
        originals = HashMap.newHashMap(expectedArticles);
        bands = new BandIndex(expectedArticles * 20);
    }

    @Override
    public ArticleRecord article(long ref) {
        return articles.get(ref);
    }

    @Override
    public void putArticle(ArticleRecord record) {
        articles.put(record.ref(), record);
    }

    @Override
    public void removeArticle(long ref) {
        articles.remove(ref);
    }

    @Override
    public OriginalEntry original(Fingerprint fingerprint) {
        return originals.get(fingerprint);
    }

    @Override
    public void putOriginal(Fingerprint fingerprint, OriginalEntry entry) {
        originals.put(fingerprint, entry);
    }

    @Override
    public void removeOriginal(Fingerprint fingerprint) {
        originals.remove(fingerprint);
    }

    @Override
    public void forEachInBand(int bandKey, LongConsumer refs) {
        bands.forEach(bandKey, refs);
    }

    @Override
    public boolean addToBand(int bandKey, long ref, int cap) {
        return bands.add(bandKey, ref, cap);
    }

    @Override
    public void removeFromBand(int bandKey, long ref) {
        bands.remove(bandKey, ref);
    }

    @Override
    public void scheduleExpiry(long eventTime, long ref) {
        expiry.add(eventTime, ref);
    }

    /** Left to drain: removing from the heap is a linear scan, and the deduplicator ignores the stale entry. */
    @Override
    public void cancelExpiry(long eventTime, long ref) {
    }

    @Override
    public void drainExpired(long cutoff, LongConsumer refs) {
        expiry.drainBefore(cutoff, refs);
    }

    @Override
    public long streamTime() {
        return streamTime;
    }

    @Override
    public void streamTime(long eventTime) {
        streamTime = eventTime;
    }

    /** Retained articles (for tests and metrics). */
    public int articleCount() {
        return articles.size();
    }

    public int fingerprintCount() {
        return originals.size();
    }

    public int bandEntryCount() {
        return bands.size();
    }

    public int scheduledExpiryCount() {
        return expiry.size();
    }
}
