package io.wirestream.enrich.stream;

import io.wirestream.dedup.state.ArticleRef;
import io.wirestream.dedup.state.StateCodec;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Drops an article whose id was seen before, early and cheaply, before any text work. Records are keyed by
 * article id, so every copy of an id lands on the same partition and this store sees them all. Ids are forgotten
 * once older than the retention in event time (stream time), so a replay gives the same verdicts.
 *
 * <p>Store {@code seen-article-ids}: the id's 64-bit ref (8 bytes) -> first event time (8 bytes). A ref instead
 * of the id keeps the entry at 16 bytes whatever the id's length; two ids sharing a ref within one retention
 * (about 3e-8 at a million retained) would make the second a false redelivery.
 */
final class RedeliveryProcessor extends StageProcessor.ArticleStage {

    private final Retention retention;
    private KeyValueStore<Bytes, byte[]> seen;
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
        Bytes key = Bytes.wrap(StateCodec.refKey(ArticleRef.of(id)));
        byte[] firstSeen = seen.get(key);
        if (firstSeen != null && time(firstSeen) >= retention.cutoff(context.currentStreamTimeMs())) {
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
        seen.put(key, new Bin.Writer(8).long8(record.timestamp()).toBytes());
        forwardNext(record);
    }

    private void evictOlderThanRetention(long streamTime) {
        long cutoff = retention.cutoff(streamTime);
        Retention.deleteWhere(seen, firstSeen -> time(firstSeen) < cutoff);
    }

    private static long time(byte[] value) {
        return new Bin.Reader(value).long8();
    }
}
