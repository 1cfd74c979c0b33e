package io.wirestream.sink.consume;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** A record the sink will not store, with the reason; it goes to the dead-letter topic. */
public record Rejection(ConsumerRecord<byte[], byte[]> record, Exception reason) {
}
