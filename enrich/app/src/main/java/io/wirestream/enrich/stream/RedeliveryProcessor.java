package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drops an article whose id was seen before, early and cheaply, before any text work. Records are keyed by
 * article id, so every copy of an id lands on the same partition and this store sees them all. Ids are forgotten
 * once older than the retention in event time (stream time), so a replay gives the same verdicts.
 */
final class RedeliveryProcessor extends StageProcessor.ArticleStage {

    private final Retention retention;
    private KeyValueStore<String, Long> seen;
    private DedupMetrics metrics;

    RedeliveryProcessor(Duration retention) {
        super(Stage.REDELIVERY, Routes.REDELIVERY, Routes.CLEANUP);
        this.retention = new Retention(retention);
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        this.seen = context.getStateStore(Routes.SEEN_IDS_STORE);
        this.metrics = new DedupMetrics(context, DedupMetrics.Verdict.REDELIVERY);
        context.schedule(retention.evictionInterval(), PunctuationType.STREAM_TIME, this::evictOlderThanRetention);
    }

    @Override
    protected void handle(Record<String, ArticleInFlight> record) {
        String id = record.key();
        Long firstSeen = seen.get(id);
        if (firstSeen != null && firstSeen >= retention.cutoff(context.currentStreamTimeMs())) {
            metrics.count(DedupMetrics.Verdict.REDELIVERY);
            ArticleInFlight article = record.value();
            forwardDuplicate(id, DuplicateNotice.newBuilder()
                    .setId(id).setKind(DuplicateKind.REDELIVERY).setDuplicateOf(id).setSimilarity(1.0)
                    .setSource(article.raw().getSource()).setDuplicateOfSource(article.raw().getSource())
                    .setTitle(article.raw().getTitle())
                    .setEventTime(Instant.ofEpochMilli(record.timestamp()))
                    .build(), record.timestamp());
            return;
        }
        seen.put(id, record.timestamp());
        forwardNext(record);
    }

    private void evictOlderThanRetention(long streamTime) {
        long cutoff = retention.cutoff(streamTime);
        Retention.deleteWhere(seen, firstSeen -> firstSeen < cutoff);
    }
}
