package io.wirestream.enrich.offline;

import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.InMemoryDedupState;
import io.wirestream.dedup.Verdict;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import java.time.Instant;

/**
 * The dedup core over articles in arrival order, with time handled as Kafka Streams does: event time is
 * publishedAt, and an article without one takes the stream time (the latest event time seen so far).
 */
final class OfflineDeduplicator {

    private final Deduplicator deduplicator;
    private long streamTime;

    OfflineDeduplicator(DedupConfig config) {
        this.deduplicator = new Deduplicator(config, new InMemoryDedupState());
    }

    /** Judges a cleaned article. */
    Verdict judge(ArticleInFlight article) {
        Instant published = article.raw().getPublishedAt();
        long eventTime = published == null ? streamTime : published.toEpochMilli();
        streamTime = Math.max(streamTime, eventTime);
        return deduplicator.judge(new DedupInput(article.id(), article.raw().getSource(), article.cleanTitle(),
                article.cleanBody(), eventTime));
    }
}
