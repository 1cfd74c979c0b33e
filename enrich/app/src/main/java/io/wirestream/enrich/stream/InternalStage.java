package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.enrich.pipeline.Stage;
import java.util.function.Consumer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * A dedup stage behind a repartition topic: its input is bytes it decodes itself, so a malformed message is
 * dead-lettered like any other failure instead of stopping the task in the deserialiser. A failure is
 * dead-lettered with the internal record's position and bytes, or with the original record when the message
 * carries the article.
 */
abstract class InternalStage<K> extends StageProcessor<K, byte[]> {

    protected final Retention retention;

    InternalStage(String node, String next, Retention retention) {
        super(Stage.DEDUP, node, next);
        this.retention = retention;
    }

    /** Schedules {@code evict} on stream time (event time), never on wall-clock time. */
    protected void scheduleEviction(ProcessorContext<Object, Object> context, Consumer<Long> evict) {
        context.schedule(retention.evictionInterval(), PunctuationType.STREAM_TIME, evict::accept);
    }

    /** (time, ref) order: the earliest event time is the original; equal times fall back to the ref. */
    static boolean earlier(long time, long ref, long thanTime, long thanRef) {
        return time != thanTime ? time < thanTime : ref < thanRef;
    }

    protected long cutoff() {
        return retention.cutoff(context.currentStreamTimeMs());
    }

    @Override
    protected Origin originOf(Record<K, byte[]> record) {
        return context.recordMetadata()
                .map(m -> new Origin(m.topic(), m.partition(), m.offset(), null, record.value(), record.timestamp()))
                .orElse(new Origin(null, -1, -1, null, record.value(), record.timestamp()));
    }

    @Override
    protected String recordIdOf(Record<K, byte[]> record) {
        return record.key() instanceof String id ? id : null;
    }

    protected String topic() {
        return context.recordMetadata().map(RecordMetadata::topic).orElse(null);
    }

    @SuppressWarnings("unchecked")
    protected static <T extends DedupMessage> T expect(Class<T> type, DedupMessage message) {
        if (!type.isInstance(message)) {
            throw new IllegalArgumentException("expected a " + type.getSimpleName() + ", got "
                    + message.getClass().getSimpleName());
        }
        return (T) message;
    }
}
