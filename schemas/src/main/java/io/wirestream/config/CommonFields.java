package io.wirestream.config;

import java.time.Duration;
import java.util.List;

/** Settings every service shares: where Kafka and the registry are, and how topics are created. */
public final class CommonFields {

    public static final Field<String> BOOTSTRAP_SERVERS = Field.string("kafka.bootstrap.servers", "localhost:9092",
            "Kafka bootstrap servers (any other kafka.* key passes through to the Kafka clients)");
    public static final Field<String> SCHEMA_REGISTRY_URL = Field.string("schema.registry.url",
            "http://localhost:8081", "Confluent-API schema registry base URL (mock://scope for in-memory tests)");
    public static final Field<String> TOPIC_PREFIX = Field.string("topics.prefix", "",
            "prefix of every topic name (e.g. 'staging.'), so several pipelines can share one cluster");
    public static final Field<Integer> TOPIC_PARTITIONS = Field.integer("topics.partitions", 4, 1, 10_000,
            "partitions of the article topics when a service creates them");
    public static final Field<Integer> TOPIC_REPLICATION = Field.integer("topics.replication.factor", 1, 1, 32,
            "replication factor of the topics when a service creates them");
    public static final Field<Duration> RAW_RETENTION = Field.duration("topics.raw.retention", Duration.ofDays(365),
            "time retention of articles.raw and articles.enriched (kept long for replay)");
    public static final Field<Duration> AUDIT_RETENTION = Field.duration("topics.audit.retention",
            Duration.ofDays(90), "time retention of articles.duplicates and articles.dlq");
    public static final Field<Boolean> CREATE_TOPICS = Field.bool("topics.create", true,
            "create missing topics at start (idempotent); false where topics are managed elsewhere");

    public static final List<Field<?>> ALL = List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, TOPIC_PREFIX, TOPIC_PARTITIONS,
            TOPIC_REPLICATION, RAW_RETENTION, AUDIT_RETENTION, CREATE_TOPICS);

    private CommonFields() {
    }
}
