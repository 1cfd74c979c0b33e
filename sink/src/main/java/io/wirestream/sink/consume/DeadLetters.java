package io.wirestream.sink.consume;

import io.wirestream.schemas.DeadLetterRecords;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.avro.DeadLetter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes rejected records to {@code articles.dlq} with stage "sink", the reason, where the record came
 * from and its original bytes, and waits until the broker has them: the sink commits the offsets of a
 * rejected record only once its dead letter is safe.
 */
public final class DeadLetters {

    public static final String STAGE = "sink";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Serializer<DeadLetter> serializer;
    private final int maxOriginalValueBytes;
    private final Clock clock;

    /**
     * @param maxOriginalValueBytes a larger original key or value is left out of the dead letter (and the
     *                              message says so): a dead letter above the producer's request size could
     *                              never be sent, and the sink would retry it forever
     */
    public DeadLetters(Producer<byte[], byte[]> producer, Topic<byte[], DeadLetter> topic, int maxOriginalValueBytes,
                       Clock clock) {
        this.producer = producer;
        this.topic = topic.name();
        this.serializer = topic.valueSerde().serializer();
        this.maxOriginalValueBytes = maxOriginalValueBytes;
        this.clock = clock;
    }

    /** Sends one dead letter per rejection and waits for every acknowledgement; throws if any send failed. */
    public void publish(List<Rejection> rejections) throws DeadLetterException {
        if (rejections.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>(rejections.size());
        for (Rejection rejection : rejections) {
            DeadLetter letter = letterFor(rejection);
            byte[] key = fits(rejection.record().key()) ? rejection.record().key() : null;
            sent.add(producer.send(new ProducerRecord<>(topic, key, serializer.serialize(topic, letter))));
        }
        producer.flush();
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new DeadLetterException("cannot publish a dead letter to " + topic + ": " + e.getCause(),
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeadLetterException("interrupted while publishing dead letters to " + topic, e);
            }
        }
        log.debug("published {} dead letters to {}", rejections.size(), topic);
    }

    DeadLetter letterFor(Rejection rejection) {
        var record = rejection.record();
        return DeadLetterRecords.of(STAGE, rejection.reason(), new DeadLetterRecords.Source(record.topic(),
                record.partition(), record.offset(), record.key(), record.value(), null), maxOriginalValueBytes,
                clock.instant());
    }

    private boolean fits(byte[] bytes) {
        return bytes == null || bytes.length <= maxOriginalValueBytes;
    }

    /** Dead letters could not be published: the batch must not be committed. */
    public static final class DeadLetterException extends Exception {
        public DeadLetterException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
