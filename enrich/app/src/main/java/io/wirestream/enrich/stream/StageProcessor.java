package io.wirestream.enrich.stream;

import io.wirestream.enrich.failure.FailureKind;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.DeadLetterRecords;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateNotice;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One enrich stage as a processor: runs the stage and forwards the article to the next node, or, when the stage
 * throws for a fault of the record's own, dead-letters the original record and goes on with the next one. A poison
 * record never stops the app; an outage or a Kafka Streams error is thrown on, never dead-lettered
 * ({@link FailureKind}).
 * Children are addressed by name ({@link Routes}), so outputs of different types share one processor.
 */
abstract class StageProcessor<KIn, VIn> implements Processor<KIn, VIn, Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(StageProcessor.class);

    /** Header on enrich's dead letters: the topic of the record that failed. */
    static final String SOURCE_TOPIC_HEADER = "wirestream.source.topic";

    private final Stage stage;
    private final String node;
    private final String next;
    protected ProcessorContext<Object, Object> context;

    /**
     * @param stage the stage a dead letter names
     * @param node  this processor's node name: its dead-letter and duplicate sinks are named after it
     * @param next  the node the article goes on to
     */
    StageProcessor(Stage stage, String node, String next) {
        this.stage = stage;
        this.node = node;
        this.next = next;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public final void process(Record<KIn, VIn> record) {
        try {
            handle(record);
        } catch (RuntimeException e) {
            if (FailureKind.of(e) != FailureKind.RECORD) {
                // an outage or Kafka Streams' own trouble: the record is read again once it is over (EnrichService)
                throw e;
            }
            deadLetter(originOf(record), recordIdOf(record), stage, e, record.timestamp());
        } catch (StackOverflowError e) {
            // hostile input (deeply nested brackets) must cost one record, not the app
            deadLetter(originOf(record), recordIdOf(record), stage, e, record.timestamp());
        }
    }

    /**
     * Sends the record at {@code origin} to articles.dlq, naming the stage and the error. The record carries a
     * {@value #SOURCE_TOPIC_HEADER} header naming the topic it came from, so a count of what became of
     * articles.raw can tell enrich's dead letters from the sink's.
     */
    protected void deadLetter(Origin origin, String recordId, Stage failedStage, Throwable error, long timestamp) {
        log.warn("dead-lettering record {} (id {}) at stage {}: {}", origin, recordId, failedStage.label(),
                error.toString());
        DeadLetter letter = DeadLetterRecords.of(failedStage.label(), error, new DeadLetterRecords.Source(
                origin.topic(), origin.partition(), origin.offset(), origin.keyBytes(), origin.valueBytes(), recordId),
                ArticleCodec.MAX_BYTES, Instant.now());
        Headers headers = new RecordHeaders();
        if (origin.topic() != null) {
            headers.add(SOURCE_TOPIC_HEADER, origin.topic().getBytes(StandardCharsets.UTF_8));
        }
        context.forward(new Record<>(origin.keyBytes(), letter, timestamp, headers), Routes.deadLetters(node));
    }

    /** Runs the stage; call {@link #forwardNext} to pass the article on (or don't, to drop it). */
    protected abstract void handle(Record<KIn, VIn> record);

    protected abstract Origin originOf(Record<KIn, VIn> record);

    protected abstract String recordIdOf(Record<KIn, VIn> record);

    protected void forwardNext(Record<String, ArticleInFlight> record) {
        context.forward(record, next);
    }

    protected void forwardDuplicate(String id, DuplicateNotice notice, long timestamp) {
        context.forward(new Record<>(id, notice, timestamp), Routes.duplicates(node));
    }

    /** The base for every stage after decoding: its input is an article in flight. */
    abstract static class ArticleStage extends StageProcessor<String, ArticleInFlight> {

        ArticleStage(Stage stage, String node, String next) {
            super(stage, node, next);
        }

        @Override
        protected Origin originOf(Record<String, ArticleInFlight> record) {
            return record.value().origin();
        }

        @Override
        protected String recordIdOf(Record<String, ArticleInFlight> record) {
            return record.value().id();
        }
    }

    /**
     * The base for the dedup stages that read an internal topic (signatures, verdicts): bytes they decode themselves,
     * so a malformed message is dead-lettered, with its position and bytes, like any other failure.
     */
    abstract static class InternalStage extends StageProcessor<Integer, byte[]> {

        InternalStage(Stage stage, String node, String next) {
            super(stage, node, next);
        }

        @Override
        protected Origin originOf(Record<Integer, byte[]> record) {
            return context.recordMetadata()
                    .map(m -> new Origin(m.topic(), m.partition(), m.offset(), null, record.value(), record.timestamp()))
                    .orElse(new Origin(null, -1, -1, null, record.value(), record.timestamp()));
        }

        @Override
        protected String recordIdOf(Record<Integer, byte[]> record) {
            return null;
        }
    }
}
