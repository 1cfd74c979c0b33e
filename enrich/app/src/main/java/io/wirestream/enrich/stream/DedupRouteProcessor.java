package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.pipeline.Stage;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * First dedup step, on the article's own partition: fingerprints the cleaned text and re-keys the article by
 * that fingerprint, so every copy of one content meets on one partition of {@code dedup-by-fingerprint}
 * however its id was partitioned. It writes this partition's own ordered topic ({@link OrderedTopics}), with the
 * article's order time as the record timestamp, then a heartbeat to every partition of it.
 *
 * <p>Order time: the article's event time, raised to above the previous article's order time on this partition
 * and then to the next value congruent to this partition's number modulo the partition count. So it never
 * decreases on a partition (a late article is judged as of when it arrived, as offline), no two articles share
 * one, and it depends only on the partition's content: a replay computes the same. Store {@code
 * dedup-order-clock}: partition (4 bytes) -> the last order time (8 bytes).
 */
final class DedupRouteProcessor extends StageProcessor.ArticleStage {

    private final EnrichmentStages stages;
    private final ArticleAnalyser analyser;
    private final int partitions;
    private KeyValueStore<Bytes, byte[]> clock;
    // fixed for the task: its raw partition, that partition's clock entry, and its ordered topic
    private int partition;
    private Bytes clockKey;
    private String child;

    DedupRouteProcessor(EnrichmentStages stages, ArticleAnalyser analyser, int partitions) {
        super(Stage.DEDUP, Routes.DEDUP_ROUTE, Routes.TO_FINGERPRINT);
        this.stages = stages;
        this.analyser = analyser;
        this.partitions = partitions;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        clock = context.getStateStore(Routes.ORDER_CLOCK_STORE);
        partition = context.taskId().partition();
        clockKey = Bytes.wrap(new Bin.Writer(4).int4(partition).toBytes());
        child = Routes.from(Routes.TO_FINGERPRINT, partition);
    }

    @Override
    protected void handle(Record<String, ArticleInFlight> record) {
        if (partition >= partitions) {
            throw new IllegalStateException("articles.raw partition " + partition + " is beyond the " + partitions
                    + " partitions the topology was built for: restart enrich so it rebuilds for the new count");
        }
        ArticleInFlight article = record.value();
        analyser.requireAnalysable(article.cleanBody()); // refuse an oversized text here, with its original bytes
        stages.fingerprint(article);
        byte[] carried = ArticleCodec.encode(article);
        byte[] last = clock.get(clockKey);
        long orderTime = orderTime(record.timestamp(), last == null ? null : new Bin.Reader(last).long8(),
                partition, partitions);
        clock.put(clockKey, new Bin.Writer(8).long8(orderTime).toBytes());
        context.forward(new Record<>(article.contentFingerprint(), carried, orderTime), child);
        context.forward(new Record<>("", DedupMessage.HEARTBEAT_BYTES, orderTime), child);
    }

    /** The smallest time >= the event time, above {@code last}, and congruent to {@code partition}. */
    static long orderTime(long eventTime, Long last, int partition, int partitions) {
        long t = last == null ? eventTime : Math.max(eventTime, last + 1);
        return t + Math.floorMod(partition - t, (long) partitions);
    }
}
