package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryClients;
import io.wirestream.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes a generated Avro record in the Confluent wire format, registering its schema under the
 * TopicNameStrategy subject ({@code <topic>-value} or {@code <topic>-key}).
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    static {
        TrustedPackages.allowOurGeneratedClasses();
    }

    private final Schema schema;
    private final SpecificDatumWriter<T> writer;
    private SchemaRegistryClient registry;
    private boolean autoRegister = true;
    private boolean isKey;
    // the id per subject never changes for one writer schema, so it is looked up once
    private final Map<String, Integer> idBySubject = new ConcurrentHashMap<>();
    /**
     * The size of the last record written: the next buffer starts there, so a 15 KB article is not copied through
     * seven doublings from 256 bytes. A hint only, so a plain field (a stale read from another thread costs a copy).
     */
    private int lastSize = 256;

    public AvroSerializer(Schema schema) {
        this.schema = schema;
        this.writer = new SpecificDatumWriter<>(schema);
    }

    /** A serializer already bound to a registry client (no {@link #configure} needed). */
    public AvroSerializer(Schema schema, SchemaRegistryClient registry, boolean isKey) {
        this(schema);
        this.registry = registry;
        this.isKey = isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        // a serde built with its client keeps it unless the config names a registry
        if (registry == null || configs.containsKey(SerdeConfig.SCHEMA_REGISTRY_URL)) {
            SerdeConfig.registryUrl(configs); // a clear error when it is missing
            this.registry = SchemaRegistryClients.forConfig(configs);
        }
        if (configs.containsKey(SerdeConfig.AUTO_REGISTER_SCHEMAS)) {
            this.autoRegister = SerdeConfig.autoRegister(configs);
        }
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException("AvroSerializer used before configure(): no schema registry");
        }
        int id = idBySubject.computeIfAbsent(Subjects.forTopic(topic, isKey), this::schemaId);
        ByteArrayOutputStream out = new ByteArrayOutputStream(lastSize + (lastSize >>> 3));
        out.write(WireFormat.MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        try {
            // a producer may call serialize from several threads: no shared encoder
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writer.write(record, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot write " + schema.getName() + " for topic '" + topic + "': " + e, e);
        }
        lastSize = Math.min(out.size(), 1 << 20);
        return out.toByteArray();
    }

    private int schemaId(String subject) {
        try {
            return autoRegister ? registry.register(subject, schema) : registry.idOf(subject, schema);
        } catch (SchemaRegistryException e) {
            throw new SerializationException("cannot get a schema id for " + schema.getFullName() + " under subject '"
                    + subject + "': " + e.getMessage(), e);
        }
    }
}
