package io.wirestream.schemas;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.registry.SchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryClients;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.serde.AvroSerde;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic contract with consumers, in one place: every topic's name, key and value serdes, partitions and
 * configs. Services get their typed topics from here and create them at start (see {@link TopicCreator}).
 */
public final class Topics {

    // the contract's names; a configured topics.prefix goes in front of each
    public static final String RAW = "articles.raw";
    public static final String ENRICHED = "articles.enriched";
    public static final String DUPLICATES = "articles.duplicates";
    public static final String DEAD_LETTERS = "articles.dlq";

    private final Topic<String, RawArticle> raw;
    private final Topic<String, EnrichedArticle> enriched;
    private final Topic<String, DuplicateNotice> duplicates;
    private final Topic<byte[], DeadLetter> deadLetters;

    private Topics(SchemaRegistryClient registry, String prefix, int partitions, short replication,
                   Duration longRetention, Duration auditRetention) {
        String longMs = Long.toString(longRetention.toMillis());
        String auditMs = Long.toString(auditRetention.toMillis());
        String maxBytes = Integer.toString(RecordLimits.MAX_MESSAGE_BYTES);
        this.raw = new Topic<>(prefix + RAW, partitions, replication,
                Map.of("cleanup.policy", "delete", "retention.ms", longMs, "max.message.bytes", maxBytes),
                Serdes.String(), avro(RawArticle.getClassSchema(), registry));
        // latest version per id: compaction keeps it, time retention bounds the whole
        this.enriched = new Topic<>(prefix + ENRICHED, partitions, replication,
                Map.of("cleanup.policy", "compact,delete", "retention.ms", longMs, "max.message.bytes", maxBytes),
                Serdes.String(), avro(EnrichedArticle.getClassSchema(), registry));
        this.duplicates = new Topic<>(prefix + DUPLICATES, partitions, replication,
                Map.of("cleanup.policy", "delete", "retention.ms", auditMs, "max.message.bytes", maxBytes),
                Serdes.String(), avro(DuplicateNotice.getClassSchema(), registry));
        this.deadLetters = new Topic<>(prefix + DEAD_LETTERS, partitions, replication,
                Map.of("cleanup.policy", "delete", "retention.ms", auditMs, "max.message.bytes", maxBytes),
                Serdes.ByteArray(), avro(DeadLetter.getClassSchema(), registry));
    }

    /** The topics as a service's configuration describes them (registry URL, partitions, retention). */
    public static Topics from(ServiceConfig config) {
        return from(config, SchemaRegistryClients.forConfig(CommonFields.registrySettings(config)));
    }

    public static Topics from(ServiceConfig config, SchemaRegistryClient registry) {
        return new Topics(registry, config.get(CommonFields.TOPIC_PREFIX), config.get(CommonFields.TOPIC_PARTITIONS),
                config.get(CommonFields.TOPIC_REPLICATION).shortValue(), config.get(CommonFields.RAW_RETENTION),
                config.get(CommonFields.AUDIT_RETENTION));
    }

    /** Topics with default settings over the given registry (tests). */
    public static Topics withRegistry(SchemaRegistryClient registry) {
        return new Topics(registry, "", CommonFields.TOPIC_PARTITIONS.defaultValue(),
                CommonFields.TOPIC_REPLICATION.defaultValue().shortValue(), CommonFields.RAW_RETENTION.defaultValue(),
                CommonFields.AUDIT_RETENTION.defaultValue());
    }

    private static <T extends SpecificRecord> Serde<T> avro(Schema schema, SchemaRegistryClient registry) {
        return new AvroSerde<>(schema, registry, false);
    }

    public Topic<String, RawArticle> raw() {
        return raw;
    }

    public Topic<String, EnrichedArticle> enriched() {
        return enriched;
    }

    public Topic<String, DuplicateNotice> duplicates() {
        return duplicates;
    }

    public Topic<byte[], DeadLetter> deadLetters() {
        return deadLetters;
    }

    public List<Topic<?, ?>> all() {
        return List.of(raw, enriched, duplicates, deadLetters);
    }
}
