package io.wirestream.enrich.pipeline;

/**
 * Where a record came from and its exact bytes, kept so that a failure anywhere downstream can be dead-lettered
 * with the original record. Offline input has no topic: partition and offset are -1 and the bytes are the line.
 */
public record Origin(String topic, int partition, long offset, byte[] keyBytes, byte[] valueBytes, long timestamp) {

    public static Origin ofLine(String source, long lineNumber, byte[] line) {
        return new Origin(source, -1, lineNumber, null, line, -1);
    }

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
