package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryClients;
import io.wirestream.registry.SchemaRegistryException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the Confluent wire format into a generated Avro class: the writer's schema comes from the registry by
 * the id in the header, and Avro's schema resolution maps it onto the reader schema (so a v2 reader with an
 * added defaulted field reads v1 data).
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    static {
        TrustedPackages.allowOurGeneratedClasses();
    }

    private final Schema readerSchema;
    private final Map<Integer, SpecificDatumReader<T>> readersByWriterId = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;

    public AvroDeserializer(Schema readerSchema) {
        this.readerSchema = readerSchema;
    }

    public AvroDeserializer(Schema readerSchema, SchemaRegistryClient registry) {
        this(readerSchema);
        this.registry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // a serde built with its client keeps it unless the config names a registry
        if (registry == null || configs.containsKey(SerdeConfig.SCHEMA_REGISTRY_URL)) {
            SerdeConfig.registryUrl(configs); // a clear error when it is missing
            this.registry = SchemaRegistryClients.forConfig(configs);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroDeserializer used before configure(): no schema registry");
        }
        int id = WireFormat.schemaId(topic, bytes);
        SpecificDatumReader<T> reader = readersByWriterId.computeIfAbsent(id, this::readerFor);
        try {
            BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(
                    bytes, WireFormat.HEADER_SIZE, bytes.length - WireFormat.HEADER_SIZE, null);
            T value = reader.read(null, decoder);
            if (!decoder.isEnd()) {
                throw new SerializationException("record on topic '" + topic + "' has trailing bytes after its "
                        + readerSchema.getName() + " (schema id " + id + ")");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException se) {
                throw se;
            }
            throw new SerializationException("cannot read " + readerSchema.getName() + " from topic '" + topic
                    + "' with writer schema id " + id + ": " + e, e);
        }
    }

    private SpecificDatumReader<T> readerFor(int writerId) {
        Schema writerSchema;
        try {
            writerSchema = registry.schemaById(writerId);
        } catch (SchemaRegistryException e) {
            if (e.isTransient()) {
                throw e; // the registry's outage, not the record's fault: the caller waits and reads it again
            }
            throw new SerializationException("unknown writer schema id " + writerId + ": " + e.getMessage(), e);
        }
        return new SpecificDatumReader<>(writerSchema, readerSchema);
    }
}
