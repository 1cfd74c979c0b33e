package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Serializer and deserializer of one generated Avro class in the Confluent wire format. */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final AvroSerializer<T> serializer;
    private final AvroDeserializer<T> deserializer;

    public AvroSerde(Schema schema) {
        this.serializer = new AvroSerializer<>(schema);
        this.deserializer = new AvroDeserializer<>(schema);
    }

    public AvroSerde(Schema schema, SchemaRegistryClient registry, boolean isKey) {
        this.serializer = new AvroSerializer<>(schema, registry, isKey);
        this.deserializer = new AvroDeserializer<>(schema, registry);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
