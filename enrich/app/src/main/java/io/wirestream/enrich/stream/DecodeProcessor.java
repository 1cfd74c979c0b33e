package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.enrich.pipeline.Stage;
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
 * hundred milliseconds (wall clock) it reports how far the partition has been read, and whether to its end, so the
 * judging task knows when it need not wait for this partition ({@link LaneReport}). It reports when that changes,
 * and at least every {@link #KEEPALIVE_MS} so a silent partition can be told from a quiet one.
 */
final class DecodeProcessor extends StageProcessor<byte[], byte[]> {

    static final long KEEPALIVE_MS = 5_000;

    private final Deserializer<RawArticle> deserializer;
    private final long maxValueBytes;
    private final InputProgress progress;
    private final Duration reportInterval;
    private long lastOffset = -1;
    private long reportedOffset = -2;
    private boolean reportedCaughtUp;
    private long reportedAt;

    DecodeProcessor(Deserializer<RawArticle> deserializer, long maxValueBytes, InputProgress progress,
                    Duration reportInterval) {
        super(Stage.DESERIALIZE, Routes.DECODE, Routes.CLEANUP);
        this.deserializer = deserializer;
        this.maxValueBytes = maxValueBytes;
        this.progress = progress;
        this.reportInterval = reportInterval;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        context.schedule(reportInterval, PunctuationType.WALL_CLOCK_TIME, this::report);
    }

    private void report(long now) {
        int partition = context.taskId().partition();
        boolean caughtUp = progress.caughtUp(partition, lastOffset);
        boolean changed = caughtUp != reportedCaughtUp || caughtUp && lastOffset != reportedOffset;
        if (changed || now - reportedAt >= KEEPALIVE_MS) {
            context.forward(new Record<>(partition, SignatureCodec.encode(new LaneReport(partition, lastOffset,
                    caughtUp)), now), Routes.TO_REPORTS);
            reportedOffset = lastOffset;
            reportedCaughtUp = caughtUp;
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
        RawArticle raw = deserializer.deserialize(topic(), record.value());
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
        return context.recordMetadata().map(RecordMetadata::topic).orElse("articles.raw");
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
