package io.wirestream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryException;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final SchemaRegistryClient registry = new InMemorySchemaRegistryClient();

    private static RawArticle article() {
        return RawArticle.newBuilder()
                .setId("a1").setSource("RCO News").setUrl("https://example.org/a1")
                .setTitle("Officials meet in Damascus").setBody("Officials met in Damascus on Monday.")
                .setLanguage("en").setPublishedAt(Instant.parse("2025-01-24T10:00:00Z"))
                .setIngestedAt(Instant.parse("2025-01-24T10:05:00Z"))
                .build();
    }

    @Test
    void roundTripsAGeneratedRecord() {
        AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.getClassSchema(), registry, false);
        byte[] bytes = serde.serializer().serialize("articles.raw", article());
        assertThat(serde.deserializer().deserialize("articles.raw", bytes)).isEqualTo(article());
    }

    @Test
    void writesConfluentWireFormat() throws Exception {
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(RawArticle.getClassSchema(), registry, false);
        byte[] bytes = serializer.serialize("articles.raw", article());

        assertThat(bytes[0]).isEqualTo((byte) 0);
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        assertThat(id).isEqualTo(registry.idOf("articles.raw-value", RawArticle.getClassSchema()));
        assertThat(registry.schemaById(id)).isEqualTo(RawArticle.getClassSchema());

        // the rest is plain Avro binary, readable by any Avro reader with the registered schema
        GenericRecord decoded = new GenericDatumReader<GenericRecord>(registry.schemaById(id)).read(null,
                DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(bytes, 5, bytes.length), null));
        assertThat(decoded.get("id").toString()).isEqualTo("a1");
        assertThat(decoded.get("body").toString()).isEqualTo("Officials met in Damascus on Monday.");
    }

    @Test
    void registersUnderTopicNameStrategySubjects() {
        new AvroSerializer<>(RawArticle.getClassSchema(), registry, false).serialize("articles.raw", article());
        new AvroSerializer<>(RawArticle.getClassSchema(), registry, true).serialize("articles.raw", article());
        assertThat(registry.idOf("articles.raw-value", RawArticle.getClassSchema())).isPositive();
        assertThat(registry.idOf("articles.raw-key", RawArticle.getClassSchema())).isPositive();
    }

    @Test
    void aV2ReaderWithAnAddedDefaultedFieldReadsV1Data() {
        Schema v1 = SchemaBuilder.record("Story").namespace("test").fields()
                .requiredString("id").requiredString("body").endRecord();
        Schema v2 = SchemaBuilder.record("Story").namespace("test").fields()
                .requiredString("id").requiredString("body")
                .name("language").type().stringType().stringDefault("und").endRecord();
        GenericRecord written = new GenericData.Record(v1);
        written.put("id", "s1");
        written.put("body", "text");
        byte[] bytes = new GenericAvroSerializer(v1, registry).serialize("stories", written);

        GenericRecord read = new GenericAvroDeserializer(v2, registry).deserialize("stories", bytes);
        assertThat(read.get("id").toString()).isEqualTo("s1");
        assertThat(read.get("language").toString()).isEqualTo("und");
        // and v2 may be registered after v1 under BACKWARD
        assertThat(registry.isCompatible("stories-value", v2)).isTrue();
    }

    @Test
    void anIncompatibleSchemaIsRefusedWithAClearMessage() {
        Schema v1 = SchemaBuilder.record("Story").namespace("test").fields()
                .requiredString("id").endRecord();
        Schema incompatible = SchemaBuilder.record("Story").namespace("test").fields()
                .requiredString("id").requiredLong("wordCount").endRecord(); // new field, no default
        registry.register("stories-value", v1);

        assertThat(registry.isCompatible("stories-value", incompatible)).isFalse();
        assertThatThrownBy(() -> registry.register("stories-value", incompatible))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessageContaining("incompatible").hasMessageContaining("stories-value")
                .satisfies(e -> assertThat(((SchemaRegistryException) e).isIncompatible()).isTrue());
    }

    @Test
    void rejectsBytesThatAreNotWireFormatNamingTheTopicAndReason() {
        AvroDeserializer<RawArticle> deserializer = new AvroDeserializer<>(RawArticle.getClassSchema(), registry);
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", "{\"id\":1}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("articles.raw").hasMessageContaining("magic byte");
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", new byte[] {0, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("too short");
        assertThatThrownBy(() -> deserializer.deserialize("articles.raw", new byte[] {0, 0, 0, 0x7f, 0x7f, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown writer schema id");
    }

    @Test
    void truncatedAvroPayloadIsASerializationError() {
        AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.getClassSchema(), registry, false);
        byte[] bytes = serde.serializer().serialize("articles.raw", article());
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 10);
        assertThatThrownBy(() -> serde.deserializer().deserialize("articles.raw", truncated))
                .isInstanceOf(SerializationException.class).hasMessageContaining("RawArticle");
    }

    @Test
    void configureWithMockUrlSharesTheInMemoryScope() {
        AvroSerde<RawArticle> writer = new AvroSerde<>(RawArticle.getClassSchema());
        AvroSerde<RawArticle> reader = new AvroSerde<>(RawArticle.getClassSchema());
        writer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://serde-test"), false);
        reader.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://serde-test"), false);
        byte[] bytes = writer.serializer().serialize("articles.raw", article());
        assertThat(reader.deserializer().deserialize("articles.raw", bytes)).isEqualTo(article());
    }
}
