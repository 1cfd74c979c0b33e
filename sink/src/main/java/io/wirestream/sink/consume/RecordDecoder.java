package io.wirestream.sink.consume;

import io.wirestream.registry.SchemaRegistryException;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.sink.row.ArticleRow;
import io.wirestream.sink.row.Change;
import io.wirestream.sink.row.DuplicateLinkRow;
import io.wirestream.sink.row.InvalidRecordException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns one raw Kafka record of the sink's topics into the change it asks for. The sink consumes bytes and
 * decodes here, per record, so that one bad record is rejected alone instead of failing the whole poll.
 */
public class RecordDecoder {

    private final Topic<String, EnrichedArticle> enriched;
    private final Topic<String, DuplicateNotice> duplicates;

    public RecordDecoder(Topics topics) {
        this.enriched = topics.enriched();
        this.duplicates = topics.duplicates();
    }

    /** The topics this decoder understands, i.e. the sink's subscription. */
    public List<String> topicNames() {
        return List.of(enriched.name(), duplicates.name());
    }

    /**
     * The change a record asks for; empty for a record that asks for nothing (a null duplicate notice).
     *
     * @throws UndecodableRecordException when the bytes are not a readable record of the topic
     * @throws InvalidRecordException when the record is readable but not storable
     * @throws RegistryUnavailableException when the schema registry cannot answer now (retry later)
     */
    public Optional<Change> decode(ConsumerRecord<byte[], byte[]> record) {
        String topic = record.topic();
        if (topic.equals(enriched.name())) {
            String key = read(() -> enriched.keySerde().deserializer().deserialize(topic, record.key()), "key");
            EnrichedArticle article = read(() -> enriched.valueSerde().deserializer().deserialize(topic,
                    record.headers(), record.value()), "value");
            if (article == null) {
                if (key == null || key.isBlank()) {
                    throw new InvalidRecordException("tombstone without a key: nothing to delete");
                }
                return Optional.of(new Change.DeleteArticle(key));
            }
            return Optional.of(new Change.UpsertArticle(ArticleRow.from(article)));
        }
        if (topic.equals(duplicates.name())) {
            DuplicateNotice notice = read(() -> duplicates.valueSerde().deserializer().deserialize(topic,
                    record.headers(), record.value()), "value");
            // a redelivery is the same article again, not a link between two: it stays on the audit topic and
            // must not overwrite the article's own link (an exact copy re-sent is still a copy of its original)
            return notice == null || notice.getKind() == io.wirestream.schemas.avro.DuplicateKind.REDELIVERY
                    ? Optional.empty() : Optional.of(new Change.UpsertDuplicateLink(DuplicateLinkRow.from(notice)));
        }
        throw new InvalidRecordException("topic '" + topic + "' is not one the sink reads (" + topicNames() + ")");
    }

    private static <T> T read(Supplier<T> reader, String part) {
        try {
            return reader.get();
        } catch (RuntimeException e) {
            var outage = SchemaRegistryException.transientCause(e);
            if (outage.isPresent()) {
                throw new RegistryUnavailableException("schema registry unavailable while reading the record "
                        + part + ": " + outage.get().getMessage(), e);
            }
            throw new UndecodableRecordException("cannot read the record " + part + ": " + e.getMessage(), e);
        }
    }
}
