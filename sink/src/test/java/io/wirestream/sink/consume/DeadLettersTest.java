package io.wirestream.sink.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DeadLetter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private final Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final Clock clock = Clock.fixed(Instant.parse("2024-12-09T12:00:00Z"), ZoneOffset.UTC);
    private final DeadLetters deadLetters = new DeadLetters(producer, topics.deadLetters(), 1000, clock);

    @Test
    void aLetterSaysWhereTheRecordCameFromAndWhy() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(Topics.DUPLICATES, 3, 42, "d1".getBytes(),
                new byte[] {1, 2, 3});
        DeadLetter letter = deadLetters.letterFor(new Rejection(record, new IllegalArgumentException("bad bytes")));

        assertThat(letter.getStage()).isEqualTo("sink");
        assertThat(letter.getErrorClass()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(letter.getErrorMessage()).isEqualTo("bad bytes");
        assertThat(letter.getRecordId()).isEqualTo("d1");
        assertThat(letter.getSourceTopic()).isEqualTo(Topics.DUPLICATES);
        assertThat(letter.getSourcePartition()).isEqualTo(3);
        assertThat(letter.getSourceOffset()).isEqualTo(42);
        assertThat(letter.getOriginalValue().array()).containsExactly(1, 2, 3);
        assertThat(letter.getFailedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aValueTooLargeToSendIsLeftOutAndSaidSo() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(Topics.ENRICHED, 0, 7, null, new byte[5000]);
        DeadLetter letter = deadLetters.letterFor(new Rejection(record, new IllegalArgumentException("too big")));

        assertThat(letter.getOriginalValue()).isNull();
        assertThat(letter.getErrorMessage()).contains("5000 bytes omitted");
        assertThat(letter.getRecordId()).isNull();
    }

    @Test
    void aHugeKeyAndAHugeMessageAreLeftOutSoTheLetterCanBeSent() throws Exception {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(Topics.ENRICHED, 0, 7, new byte[10_000],
                new byte[] {1});
        Rejection rejection = new Rejection(record, new IllegalArgumentException("w".repeat(100_000)));
        DeadLetter letter = deadLetters.letterFor(rejection);

        assertThat(letter.getOriginalKey()).isNull();
        assertThat(letter.getOriginalValue().array()).containsExactly(1);
        assertThat(letter.getErrorMessage()).hasSizeLessThan(5000).contains("original key of 10000 bytes omitted");
        deadLetters.publish(java.util.List.of(rejection));
        assertThat(producer.history()).singleElement().satisfies(sent -> assertThat(sent.key()).isNull());
    }

    @Test
    void aKeyThatIsNotUtf8IsNotUsedAsTheId() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(Topics.ENRICHED, 0, 7,
                new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[0]);
        DeadLetter letter = deadLetters.letterFor(new Rejection(record, new IllegalArgumentException("x")));

        assertThat(letter.getRecordId()).isNull();
        assertThat(letter.getOriginalKey().array()).containsExactly(0xff, 0xfe);
    }

    @Test
    void publishSendsToTheDeadLetterTopicKeyedByTheOriginalKey() throws Exception {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(Topics.ENRICHED, 0, 7, "a1".getBytes(),
                new byte[] {9});
        deadLetters.publish(java.util.List.of(new Rejection(record, new IllegalArgumentException("x"))));

        assertThat(producer.history()).singleElement().satisfies(sent -> {
            assertThat(sent.topic()).isEqualTo(Topics.DEAD_LETTERS);
            assertThat(sent.key()).isEqualTo("a1".getBytes());
        });
    }
}
