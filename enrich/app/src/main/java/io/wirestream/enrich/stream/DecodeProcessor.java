package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.registry.RegistryWait;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.dedup.sequence.LaneReport;
import io.wirestream.dedup.sequence.SignatureCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads the raw record's bytes into a {@link RawArticle}. The source consumes bytes (not the Avro serde) so that
 * an undeserialisable record reaches this stage and is dead-lettered with its bytes, instead of failing the task.
 *
 * <p>As the first node of its partition's task it also speaks for the partition to the judging task: every few
 * hundred milliseconds (wall clock) it reports the last offset it has handled ({@link LaneReport}), so the judging
 * task can tell, with the broker's end offsets, when it need not wait for this partition. It reports when that
 * offset changes, and at least every {@link #KEEPALIVE_MS} so a silent partition can be told from a quiet one.
 */
final class DecodeProcessor extends StageProcessor<byte[], byte[]> {

    /** Half the shortest {@code enrich.lane.silence.timeout} allowed: a live partition is never taken for gone. */
    static final long KEEPALIVE_MS = 15_000;

    /** A blip costs a pause (100 ms, doubling to 1 s) within enrich.registry.wait, not a thread restart. */
    static final Duration REGISTRY_FIRST_PAUSE = Duration.ofMillis(100);
    static final Duration REGISTRY_MAX_PAUSE = Duration.ofSeconds(1);

    private final Deserializer<RawArticle> deserializer;
    private final long maxValueBytes;
    private final Duration reportInterval;
    private final InputProgress progress;
    private final RegistryWait registryWait;
    private long lastOffset = -1;
    private long reportedOffset = -2;
    private long reportedAt;

    /** @param progress the application's committed offsets, for a partition that ends with what is not a record */
    DecodeProcessor(Deserializer<RawArticle> deserializer, long maxValueBytes, Duration reportInterval,
                    InputProgress progress, RegistryWait registryWait) {
        super(Stage.DESERIALIZE, Routes.DECODE, Routes.CLEANUP);
        this.deserializer = deserializer;
        this.maxValueBytes = maxValueBytes;
        this.reportInterval = reportInterval;
        this.progress = progress;
        this.registryWait = registryWait;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        context.schedule(reportInterval, PunctuationType.WALL_CLOCK_TIME, this::report);
    }

    private void report(long now) {
        int partition = context.taskId().partition();
        // what was committed was handled, and its signatures sent before this report: safe to say so
        long handled = progress.snapshot().handledThrough(partition, lastOffset);
        if (handled != reportedOffset || now - reportedAt >= KEEPALIVE_MS) {
            // "caught up" is the judging task's call, from the broker's end offsets: a lane's own view is as stale
            context.forward(new Record<>(partition, SignatureCodec.encode(new LaneReport(partition, handled,
                    false)), now), Routes.TO_REPORTS);
            reportedOffset = handled;
            reportedAt = now;
        }
    }

    @Override
    protected void handle(Record<byte[], byte[]> record) {
        context.recordMetadata().ifPresent(m -> lastOffset = m.offset());
        if (record.value() == null) {
            throw new SerializationException("record has no value (tombstone): articles.raw carries no deletes");
        }
        if (record.value().length > maxValueBytes) {
            throw new SerializationException("record is " + record.value().length
                    + " bytes, over enrich.max.record.bytes=" + maxValueBytes);
        }
        String topic = topic();
        RawArticle raw = registryWait.call(() -> deserializer.deserialize(topic, record.value()),
                "reading the record at " + originOf(record));
        if (raw.getBody() == null || raw.getBody().isBlank()) {
            throw new IllegalArgumentException("article " + raw.getId() + " has an empty body");
        }
        String key = record.key() == null ? raw.getId() : new String(record.key(), StandardCharsets.UTF_8);
        if (!key.equals(raw.getId())) {
            throw new IllegalArgumentException("record key '" + key + "' differs from article id '" + raw.getId() + "'");
        }
        forwardNext(new Record<>(raw.getId(), new ArticleInFlight(originOf(record), raw), record.timestamp()));
    }

    private String topic() {
        return context.recordMetadata().map(RecordMetadata::topic).orElse(io.wirestream.schemas.Topics.RAW);
    }

    @Override
    protected Origin originOf(Record<byte[], byte[]> record) {
        return context.recordMetadata()
                .map(m -> new Origin(m.topic(), m.partition(), m.offset(), record.key(), record.value(),
                        record.timestamp()))
                .orElse(new Origin(null, -1, -1, record.key(), record.value(), record.timestamp()));
    }

    @Override
    protected String recordIdOf(Record<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }
}
