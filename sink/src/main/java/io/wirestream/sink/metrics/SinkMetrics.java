package io.wirestream.sink.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sink's running totals. Kept as plain atomics so the service can report them without a metrics
 * library; {@link #bindTo} exposes the same numbers as Micrometer counters (Prometheus at /metrics).
 */
public final class SinkMetrics {

    private final AtomicLong recordsConsumed = new AtomicLong();
    private final AtomicLong articlesUpserted = new AtomicLong();
    private final AtomicLong articlesDeleted = new AtomicLong();
    private final AtomicLong duplicateLinksUpserted = new AtomicLong();
    private final AtomicLong mentionsWritten = new AtomicLong();
    private final AtomicLong olderVersionsSkipped = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong batchesCommitted = new AtomicLong();

    public void recordsConsumed(long n) {
        recordsConsumed.addAndGet(n);
    }

    public void written(int articles, int deletions, int links, int mentions) {
        articlesUpserted.addAndGet(articles);
        articlesDeleted.addAndGet(deletions);
        duplicateLinksUpserted.addAndGet(links);
        mentionsWritten.addAndGet(mentions);
    }

    /** Article versions not written because a newer version of the article is stored (a replay). */
    public void olderVersionsSkipped(long n) {
        olderVersionsSkipped.addAndGet(n);
    }

    public void deadLettered(long n) {
        deadLetters.addAndGet(n);
    }

    public void retried() {
        retries.incrementAndGet();
    }

    public void batchCommitted() {
        batchesCommitted.incrementAndGet();
    }

    public SinkStats snapshot() {
        return new SinkStats(recordsConsumed.get(), articlesUpserted.get(), articlesDeleted.get(),
                duplicateLinksUpserted.get(), mentionsWritten.get(), deadLetters.get(), retries.get(),
                batchesCommitted.get());
    }

    /** Registers every total as a counter named {@code wirestream.sink.*}. */
    public void bindTo(MeterRegistry registry) {
        counter(registry, "wirestream.sink.records.consumed", "records polled from the sink's topics",
                recordsConsumed);
        counter(registry, "wirestream.sink.articles.upserted", "article versions written", articlesUpserted);
        counter(registry, "wirestream.sink.articles.deleted", "articles removed by tombstones", articlesDeleted);
        counter(registry, "wirestream.sink.duplicate.links.upserted", "duplicate notices written",
                duplicateLinksUpserted);
        counter(registry, "wirestream.sink.mentions.written", "entity mentions written", mentionsWritten);
        counter(registry, "wirestream.sink.articles.older.skipped",
                "article versions not written because a newer version is stored", olderVersionsSkipped);
        counter(registry, "wirestream.sink.dead.letters", "records dead-lettered by the sink", deadLetters);
        counter(registry, "wirestream.sink.retries", "batches rewound for a retry (database, registry or DLQ down)",
                retries);
        counter(registry, "wirestream.sink.batches.committed", "batches whose offsets were committed",
                batchesCommitted);
    }

    private static void counter(MeterRegistry registry, String name, String description, AtomicLong value) {
        FunctionCounter.builder(name, value, AtomicLong::doubleValue).description(description).register(registry);
    }
}
