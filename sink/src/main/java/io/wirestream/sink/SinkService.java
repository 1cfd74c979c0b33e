package io.wirestream.sink;

import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.schemas.ConsumerGroups;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import io.wirestream.sink.api.ApiServer;
import io.wirestream.sink.api.ApiSettings;
import io.wirestream.sink.api.ReadQueries;
import io.wirestream.sink.consume.Backoff;
import io.wirestream.sink.consume.DeadLetters;
import io.wirestream.sink.consume.RecordDecoder;
import io.wirestream.sink.consume.SinkLoop;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.JdbcSettings;
import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.metrics.SinkMetrics;
import io.wirestream.sink.metrics.SinkStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink as one object: its database, consumer loop, dead-letter producer, metrics and read API. Build it
 * with {@link #create(ServiceConfig)} (real Kafka clients) or {@link #create(ServiceConfig, Topics, Consumer,
 * Producer)} (clients of your own, e.g. mocks), then {@link #start()} and finally {@link #close()}.
 */
public final class SinkService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SinkService.class);

    private final ServiceConfig config;
    private final Topics topics;
    private final Database database;
    private final SinkStore store;
    private final SinkMetrics metrics = new SinkMetrics();
    private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final SinkLoop loop;
    private final boolean createTopics;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private Thread loopThread;
    private ApiServer api;
    private Database readDatabase;
    private boolean started;
    private boolean closed;

    private SinkService(ServiceConfig config, Topics topics, Consumer<byte[], byte[]> consumer,
                        Producer<byte[], byte[]> producer, boolean createTopics) {
        this.config = config;
        this.topics = topics;
        this.consumer = consumer;
        this.producer = producer;
        this.createTopics = createTopics;
        this.database = Database.open(new JdbcSettings(config.get(SinkFields.JDBC_URL),
                config.get(SinkFields.JDBC_USER), config.get(SinkFields.JDBC_PASSWORD),
                config.get(SinkFields.JDBC_POOL_SIZE)));
        this.store = new SinkStore(database);
        Clock clock = Clock.systemUTC();
        this.loop = new SinkLoop(consumer, new RecordDecoder(topics), store,
                new DeadLetters(producer, topics.deadLetters(), config.get(SinkFields.DLQ_MAX_VALUE_BYTES), clock),
                metrics, new Backoff(config.get(SinkFields.RETRY_INITIAL), config.get(SinkFields.RETRY_MAX)),
                config.get(SinkFields.POLL_TIMEOUT), config.get(SinkFields.PROGRESS_INTERVAL), clock);
        metrics.bindTo(meters);
        new JvmMemoryMetrics().bindTo(meters);
        new JvmThreadMetrics().bindTo(meters);
        new ProcessorMetrics().bindTo(meters);
        new UptimeMetrics().bindTo(meters);
    }

    /** A sink with real Kafka clients built from the configuration; creates missing topics at start if configured. */
    public static SinkService create(ServiceConfig config) {
        Topics topics = Topics.from(config);
        return new SinkService(config, topics, new KafkaConsumer<>(consumerProperties(config)),
                new KafkaProducer<>(producerProperties(config)), config.get(CommonFields.CREATE_TOPICS));
    }

    /** A sink over clients of the caller's own (never closed by the caller: {@link #close()} closes them). */
    public static SinkService create(ServiceConfig config, Topics topics, Consumer<byte[], byte[]> consumer,
                                     Producer<byte[], byte[]> producer) {
        return new SinkService(config, topics, consumer, producer, false);
    }

    /**
     * The consumer settings: the configured {@code kafka.*} properties, with the ones the sink's guarantee
     * rests on forced (manual commits after the database transaction; only committed transactional records).
     */
    public static Properties consumerProperties(ServiceConfig config) {
        Properties properties = config.kafkaProperties();
        properties.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, ConsumerGroups.SINK);
        properties.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.get(SinkFields.GROUP_ID));
        // static membership: a restarted sink takes its partitions back at once, not after the session timeout
        CommonFields.groupInstanceId(config, "sink").ifPresent(id ->
                properties.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id));
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.get(SinkFields.MAX_POLL_RECORDS));
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return properties;
    }

    /** The dead-letter producer's settings: idempotent, acknowledged by all in-sync replicas. */
    public static Properties producerProperties(ServiceConfig config) {
        Properties properties = config.kafkaProperties();
        properties.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, ConsumerGroups.SINK + "-dlq");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return properties;
    }

    /**
     * Creates missing topics (if configured), migrates the database, starts the consumer loop on its own
     * thread and the read API (unless {@code sink.http.port} is 0). Fails with a message naming the cause
     * when the database cannot be migrated or the API port cannot be bound.
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the sink is already started");
        }
        started = true;
        if (createTopics) {
            try (Admin admin = Admin.create(config.kafkaProperties())) {
                TopicCreator.ensure(admin, topics.all());
            }
        }
        try {
            database.migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot migrate the sink database at " + database.settings().describe()
                    + ": " + e.getMessage(), e);
        }
        int port = config.get(SinkFields.HTTP_PORT);
        if (port != 0) {
            int connections = config.get(SinkFields.HTTP_DB_CONNECTIONS);
            ApiSettings settings = new ApiSettings(config.get(SinkFields.HTTP_HOST), Math.max(port, 0),
                    config.get(SinkFields.HTTP_TOKEN), config.get(SinkFields.HTTP_QUERY_TIMEOUT), connections - 1);
            readDatabase = Database.openForReads(settings.readPool(database.settings()), settings.queryTimeout());
            try {
                api = ApiServer.start(settings, new ReadQueries(readDatabase), this::pipelineView, meters::scrape);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot serve the read API on " + settings.host() + ":" + port + ": "
                        + e.getMessage(), e);
            }
        }
        loopThread = new Thread(() -> {
            try {
                loop.run();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "sink-consumer");
        loopThread.start();
        log.info("sink started: database {}, consuming {} and {}", database.settings().describe(),
                topics.enriched(), topics.duplicates());
    }

    /** True while the consumer loop runs. */
    public boolean isRunning() {
        return loopThread != null && loopThread.isAlive();
    }

    /** Why the consumer loop stopped on its own, if it did. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** Waits until the consumer loop has ended (after {@link #close()} or a failure). */
    public void awaitTermination() throws InterruptedException {
        if (loopThread != null) {
            loopThread.join();
        }
    }

    /** Rows in the articles table. */
    public long articleCount() {
        return count("articles");
    }

    /** Rows in the duplicate_links table. */
    public long duplicateLinkCount() {
        return count("duplicate_links");
    }

    /** Rows per table: articles, entities, article_entities, mentions, duplicate_links. */
    public Map<String, Long> tableCounts() {
        try {
            return store.counts();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the sink's rows: " + e.getMessage(), e);
        }
    }

    private long count(String table) {
        try {
            return store.count(table);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + table + ": " + e.getMessage(), e);
        }
    }

    /** Running totals since start (records consumed, rows written, dead letters, retries, commits). */
    public SinkStats stats() {
        return metrics.snapshot();
    }

    /**
     * Records not yet stored and committed on the assigned partitions as of the last poll; -1 while unknown.
     * Zero, with the producers finished, means the sink has drained its topics.
     */
    public long lag() {
        return loop.lag();
    }

    /** The port the read API listens on, or -1 when it is disabled or not started. */
    public int httpPort() {
        return api == null ? -1 : api.port();
    }

    /** The Prometheus exposition of the sink's metrics (what {@code /metrics} serves). */
    public String scrapeMetrics() {
        return meters.scrape();
    }

    public Database database() {
        return database;
    }

    /** The consumer's side of {@code /api/stats} (the API adds the table counts from its own pool). */
    private Map<String, Object> pipelineView() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("lag", loop.lag());
        view.put("totals", metrics.snapshot());
        view.put("running", isRunning());
        return view;
    }

    /** The dashboard's address, or empty when the read API is disabled or not started. */
    public Optional<String> dashboardUrl() {
        return api == null ? Optional.empty() : Optional.of(api.url());
    }

    /** Stops the loop (committing nothing it has not stored), the API, the producer and the pool. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (loopThread == null) {
                consumer.close(); // never started: the loop that would have closed it never ran
            } else if (!loop.close(Duration.ofSeconds(30))) {
                log.warn("the consumer loop did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (api != null) {
            api.close();
        }
        if (readDatabase != null) {
            readDatabase.close();
        }
        producer.close(Duration.ofSeconds(10));
        database.close();
        meters.close();
        log.info("sink closed");
    }
}
