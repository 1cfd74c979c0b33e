package io.wirestream.sink.consume;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.sink.row.Change;
import io.wirestream.sink.row.InvalidRecordException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {

    private final Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
    private final RecordDecoder decoder = new RecordDecoder(topics);

    @Test
    void anArticleBecomesAnUpsertAndATombstoneADeletion() {
        byte[] value = topics.enriched().valueSerde().serializer().serialize(Topics.ENRICHED, article("a1", "X"));
        assertThat(decoder.decode(record(Topics.ENRICHED, "a1", value))).hasValueSatisfying(change ->
                assertThat(change).isInstanceOfSatisfying(Change.UpsertArticle.class,
                        upsert -> assertThat(upsert.article().id()).isEqualTo("a1")));
        assertThat(decoder.decode(record(Topics.ENRICHED, "a1", null)))
                .contains(new Change.DeleteArticle("a1"));
        assertThatThrownBy(() -> decoder.decode(record(Topics.ENRICHED, null, null)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("tombstone without a key");
    }

    @Test
    void aNullDuplicateNoticeAsksForNothing() {
        assertThat(decoder.decode(record(Topics.DUPLICATES, "d1", null))).isEmpty();
    }

    @Test
    void aRedeliveryIsNoLinkBetweenTwoArticlesButACopyIs() {
        var notice = io.wirestream.schemas.avro.DuplicateNotice.newBuilder().setId("d1").setDuplicateOf("d1")
                .setKind(io.wirestream.schemas.avro.DuplicateKind.REDELIVERY).setSimilarity(1.0)
                .setEventTime(java.time.Instant.EPOCH).build();
        byte[] redelivery = topics.duplicates().valueSerde().serializer().serialize(Topics.DUPLICATES, notice);
        assertThat(decoder.decode(record(Topics.DUPLICATES, "d1", redelivery))).isEmpty();

        notice.setKind(io.wirestream.schemas.avro.DuplicateKind.EXACT);
        notice.setDuplicateOf("a1");
        byte[] exact = topics.duplicates().valueSerde().serializer().serialize(Topics.DUPLICATES, notice);
        assertThat(decoder.decode(record(Topics.DUPLICATES, "d1", exact))).hasValueSatisfying(change ->
                assertThat(change).isInstanceOfSatisfying(Change.UpsertDuplicateLink.class,
                        link -> assertThat(link.link().originalId()).isEqualTo("a1")));
    }

    @Test
    void aLengthPrefixClaimingGigabytesIsRefusedWithoutAllocatingThem() throws Exception {
        // a valid header for the registered schema, then a string length of ~1 GiB with 3 bytes behind it
        byte[] valid = topics.enriched().valueSerde().serializer().serialize(Topics.ENRICHED, article("a1", "X"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, 5);
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        encoder.writeLong(1L << 30);
        encoder.flush();
        out.write(new byte[] {'a', 'b', 'c'});

        assertThatThrownBy(() -> decoder.decode(record(Topics.ENRICHED, "a1", out.toByteArray())))
                .isInstanceOf(UndecodableRecordException.class).hasMessageContaining("cannot read the record value");
    }

    @Test
    void anUnknownSchemaIdIsUndecodable() {
        byte[] value = ByteBuffer.allocate(8).put((byte) 0).putInt(999_999).array();
        assertThatThrownBy(() -> decoder.decode(record(Topics.ENRICHED, "a1", value)))
                .isInstanceOf(UndecodableRecordException.class).hasMessageContaining("999999");
    }

    @Test
    void aTopicTheSinkDoesNotReadIsRefused() {
        assertThatThrownBy(() -> decoder.decode(record("articles.raw", "a1", new byte[] {0})))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("articles.raw");
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 0, 0, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value);
    }
}
