package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

/** Test helper: writes a generic record in the wire format, to test schema evolution without generated classes. */
public final class GenericAvroSerializer {

    private final Schema schema;
    private final SchemaRegistryClient registry;

    public GenericAvroSerializer(Schema schema, SchemaRegistryClient registry) {
        this.schema = schema;
        this.registry = registry;
    }

    public Schema schema() {
        return schema;
    }

    /** Registers the schema under the topic's value subject and writes the record in the wire format. */
    public byte[] serialize(String topic, GenericRecord record) {
        int id = registry.register(Subjects.forTopic(topic, false), schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(WireFormat.MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
