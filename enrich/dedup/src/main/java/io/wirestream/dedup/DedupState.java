package io.wirestream.dedup;

import java.util.function.LongConsumer;

import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.OriginalEntry;

/**
 * The deduplicator's memory, as four key-value maps plus stream time. Each map is meant to become one Kafka
 * Streams {@code KeyValueStore<Bytes, byte[]>} with a changelog; {@link io.wirestream.dedup.state.StateCodec}
 * gives the byte layout of every key and value. Nothing here reads a clock: expiry is by event time only.
 *
 * <ul>
 *   <li>articles: {@code ArticleRef (8 bytes) -> ArticleRecord} — redelivery check, signatures, roots</li>
 *   <li>originals: {@code Fingerprint (16 bytes) -> OriginalEntry} — exact duplicates</li>
 *   <li>bands: {@code band key (4 bytes) -> refs} — near-duplicate candidates, at most a cap per key</li>
 *   <li>expiry: {@code (eventTime, ref)} in time order — what to evict when stream time advances</li>
 * </ul>
 * Implementations need not evict eagerly: the deduplicator ignores entries older than the retention cut-off
 * on read, so verdicts do not depend on when eviction physically happens.
 */
public interface DedupState {

    /** The record of an article, or null. */
    ArticleRecord article(long ref);

    void putArticle(ArticleRecord record);

    void removeArticle(long ref);

    /** Which article first carried this content fingerprint, or null. */
    OriginalEntry original(Fingerprint fingerprint);

    void putOriginal(Fingerprint fingerprint, OriginalEntry entry);

    void removeOriginal(Fingerprint fingerprint);

    /** Every ref filed under a band key, in insertion order. */
    void forEachInBand(int bandKey, LongConsumer refs);

    /**
     * Files a ref under a band key unless the key already holds {@code cap} refs (a band key that common
     * carries no information, and the cap keeps lookups and the store bounded).
     *
     * @return whether the ref is now filed under the key
     */
    boolean addToBand(int bandKey, long ref, int cap);

    void removeFromBand(int bandKey, long ref);

    /** Remembers that {@code ref} expires once stream time passes {@code eventTime} + retention. */
    void scheduleExpiry(long eventTime, long ref);

    /**
     * Forgets a scheduled expiry: the article's record was replaced (a revision) and its new time scheduled. An
     * implementation may leave the entry to drain instead; the deduplicator ignores an expiry whose record is newer.
     */
    void cancelExpiry(long eventTime, long ref);

    /** Hands over, and forgets, every scheduled ref with an event time strictly before {@code cutoff}. */
    void drainExpired(long cutoff, LongConsumer refs);

    /** The largest event time judged so far, {@link Long#MIN_VALUE} before the first article. */
    long streamTime();

    void streamTime(long eventTime);
}
