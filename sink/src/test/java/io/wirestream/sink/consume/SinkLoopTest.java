package io.wirestream.sink.consume;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.duplicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.db.TestDatabase;
import io.wirestream.sink.metrics.SinkMetrics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The consumer loop against Kafka's mock clients and a real H2 database. */
class SinkLoopTest {

    private static final TopicPartition ENRICHED_0 = new TopicPartition(Topics.ENRICHED, 0);
    private static final TopicPartition DUPLICATES_0 = new TopicPartition(Topics.DUPLICATES, 0);

    @TempDir
    Path folder;

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private final Topics topics = Topics.withRegistry(registry);
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final SinkMetrics metrics = new SinkMetrics();
    private Database database;
    private SinkStore store;
    private FlakyWriter writer;
    private SinkLoop loop;

    @BeforeEach
    void setUp() {
        database = Database.open(TestDatabase.h2Settings(folder));
        database.migrate();
        store = new SinkStore(database);
        writer = new FlakyWriter(store);
        loop = new SinkLoop(consumer, new RecordDecoder(topics), writer,
                new DeadLetters(producer, topics.deadLetters(), 1_000_000, Clock.systemUTC()), metrics,
                new Backoff(Duration.ZERO, Duration.ZERO), Duration.ofMillis(1), Duration.ofHours(1),
                Clock.systemUTC());
        consumer.subscribe(List.of(Topics.ENRICHED, Topics.DUPLICATES));
        consumer.rebalance(List.of(ENRICHED_0, DUPLICATES_0));
        consumer.updateBeginningOffsets(Map.of(ENRICHED_0, 0L, DUPLICATES_0, 0L));
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void writesArticlesAndDuplicateLinksThenCommitsTheNextOffsets() throws SQLException {
        consumer.addRecord(enriched(0, article("a1", "Ahmad al-Sharaa")));
        consumer.addRecord(enriched(1, article("a2", "City Idlib")));
        consumer.addRecord(duplicateRecord(0, duplicate("d1", "a1", DuplicateKind.NEAR, 0.9)));

        assertThat(loop.handle(poll())).isTrue();

        assertThat(store.count("articles")).isEqualTo(2);
        assertThat(store.count("duplicate_links")).isEqualTo(1);
        assertThat(committed()).containsEntry(ENRICHED_0, new OffsetAndMetadata(2))
                .containsEntry(DUPLICATES_0, new OffsetAndMetadata(1));
        assertThat(producer.history()).isEmpty();
        assertThat(metrics.snapshot().articlesUpserted()).isEqualTo(2);
    }

    @Test
    void aDatabaseFailureCommitsNothingAndTheRecordsAreReadAgainAndStored() throws SQLException {
        ConsumerRecord<byte[], byte[]> first = enriched(0, article("a1", "Ahmad al-Sharaa"));
        ConsumerRecord<byte[], byte[]> second = enriched(1, article("a2", "City Idlib"));
        consumer.addRecord(first);
        consumer.addRecord(second);
        writer.failNext(2);

        assertThat(loop.handle(poll())).isFalse();
        assertThat(committed()).isEmpty();
        assertThat(store.count("articles")).isZero();
        // rewound to the batch start, so the broker hands the same records over again
        assertThat(consumer.position(ENRICHED_0)).isZero();

        consumer.addRecord(first);
        consumer.addRecord(second);
        assertThat(loop.handle(poll())).isFalse();
        assertThat(committed()).isEmpty();

        consumer.addRecord(first);
        consumer.addRecord(second);
        assertThat(loop.handle(poll())).isTrue();
        assertThat(store.count("articles")).isEqualTo(2);
        assertThat(committed()).containsEntry(ENRICHED_0, new OffsetAndMetadata(2));
        assertThat(metrics.snapshot().retries()).isEqualTo(2);
    }

    @Test
    void aCorruptRecordIsDeadLetteredAndSkippedWhileTheNextGoodOneIsStored() throws SQLException {
        byte[] garbage = {0, 0, 0, 0, 101, (byte) 0xff, (byte) 0xfe, 7};
        consumer.addRecord(new ConsumerRecord<>(Topics.ENRICHED, 0, 0, "bad".getBytes(StandardCharsets.UTF_8), garbage));
        consumer.addRecord(enriched(1, article("a2", "City Idlib")));

        assertThat(loop.handle(poll())).isTrue();

        assertThat(store.count("articles")).isEqualTo(1);
        assertThat(committed()).containsEntry(ENRICHED_0, new OffsetAndMetadata(2));
        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.getStage()).isEqualTo("sink");
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.ENRICHED);
        assertThat(letter.getSourceOffset()).isZero();
        assertThat(letter.getRecordId()).isEqualTo("bad");
        assertThat(letter.getErrorClass()).endsWith("UndecodableRecordException");
        assertThat(letter.getOriginalValue().array()).isEqualTo(garbage);
    }

    @Test
    void hostileRecordsAreDeadLetteredWithTheirReason() throws SQLException {
        EnrichedArticle outside = article("a1", "Ahmad al-Sharaa");
        outside.getEntities().get(0).getMentions().get(0).setEnd(1_000_000);
        consumer.addRecord(new ConsumerRecord<>(Topics.ENRICHED, 0, 0, null, new byte[0]));
        consumer.addRecord(new ConsumerRecord<>(Topics.ENRICHED, 0, 1, null, "not avro at all".getBytes(StandardCharsets.UTF_8)));
        consumer.addRecord(enriched(2, outside));
        consumer.addRecord(enriched(3, article("x".repeat(100_000), "City Idlib")));
        consumer.addRecord(enriched(4, article("a5", "City Idlib")));

        assertThat(loop.handle(poll())).isTrue();

        List<DeadLetter> letters = deadLetters();
        assertThat(letters).extracting(DeadLetter::getSourceOffset).containsExactly(0L, 1L, 2L, 3L);
        assertThat(letters.get(0).getErrorMessage()).contains("too short");
        assertThat(letters.get(1).getErrorMessage()).contains("magic byte");
        assertThat(letters.get(2).getErrorMessage()).contains("outside the clean body");
        assertThat(letters.get(3).getErrorMessage()).contains("id is 100000 characters long");
        assertThat(store.count("articles")).isEqualTo(1);
        assertThat(committed()).containsEntry(ENRICHED_0, new OffsetAndMetadata(5));
    }

    @Test
    void aRecordWhoseDecodingFailsUnexpectedlyIsDeadLetteredNotFatal() throws SQLException {
        SinkLoop failingDecoder = new SinkLoop(consumer, new RecordDecoder(topics) {
            @Override
            public java.util.Optional<io.wirestream.sink.row.Change> decode(ConsumerRecord<byte[], byte[]> record) {
                if (record.offset() == 0) {
                    throw new NullPointerException("a bug meeting a strange record");
                }
                return super.decode(record);
            }
        }, writer, new DeadLetters(producer, topics.deadLetters(), 1_000_000, Clock.systemUTC()), metrics,
                new Backoff(Duration.ZERO, Duration.ZERO), Duration.ofMillis(1), Duration.ofHours(1), Clock.systemUTC());
        consumer.addRecord(enriched(0, article("a1", "Ahmad al-Sharaa")));
        consumer.addRecord(enriched(1, article("a2", "City Idlib")));

        assertThat(failingDecoder.handle(poll())).isTrue();
        assertThat(onlyDeadLetter().getErrorClass()).isEqualTo("java.lang.NullPointerException");
        assertThat(store.count("articles")).isEqualTo(1);
    }

    @Test
    void anArticleTheDatabaseRefusesIsDeadLetteredAndTheRestOfTheBatchStored() throws SQLException {
        writer.refuseArticle("a2");
        consumer.addRecord(enriched(0, article("a1", "Ahmad al-Sharaa")));
        consumer.addRecord(enriched(1, article("a2", "City Idlib")));
        consumer.addRecord(enriched(2, article("a3", "City Damascus")));

        assertThat(loop.handle(poll())).isTrue();

        assertThat(store.count("articles")).isEqualTo(2);
        assertThat(onlyDeadLetter().getSourceOffset()).isEqualTo(1);
        assertThat(committed()).containsEntry(ENRICHED_0, new OffsetAndMetadata(3));
    }

    @Test
    void aRegistryOutageIsRetriedNotDeadLettered() throws SQLException {
        ConsumerRecord<byte[], byte[]> record = enriched(0, article("a1", "Ahmad al-Sharaa"));
        registry.setUnreachable(true);
        consumer.addRecord(record);

        assertThat(loop.handle(poll())).isFalse();
        assertThat(producer.history()).isEmpty();
        assertThat(committed()).isEmpty();

        registry.setUnreachable(false);
        consumer.addRecord(record);
        assertThat(loop.handle(poll())).isTrue();
        assertThat(store.count("articles")).isEqualTo(1);
    }

    @Test
    void aDeadLetterThatCannotBePublishedHoldsBackTheCommit() throws SQLException {
        ConsumerRecord<byte[], byte[]> bad = new ConsumerRecord<>(Topics.ENRICHED, 0, 0, null, new byte[] {1});
        producer.sendException = new KafkaException("dead-letter topic unavailable");
        consumer.addRecord(bad);

        assertThat(loop.handle(poll())).isFalse();
        assertThat(committed()).isEmpty();

        producer.sendException = null;
        consumer.addRecord(bad);
        assertThat(loop.handle(poll())).isTrue();
        assertThat(deadLetters()).hasSize(1);
    }

    @Test
    void aFailedOffsetCommitAfterTheDatabaseCommitDoesNotStopTheLoop() throws SQLException {
        MockConsumer<byte[], byte[]> refusing = new MockConsumer<>("earliest") {
            @Override
            public synchronized void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
                throw new org.apache.kafka.common.errors.RebalanceInProgressException("rebalance in progress");
            }
        };
        refusing.subscribe(List.of(Topics.ENRICHED));
        refusing.rebalance(List.of(ENRICHED_0));
        refusing.updateBeginningOffsets(Map.of(ENRICHED_0, 0L));
        SinkLoop refusedLoop = new SinkLoop(refusing, new RecordDecoder(topics), writer,
                new DeadLetters(producer, topics.deadLetters(), 1_000_000, Clock.systemUTC()), metrics,
                new Backoff(Duration.ZERO, Duration.ZERO), Duration.ofMillis(1), Duration.ofHours(1), Clock.systemUTC());
        refusing.addRecord(enriched(0, article("a1", "Ahmad al-Sharaa")));

        assertThat(refusedLoop.handle(refusing.poll(Duration.ZERO))).isTrue();
        assertThat(store.count("articles")).isEqualTo(1);
        assertThat(metrics.snapshot().batchesCommitted()).isZero();
    }

    @Test
    void aTombstoneDeletesTheArticle() throws SQLException {
        consumer.addRecord(enriched(0, article("a1", "Ahmad al-Sharaa")));
        consumer.addRecord(new ConsumerRecord<>(Topics.ENRICHED, 0, 1, "a1".getBytes(StandardCharsets.UTF_8), null));

        assertThat(loop.handle(poll())).isTrue();
        assertThat(store.count("articles")).isZero();
    }

    @Test
    void aRestartedSinkWithNothingNewToReadCommitsPastTheLastTransactionMarker() {
        // the sink before the restart stored offset 0 and committed 1; the writer's commit marker sits at offset 1
        consumer.commitSync(Map.of(ENRICHED_0, new OffsetAndMetadata(1), DUPLICATES_0, new OffsetAndMetadata(0)));
        consumer.seek(ENRICHED_0, 2); // where a read_committed fetch leaves the position, past the marker
        consumer.seek(DUPLICATES_0, 0);

        assertThat(poll().isEmpty()).isTrue();
        assertThat(loop.commitPositionsWhenIdle()).isTrue();

        assertThat(committed()).containsEntry(ENRICHED_0, new OffsetAndMetadata(2))
                .containsEntry(DUPLICATES_0, new OffsetAndMetadata(0));
    }

    @Test
    void runStopsCleanlyOnCloseAfterCommittingWhatItWrote() throws Exception {
        consumer.addRecord(enriched(0, article("a1", "Ahmad al-Sharaa")));
        consumer.schedulePollTask(() -> { });
        consumer.schedulePollTask(() -> Thread.ofPlatform().start(() -> {
            try {
                loop.close(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));

        loop.run(); // returns once close() has been called

        assertThat(loop.isStopped()).isTrue();
        assertThat(consumer.closed()).isTrue();
        assertThat(store.count("articles")).isEqualTo(1);
        assertThat(metrics.snapshot().batchesCommitted()).isEqualTo(1);
    }

    private ConsumerRecords<byte[], byte[]> poll() {
        return consumer.poll(Duration.ZERO);
    }

    private Map<TopicPartition, OffsetAndMetadata> committed() {
        Map<TopicPartition, OffsetAndMetadata> committed = new java.util.HashMap<>(
                consumer.committed(Set.of(ENRICHED_0, DUPLICATES_0)));
        committed.values().removeIf(java.util.Objects::isNull);
        return committed;
    }

    private ConsumerRecord<byte[], byte[]> enriched(long offset, EnrichedArticle article) {
        byte[] value = topics.enriched().valueSerde().serializer().serialize(Topics.ENRICHED, article);
        return new ConsumerRecord<>(Topics.ENRICHED, 0, offset, article.getId().getBytes(StandardCharsets.UTF_8), value);
    }

    private ConsumerRecord<byte[], byte[]> duplicateRecord(long offset, DuplicateNotice notice) {
        byte[] value = topics.duplicates().valueSerde().serializer().serialize(Topics.DUPLICATES, notice);
        return new ConsumerRecord<>(Topics.DUPLICATES, 0, offset, notice.getId().getBytes(StandardCharsets.UTF_8), value);
    }

    private List<DeadLetter> deadLetters() {
        return producer.history().stream().map(ProducerRecord::value)
                .map(bytes -> topics.deadLetters().valueSerde().deserializer().deserialize(Topics.DEAD_LETTERS, bytes))
                .toList();
    }

    private DeadLetter onlyDeadLetter() {
        List<DeadLetter> letters = deadLetters();
        assertThat(letters).hasSize(1);
        return letters.get(0);
    }
}
