package io.wirestream.dedup;

/**
 * One article as the deduplicator sees it.
 *
 * @param id              deterministic article id (redelivery is judged on it)
 * @param source          publishing outlet; informational, never part of any fingerprint
 * @param title           informational: outlets retitle freely, so titles never decide a verdict
 * @param text            the cleaned body; the only text that is fingerprinted and sketched
 * @param eventTimeMillis event time (publishedAt), or {@link #NO_EVENT_TIME} when the article has none: the
 *                        deduplicator then takes its stream time, never the wall clock
 */
public record DedupInput(String id, String source, String title, String text, long eventTimeMillis) {

    /** "The article carries no event time": judged as of the deduplicator's stream time. */
    public static final long NO_EVENT_TIME = Long.MIN_VALUE;
}
