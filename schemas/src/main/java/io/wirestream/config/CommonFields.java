package io.wirestream.config;

import io.wirestream.registry.RegistryConnection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    public static final Field<String> INSTANCE_ID = Field.string("instance.id", "",
            "a stable name for this instance of the service (e.g. its host name), unique among the instances of one "
                    + "service; when set, its consumers use static membership (group.instance.id), so a restart within "
                    + "the session timeout takes its partitions back at once, without a rebalance");

    // the registry's credentials and trust, under the keys Confluent's client reads (RegistryConnection)
    public static final Field<String> REGISTRY_BASIC_SOURCE = Field.string(RegistryConnection.BASIC_SOURCE, "",
            "USER_INFO to send basic.auth.user.info to the schema registry, URL (default) for user:password@ in "
                    + "schema.registry.url");
    public static final Field<String> REGISTRY_BASIC_USER_INFO = Field.string(RegistryConnection.BASIC_USER_INFO, "",
            "user:password for the schema registry's basic authentication");
    public static final Field<String> REGISTRY_BEARER_SOURCE = Field.string(RegistryConnection.BEARER_SOURCE, "",
            "STATIC_TOKEN to send bearer.auth.token to the schema registry");
    public static final Field<String> REGISTRY_BEARER_TOKEN = Field.string(RegistryConnection.BEARER_TOKEN, "",
            "the bearer token for the schema registry");
    public static final Field<String> REGISTRY_TRUSTSTORE = Field.string(RegistryConnection.TRUSTSTORE_LOCATION, "",
            "trust store holding the schema registry's CA or certificate, when the JVM's default does not");
    public static final Field<String> REGISTRY_TRUSTSTORE_PASSWORD = Field.string(
            RegistryConnection.TRUSTSTORE_PASSWORD, "", "password of the registry trust store");
    public static final Field<String> REGISTRY_TRUSTSTORE_TYPE = Field.string(RegistryConnection.TRUSTSTORE_TYPE,
            "PKCS12", "type of the registry trust store (PKCS12 or JKS)");

    private static final List<Field<?>> REGISTRY = List.of(SCHEMA_REGISTRY_URL, REGISTRY_BASIC_SOURCE,
            REGISTRY_BASIC_USER_INFO, REGISTRY_BEARER_SOURCE, REGISTRY_BEARER_TOKEN, REGISTRY_TRUSTSTORE,
            REGISTRY_TRUSTSTORE_PASSWORD, REGISTRY_TRUSTSTORE_TYPE);

    public static final List<Field<?>> ALL = List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, REGISTRY_BASIC_SOURCE,
            REGISTRY_BASIC_USER_INFO, REGISTRY_BEARER_SOURCE, REGISTRY_BEARER_TOKEN, REGISTRY_TRUSTSTORE,
            REGISTRY_TRUSTSTORE_PASSWORD, REGISTRY_TRUSTSTORE_TYPE, TOPIC_PREFIX, TOPIC_PARTITIONS,
            TOPIC_REPLICATION, RAW_RETENTION, AUDIT_RETENTION, CREATE_TOPICS, INSTANCE_ID);

    /**
     * The consumer's {@code group.instance.id} for {@code service} when {@link #INSTANCE_ID} is set: the service's
     * name and the instance's, so one instance name can serve all services of a host.
     */
    public static java.util.Optional<String> groupInstanceId(ServiceConfig config, String service) {
        String instance = config.get(INSTANCE_ID).trim();
        return instance.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(service + "-" + instance);
    }

    /** The registry's settings of a service, as the map {@link RegistryConnection#from} and the serdes read. */
    public static Map<String, String> registrySettings(ServiceConfig config) {
        Map<String, String> settings = new HashMap<>();
        for (Field<?> field : REGISTRY) {
            settings.put(field.name(), String.valueOf(config.get(field)));
        }
        return settings;
    }

    private CommonFields() {
    }
}
