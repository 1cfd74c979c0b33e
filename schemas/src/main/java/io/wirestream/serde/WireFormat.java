package io.wirestream.serde;

import java.nio.ByteBuffer;
import org.apache.kafka.common.errors.SerializationException;

/** The Confluent wire format: magic byte 0x00, the schema id as a 4-byte big-endian int, then Avro binary. */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0x0;
    public static final int HEADER_SIZE = 5;

    private WireFormat() {
    }

    /** The schema id from the header of {@code bytes}; fails clearly on anything that is not our format. */
    public static int schemaId(String topic, byte[] bytes) {
        if (bytes.length < HEADER_SIZE) {
            throw new SerializationException("record on topic '" + topic + "' is " + bytes.length
                    + " bytes: too short for the Confluent wire format (magic byte + 4-byte schema id)");
        }
        if (bytes[0] != MAGIC_BYTE) {
            throw new SerializationException(String.format(
                    "record on topic '%s' starts with byte 0x%02x, not the Confluent wire-format magic byte 0x00",
                    topic, bytes[0] & 0xff));
        }
        return ByteBuffer.wrap(bytes, 1, 4).getInt();
    }
}
