package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads the raw record's bytes into a {@link RawArticle}. The source consumes bytes (not the Avro serde) so that
 * an undeserialisable record reaches this stage and is dead-lettered with its bytes, instead of failing the task.
 */
final class DecodeProcessor extends StageProcessor<byte[], byte[]> {

    private final Deserializer<RawArticle> deserializer;
    private final long maxValueBytes;

    DecodeProcessor(Deserializer<RawArticle> deserializer, long maxValueBytes) {
        super(Stage.DESERIALIZE, Routes.DECODE, Routes.REDELIVERY);
        this.deserializer = deserializer;
        this.maxValueBytes = maxValueBytes;
    }

    @Override
    protected void handle(Record<byte[], byte[]> record) {
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
