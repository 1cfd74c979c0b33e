package io.wirestream.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.EnrichFields;
import io.wirestream.enrich.EnrichService;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.ingest.ArticleReader;
import io.wirestream.ingest.IngestReport;
import io.wirestream.ingest.Ingester;
import io.wirestream.registry.RestSchemaRegistryClient;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.sink.SinkFields;
import io.wirestream.sink.SinkService;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton end to end, on real parts: ingest -> articles.raw -> enrich (Kafka Streams,
 * exactly-once) -> articles.enriched -> sink -> PostgreSQL, with the registry's ids in the wire format.
 * Subclasses say where the broker, the registry and the database are.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PipelineContract {

    /** How long the pipeline may take to deliver before a test gives up: a bound for liveness, not a speed claim. */
    static final Duration DELIVERY_BOUND = Duration.ofSeconds(90);
    static final String RESENT_ID = "sample-geneva-talks";

    private Path work;
    private ApicurioRegistryProcess registry;

    private String schema;
    private ServiceConfig config;
    private EnrichService enrich;
    private SinkService sink;
    private IngestReport firstIngest;
    private Topics topics;

    /**
     * Starts the broker and database this subclass runs on (before anything else of the class). The registry is
     * always the Apicurio process, started here.
     */
    protected abstract void startInfrastructure(Path dir) throws Exception;

    protected abstract void stopInfrastructure();

    protected abstract String bootstrapServers();

    /** JDBC URL of an empty PostgreSQL database (or schema) for this class, with user and password. */
    protected abstract String jdbcUrl(String schema);

    protected abstract String jdbcUser();

    protected abstract String jdbcPassword();

    @BeforeAll
    void startPipeline(@TempDir Path work) throws Exception {
        this.work = work;
        startInfrastructure(work.resolve("infrastructure"));
        registry = TestRegistry.start(work.resolve("infrastructure").resolve("registry"));
        schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(jdbcUrl(null), jdbcUser(), jdbcPassword());
             Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        config = ServiceConfig.builder("it").fields(EnrichFields.ALL)
                .set("kafka.bootstrap.servers", bootstrapServers())
                .set("schema.registry.url", registryUrl())
                .set("kafka.state.dir", work.resolve("streams").toString())
                .set("kafka.application.id", "wirestream-enrich-" + schema)
                // topics of their own: other integration tests share this broker
                .set(CommonFields.TOPIC_PREFIX.name(), schema + ".")
                // the fixtures' event times are fixed dates: keep them however old they are by now
                .set(CommonFields.RAW_RETENTION.name(), "P36500D")
                .set(CommonFields.AUDIT_RETENTION.name(), "P36500D")
                .set(SinkFields.JDBC_URL.name(), jdbcUrl(schema))
                .set(SinkFields.JDBC_USER.name(), jdbcUser())
                .set(SinkFields.JDBC_PASSWORD.name(), jdbcPassword())
                .set(SinkFields.GROUP_ID.name(), "wirestream-sink-" + schema)
                .set("sink.http.port", "0")
                .build();
        topics = Topics.from(config);
        try (Admin admin = Admin.create(config.kafkaProperties())) {
            TopicCreator.ensure(admin, topics.all());
        }
        enrich = new EnrichService(config);
        enrich.start();
        sink = SinkService.create(config);
        sink.start();

        Path samples = work.resolve("samples.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/samples/samples.jsonl")) {
            Files.copy(in, samples);
        }
        firstIngest = ingest(samples);
    }

    @AfterAll
    void stopPipeline() throws SQLException {
        try {
            if (sink != null) {
                sink.close();
            }
            if (enrich != null) {
                enrich.close();
            }
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(jdbcUrl(null), jdbcUser(), jdbcPassword());
                     Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        } finally {
            if (registry != null) {
                registry.close();
            }
            stopInfrastructure();
        }
    }

    private String registryUrl() {
        return registry.registryUrl();
    }

    private IngestReport ingest(Path input) {
        try (Ingester ingester = new Ingester(config.kafkaProperties(), topics.raw(), new ArticleReader(1 << 20, null),
                Clock.systemUTC())) {
            return ingester.ingest(List.of(input));
        }
    }

    @Test
    @Order(1)
    void threeFixtureArticlesBecomeRowsWithTheEnrichedFields() throws Exception {
        // the fixture holds three articles and a re-send of the first
        assertThat(firstIngest.read()).isEqualTo(4);
        assertThat(firstIngest.produced()).isEqualTo(4);
        awaitUntil("three articles in PostgreSQL", () -> rows("SELECT count(*) FROM articles") == 3);

        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id, body, clean_body, language, content_fingerprint, edits "
                     + "FROM articles WHERE id = '" + RESENT_ID + "'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString("body")).contains("end of message");
            assertThat(r.getString("clean_body")).doesNotContain("end of message").doesNotContain("RCO NEWS");
            assertThat(r.getString("language")).isEqualTo("en");
            assertThat(r.getString("content_fingerprint")).isNotBlank();
            assertThat(r.getString("edits")).contains("\"rule\"");
        }
    }

    @Test
    @Order(2)
    void aRedeliveredArticleAppearsOnce() throws Exception {
        awaitUntil("the re-send's duplicate notice", () -> readAll(topics.duplicates().name()).size() == 1);
        DuplicateNotice notice = topics.duplicates().valueSerde().deserializer()
                .deserialize(topics.duplicates().name(), readAll(topics.duplicates().name()).get(0).value());
        assertThat(notice.getKind()).isEqualTo(DuplicateKind.REDELIVERY);
        assertThat(notice.getId()).isEqualTo(RESENT_ID);

        long enrichedCopies = readAll(topics.enriched().name()).stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(RESENT_ID)).count();
        assertThat(enrichedCopies).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM articles WHERE id = '" + RESENT_ID + "'")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void rawValuesAreConfluentWireFormatWhoseIdResolvesToRawArticle() {
        ConsumerRecord<byte[], byte[]> first = readAll(topics.raw().name()).get(0);
        byte[] value = first.value();
        assertThat(value[0]).isZero();
        int id = ByteBuffer.wrap(value, 1, 4).getInt();
        assertThat(new RestSchemaRegistryClient(registryUrl()).schemaById(id).getFullName())
                .isEqualTo(RawArticle.getClassSchema().getFullName());
    }

    @Test
    @Order(4)
    void aCorruptRecordGoesToTheDeadLetterTopicAndTheNextGoodRecordStillArrives() throws Exception {
        byte[] garbage = "{\"this is\": \"not the wire format\"}".getBytes(StandardCharsets.UTF_8);
        Properties producer = config.kafkaProperties();
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> raw = new KafkaProducer<>(producer, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(topics.raw().name(), "corrupt".getBytes(StandardCharsets.UTF_8), garbage)).get();
        }
        Path next = work.resolve("next.jsonl");
        Files.writeString(next, "{\"id\":\"after-corrupt\",\"source\":\"Harbour Wire\",\"title\":\"Ferry service resumes\","
                + "\"body\":\"The ferry service between the two islands resumed on Monday after a week of storms.\","
                + "\"publishedAt\":\"2025-03-10T07:00:00Z\"}\n");
        ingest(next);

        awaitUntil("the dead letter", () -> !readAll(topics.deadLetters().name()).isEmpty());
        ConsumerRecord<byte[], byte[]> letterRecord = readAll(topics.deadLetters().name()).get(0);
        DeadLetter letter = topics.deadLetters().valueSerde().deserializer()
                .deserialize(topics.deadLetters().name(), letterRecord.value());
        assertThat(letterRecord.key()).isEqualTo("corrupt".getBytes(StandardCharsets.UTF_8));
        assertThat(letter.getStage()).isEqualTo("deserialize");
        assertThat(letter.getSourceTopic()).isEqualTo(topics.raw().name());
        assertThat(letter.getSourceOffset()).isNotNegative();
        assertThat(letter.getErrorMessage()).contains("magic byte");
        assertThat(letter.getOriginalValue()).isEqualTo(ByteBuffer.wrap(garbage));

        awaitUntil("the good record after the corrupt one", () -> rows("SELECT count(*) FROM articles WHERE id = 'after-corrupt'") == 1);
    }

    @Test
    @Order(5)
    void replayingTheEnrichedTopicFromTheBeginningLeavesRowCountsUnchanged() throws Exception {
        awaitUntil("the sink to catch up", () -> sink.lag() == 0);
        Map<String, Long> before = sink.tableCounts();
        ServiceConfig replay = ServiceConfig.builder("it-replay").fields(EnrichFields.ALL)
                .setAll(Map.of("kafka.bootstrap.servers", bootstrapServers(), "schema.registry.url", registryUrl(),
                        SinkFields.JDBC_URL.name(), jdbcUrl(schema), SinkFields.JDBC_USER.name(), jdbcUser(),
                        SinkFields.JDBC_PASSWORD.name(), jdbcPassword(),
                        SinkFields.GROUP_ID.name(), "wirestream-sink-replay-" + schema, "sink.http.port", "0",
                        CommonFields.TOPIC_PREFIX.name(), schema + ".",
                        CommonFields.CREATE_TOPICS.name(), "false"))
                .build();
        try (SinkService replaying = SinkService.create(replay)) {
            replaying.start();
            // a new group starts from the earliest offset: it re-reads and re-writes every article
            awaitUntil("the replaying sink to re-read every article", () -> replaying.lag() == 0
                    && replaying.stats().articlesUpserted() >= before.get("articles"));
            assertThat(replaying.tableCounts()).isEqualTo(before);
        }
    }

    // ---- helpers

    private Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(schema), jdbcUser(), jdbcPassword());
    }

    private long rows(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            return -1; // tables appear when the sink has migrated: keep waiting
        }
    }

    /**
     * A held-out stream, written for the project without looking at the dedup rules (copies, near copies,
     * re-translations, re-sends, hard negatives; 18 months of event time, some out of order), ingested as a user
     * would: every line has exactly one outcome, and the duplicate links in the database are exactly the ones
     * {@code ./wirestream dedup} finds over the same file.
     */
    @Test
    @Order(6)
    void aHeldOutStreamGetsTheOfflineCommandsVerdictsWithEveryArticleAccountedFor() throws Exception {
        Path stream = work.resolve("dedup-stream.jsonl");
        try (InputStream in = getClass().getResourceAsStream("/heldout/dedup-stream.jsonl")) {
            Files.copy(in, stream);
        }
        long lines = Files.readAllLines(stream).stream().filter(l -> !l.isBlank()).count();
        IngestReport report = ingest(stream);
        assertThat(report.produced()).isEqualTo(lines);
        awaitUntil("an outcome for every held-out line", () -> heldOutOutcomes() == lines);

        Path verdicts = work.resolve("offline-verdicts.jsonl");
        assertThat(new picocli.CommandLine(new io.wirestream.enrich.EnrichMain())
                .execute("dedup", "--in", stream.toString(), "--out", verdicts.toString())).isZero();
        java.util.Set<String> offline = new java.util.TreeSet<>();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String line : Files.readAllLines(verdicts)) {
            var v = json.readTree(line);
            if (List.of("EXACT", "NEAR").contains(v.path("kind").asText())) {
                offline.add(v.get("id").asText() + " " + v.get("kind").asText() + " " + v.get("duplicateOf").asText());
            }
        }
        awaitUntil("the sink has every link", () -> rows("SELECT count(*) FROM duplicate_links"
                + " WHERE duplicate_id LIKE 'h-%'") >= offline.size());
        java.util.Set<String> stored = new java.util.TreeSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl(schema), jdbcUser(), jdbcPassword());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT duplicate_id, kind, original_id FROM duplicate_links"
                     + " WHERE duplicate_id LIKE 'h-%'")) {
            while (r.next()) {
                stored.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        assertThat(offline).isNotEmpty();
        assertThat(stored).isEqualTo(offline);
        assertThat(rows("SELECT count(*) FROM duplicate_links WHERE duplicate_id = original_id")).isZero();
        // every copy came with its own clean text, for the story page
        assertThat(rows("SELECT count(*) FROM duplicate_links WHERE duplicate_id LIKE 'h-%'"
                + " AND (clean_body IS NULL OR clean_body = '')")).isZero();
    }

    /** Records of the held-out ids on articles.enriched, articles.duplicates and articles.dlq. */
    private long heldOutOutcomes() {
        long enriched = readAll(topics.enriched().name()).stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).startsWith("h-")).count();
        long notices = readAll(topics.duplicates().name()).stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).startsWith("h-")).count();
        long deadLetters = readAll(topics.deadLetters().name()).stream()
                .filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith("h-")).count();
        return enriched + notices + deadLetters;
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        return TopicContents.readAll(config.kafkaProperties(), topic);
    }

    private void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        TopicContents.awaitUntil(what, DELIVERY_BOUND, condition, () -> "enrich " + enrich.state()
                + ", sink running " + sink.isRunning() + sink.failure().map(f -> ", failed: " + f).orElse(""));
    }
}
