package io.wirestream.dedup;

/**
 * One article as the deduplicator sees it.
 *
 * @param id              deterministic article id (redelivery is judged on it)
 * @param source          publishing outlet; informational, never part of any fingerprint
 * @param title           informational: outlets retitle freely, so titles never decide a verdict
 * @param text            the cleaned body; the only text that is fingerprinted and sketched
 * @param eventTimeMillis event time (publishedAt, else ingest time); drives retention, never wall-clock
 */
public record DedupInput(String id, String source, String title, String text, long eventTimeMillis) {
}
