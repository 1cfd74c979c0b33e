package io.wirestream.sink.metrics;

/** A snapshot of the sink's running totals since it started. */
public record SinkStats(long recordsConsumed, long articlesUpserted, long articlesDeleted,
                        long duplicateLinksUpserted, long mentionsWritten, long deadLetters, long retries,
                        long batchesCommitted) {
}
