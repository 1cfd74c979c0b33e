package io.wirestream.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.EnrichFields;
import io.wirestream.enrich.EnrichService;
import io.wirestream.local.pipeline.TopicProgress;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.ingest.ArticleIds;
import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.ArticleReader;
import io.wirestream.ingest.EventTime;
import io.wirestream.ingest.feed.FeedFixtureServer;
import io.wirestream.ingest.feed.FeedSource;
import io.wirestream.ingest.feed.FeedStateStore;
import io.wirestream.ingest.fetch.Fetcher;
import io.wirestream.ingest.fetch.HostGate;
import io.wirestream.ingest.service.SourceMetrics;
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
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
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
        return ingest(input, 1 << 20);
    }

    private IngestReport ingest(Path input, int maxLineBytes) {
        try (Ingester ingester = new Ingester(config.kafkaProperties(), topics.raw(), new ArticleReader(maxLineBytes, null),
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

    /**
     * Issue 11's bar: one article dated 1960, one dated two hours ahead and one with a 3 MB body among 1,000 good
     * ones, read with ingest's default line limit (10 MiB). The two odd dates are produced with the ingest time as
     * record timestamp and stored with their own publishedAt; the 3 MB body is refused at the first hop (over the
     * 2 MiB raw-record limit) and named in the summary; every good article is stored once.
     */
    @Test
    @Order(7)
    void oddDatesAndAnOversizedBodyAmongAThousandGoodArticlesLoseNothing() throws Exception {
        int good = Integer.getInteger("wirestream.it.edge.articles", 1_000);
        Path file = work.resolve("edges.jsonl");
        java.util.Random random = new java.util.Random(20261202);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < good; i++) {
            lines.append(edgeLine("edge-" + i, distinctBody(random), "2025-0" + (1 + i % 9) + "-1" + (i % 10) + "T08:00:00Z"));
            if (i == good / 4) {
                lines.append(edgeLine("edge-pre-1970", distinctBody(random), "1960-06-30T00:00:00Z"));
            } else if (i == good / 2) {
                String ahead = java.time.Instant.now().plus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
                lines.append(edgeLine("edge-two-hours-ahead", distinctBody(random), ahead));
            } else if (i == 3 * good / 4) {
                lines.append(edgeLine("edge-three-mb", "A very long body. ".repeat(3_000_000 / 18), "2025-05-05T08:00:00Z"));
            }
        }
        Files.writeString(file, lines);

        IngestReport report = ingest(file, 10 << 20);

        assertThat(report.read()).isEqualTo(good + 2);
        assertThat(report.produced()).isEqualTo(good + 2);
        assertThat(report.failed()).isZero();
        assertThat(report.clamped()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3 * good / 4 + 4); // 1-based, after the two odd dates
            assertThat(p.toString()).contains("edge-three-mb").containsIgnoringCase("2 MiB");
        });
        assertThat(report.summary()).contains("produced " + (good + 2)).contains("skipped 1")
                .contains("2 with publishedAt out of range");
        awaitUntil("every good edge article stored",
                () -> rows("SELECT count(*) FROM articles WHERE id LIKE 'edge-%'") == good + 2);
        assertThat(rows("SELECT count(*) FROM articles WHERE id = 'edge-pre-1970'"
                + " AND published_at = TIMESTAMP WITH TIME ZONE '1960-06-30 00:00:00+00'")).isEqualTo(1);
        assertThat(rows("SELECT count(*) FROM articles WHERE id = 'edge-three-mb'")).isZero();
        assertThat(readAll(topics.deadLetters().name()).stream()
                .filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).startsWith("edge-"))).isEmpty();
    }

    private static String edgeLine(String id, String body, String publishedAt) {
        return "{\"id\":\"" + id + "\",\"source\":\"Edge Wire\",\"title\":\"Report " + id + "\",\"body\":\""
                + body + "\",\"publishedAt\":\"" + publishedAt + "\"}\n";
    }

    /** A body of made-up words drawn at random: no two share enough wording to be judged copies. */
    private static String distinctBody(java.util.Random random) {
        String[] syllables = {"ka", "lo", "mi", "ne", "su", "ra", "to", "vi", "de", "po", "ul", "an", "es", "or"};
        StringBuilder body = new StringBuilder("The council met on Tuesday.");
        for (int sentence = 0; sentence < 12; sentence++) {
            body.append(' ');
            for (int word = 0; word < 10; word++) {
                for (int s = 0; s < 2 + random.nextInt(3); s++) {
                    body.append(syllables[random.nextInt(syllables.length)]);
                }
                body.append(word == 9 ? ". " : " ");
            }
        }
        return body.toString().strip();
    }

    /**
     * Issue 12's edited feed item end to end: a feed polled by ingest, one item's text corrected on the next poll
     * (same link, so the same id). The correction is judged a revision, enriched again, and the sink's row shows
     * the new text and its entities as version 2; the first version, replayed onto articles.enriched after it,
     * does not win.
     */
    @Test
    @Order(8)
    void aCorrectedFeedItemReachesTheSinkAsTheArticlesNewVersion() throws Exception {
        java.time.Instant start = java.time.Instant.parse("2025-01-20T08:00:00Z");
        try (FeedFixtureServer server = new FeedFixtureServer();
             ArticlePublisher publisher = new ArticlePublisher(config.kafkaProperties(), topics.raw(),
                     Clock.systemUTC(), new EventTime(Duration.ofMinutes(15)))) {
            List<FeedFixtureServer.Item> items = new java.util.ArrayList<>(
                    FeedFixtureServer.items("corr", "https://news.example", 3, start));
            FeedFixtureServer.Item first = items.get(1);
            items.set(1, new FeedFixtureServer.Item(first.link(), first.title(), first.description(),
                    "<p>Water trucks reached Damascus on Monday, the city council said.</p>", first.published()));
            server.feed("/atom", FeedFixtureServer.Format.ATOM, items);
            Fetcher fetcher = new Fetcher(new HostGate(Duration.ofMillis(10)), new Fetcher.Limits(Duration.ofSeconds(5),
                    Duration.ofSeconds(10), 5_000_000, 2, Duration.ofMillis(100)), "wirestream-it");
            FeedSource feed = new FeedSource(java.net.URI.create(server.url("/atom")), Duration.ofMinutes(5), fetcher,
                    null, new FeedStateStore(work.resolve("feed-state.json")), publisher, new SourceMetrics("feed"));
            assertThat(feed.pollOnce().produced()).isEqualTo(3);
            String id = ArticleIds.of("127.0.0.1", first.link(), null, null);
            awaitUntil("the first version's row", () -> rows("SELECT count(*) FROM articles WHERE id = '" + id
                    + "' AND body LIKE '%Damascus%'") == 1);
            String entities = "SELECT entity_id FROM article_entities WHERE article_id = '" + id + "'";
            assertThat(strings(entities)).contains("Q3766"); // Damascus

            items.set(1, new FeedFixtureServer.Item(first.link(), first.title(), first.description(),
                    "<p>Corrected: the water trucks reached Aleppo on Monday, the city council said.</p>",
                    first.published()));
            server.feed("/atom", FeedFixtureServer.Format.ATOM, items);
            assertThat(feed.pollOnce().produced()).isEqualTo(1);
            awaitUntil("the corrected version's row", () -> rows("SELECT count(*) FROM articles WHERE id = '" + id
                    + "' AND body LIKE 'Corrected:%'") == 1);
            assertThat(rows("SELECT version FROM articles WHERE id = '" + id + "'")).isEqualTo(2);
            assertThat(strings(entities)).as("the corrected text's entities replace the first version's")
                    .contains("Q41183").doesNotContain("Q3766"); // Aleppo, no longer Damascus

            // the topics: two versions on articles.enriched, the second a revision; no duplicate notice for it
            List<ConsumerRecord<byte[], byte[]>> versions = readAll(topics.enriched().name()).stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id)).toList();
            assertThat(versions).extracting(r -> topics.enriched().valueSerde().deserializer()
                    .deserialize(topics.enriched().name(), r.value()).getRevision()).containsExactly(false, true);
            assertThat(readAll(topics.duplicates().name())).noneMatch(
                    r -> new String(r.key(), StandardCharsets.UTF_8).equals(id));

            // the first version replayed after the correction (as a reset of enrich would send it): it loses
            Properties producer = config.kafkaProperties();
            producer.put(ProducerConfig.ACKS_CONFIG, "all");
            try (KafkaProducer<byte[], byte[]> enriched = new KafkaProducer<>(producer, new ByteArraySerializer(),
                    new ByteArraySerializer())) {
                enriched.send(new ProducerRecord<>(topics.enriched().name(), versions.get(0).key(),
                        versions.get(0).value())).get();
            }
            awaitUntil("the sink to read the replayed version", () -> sink.lag() == 0);
            assertThat(strings("SELECT body || ' v' || version FROM articles WHERE id = '" + id + "'"))
                    .containsExactly("Corrected: the water trucks reached Aleppo on Monday, the city council said. v2");
        }
    }

    /**
     * A sink killed after committing a batch (last offset + 1) and before its idle commit past the transaction's
     * commit marker comes back with nothing to read: it must still commit to the end, or the group shows a lag of
     * markers for ever (the fault suite's "not drained", docs/reliability.md).
     */
    @Test
    @Order(9)
    void aSinkRestartedBeforeItCommittedPastTheLastMarkersStillCommitsToTheEnd() throws Exception {
        String group = config.get(SinkFields.GROUP_ID);
        try (Admin admin = Admin.create(config.kafkaProperties())) {
            TopicProgress progress = new TopicProgress(admin);
            awaitUntil("the sink to commit to the end", () -> sink.lag() == 0 && committedToTheEnd(progress, group));
            sink.close();
            Map<TopicPartition, OffsetAndMetadata> afterLastRecord = new java.util.HashMap<>();
            Map<TopicPartition, Long> ends = new java.util.HashMap<>();
            for (String topic : List.of(topics.enriched().name(), topics.duplicates().name())) {
                // read_committed: no markers, no aborted records
                for (ConsumerRecord<byte[], byte[]> r : readAll(topic)) {
                    afterLastRecord.merge(new TopicPartition(topic, r.partition()),
                            new OffsetAndMetadata(r.offset() + 1), (a, b) -> a.offset() >= b.offset() ? a : b);
                }
                ends.putAll(progress.endOffsets(topic));
            }
            assertThat(afterLastRecord).as("some partition ends in a transaction marker")
                    .anySatisfy((partition, offset) -> assertThat(offset.offset()).isLessThan(ends.get(partition)));
            // a stopped static member stays in the group until its session times out: take it out, then rewind
            if (!admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().isEmpty()) {
                admin.removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions()).all().get();
            }
            admin.alterConsumerGroupOffsets(group, afterLastRecord).all().get();
            sink = SinkService.create(config);
            sink.start();
            awaitUntil("the restarted sink to commit past the markers", () -> committedToTheEnd(progress, group));
        }
    }

    /** The local runner's own drain condition: the group has committed the end of both of the sink's topics. */
    private boolean committedToTheEnd(TopicProgress progress, String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = progress.committed(group);
            return TopicProgress.caughtUp(committed, progress.endOffsets(topics.enriched().name()))
                    && TopicProgress.caughtUp(committed, progress.endOffsets(topics.duplicates().name()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
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
