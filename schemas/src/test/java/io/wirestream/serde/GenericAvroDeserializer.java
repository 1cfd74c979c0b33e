package io.wirestream.serde;

import io.wirestream.registry.SchemaRegistryClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;

/** Test helper: reads the wire format into a generic record with a chosen reader schema. */
final class GenericAvroDeserializer {

    private final Schema readerSchema;
    private final SchemaRegistryClient registry;

    GenericAvroDeserializer(Schema readerSchema, SchemaRegistryClient registry) {
        this.readerSchema = readerSchema;
        this.registry = registry;
    }

    GenericRecord deserialize(String topic, byte[] bytes) {
        Schema writer = registry.schemaById(WireFormat.schemaId(topic, bytes));
        try {
            return new GenericDatumReader<GenericRecord>(writer, readerSchema).read(null, DecoderFactory.get()
                    .binaryDecoder(bytes, WireFormat.HEADER_SIZE, bytes.length - WireFormat.HEADER_SIZE, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
