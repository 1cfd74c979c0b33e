package io.wirestream.enrich.offline;

import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.InMemoryDedupState;
import io.wirestream.dedup.Verdict;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import java.time.Instant;

/**
 * The dedup core over articles in arrival order, in memory: the same {@link Deduplicator} the stream's judging
 * task runs over its stores. An article without publishedAt is judged at the stream time, as in the stream.
 */
final class OfflineDeduplicator {

    private final Deduplicator deduplicator;

    OfflineDeduplicator(DedupConfig config) {
        this.deduplicator = new Deduplicator(config, new InMemoryDedupState());
    }

    /** Judges a cleaned article. */
    Verdict judge(ArticleInFlight article) {
        Instant published = article.raw().getPublishedAt();
        return deduplicator.judge(new DedupInput(article.id(), article.raw().getSource(), article.cleanTitle(),
                article.cleanBody(), published == null ? DedupInput.NO_EVENT_TIME : published.toEpochMilli()));
    }
}
