package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.enrich.failure.FailureKind;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry outage is not the record's fault: the stage throws it on (Kafka Streams aborts the transaction and the
 * thread reads the record again from the last commit) instead of dead-lettering a good article for ever.
 */
class RegistryOutageTopologyTest {

    private static final String BODY = "The port authority said on Tuesday that the northern terminal would reopen "
            + "after repairs to the crane that collapsed in the storm last month.";

    @TempDir
    Path state;

    @Test
    void anUnknownWriterSchemaDuringAnOutageIsReadAgainNotDeadLettered() {
        try (EnrichTestDriver d = new EnrichTestDriver("outage-decode", state, EnrichTestDriver.T0)) {
            byte[] value = rawValue(d, "a-1");
            d.registry.setUnreachable(true);

            assertThatThrownBy(() -> pipe(d, "a-1", value))
                    .satisfies(e -> assertThat(FailureKind.of(e)).isEqualTo(FailureKind.OUTAGE));
            assertThat(d.deadLetters.isEmpty()).as("no dead letter for an outage").isTrue();
            assertThat(d.enriched.isEmpty()).isTrue();

            // the registry is back; Streams gives the thread the uncommitted record again
            d.registry.setUnreachable(false);
            pipe(d, "a-1", value);
            assertThat(d.enrichedIds()).containsExactly("a-1");
            assertThat(d.deadLetters.isEmpty()).isTrue();
        }
    }

    @Test
    void anOutageWhileWritingTheOutputIsNotDeadLetteredEither() {
        try (EnrichTestDriver d = new EnrichTestDriver("outage-output", state, EnrichTestDriver.T0)) {
            byte[] value = rawValue(d, "b-1");
            // the reader for the raw schema is cached, the output schema was never registered
            d.topics.raw().valueSerde().deserializer().deserialize(Topics.RAW, value);
            d.registry.setUnreachable(true);

            assertThatThrownBy(() -> pipe(d, "b-1", value))
                    .satisfies(e -> assertThat(FailureKind.of(e)).isEqualTo(FailureKind.OUTAGE));
            assertThat(d.deadLetters.isEmpty()).isTrue();
            // the read again after the outage needs the aborted transaction's store writes undone, which the test
            // driver does not do: RegistryOutageIT shows it on a real broker
        }
    }

    @Test
    void aWriterSchemaTheRegistryDoesNotKnowIsTheRecordsFault() {
        try (EnrichTestDriver d = new EnrichTestDriver("unknown-id", state, EnrichTestDriver.T0)) {
            byte[] value = rawValue(d, "c-1");
            value[4] = 99; // schema id 99 + the real one's low byte: not registered
            pipe(d, "c-1", value);
            assertThat(d.deadLetters.readValuesToList()).singleElement()
                    .satisfies(l -> assertThat(l.getErrorMessage()).contains("unknown writer schema id"));
        }
    }

    private static byte[] rawValue(EnrichTestDriver d, String id) {
        RawArticle article = EnrichTestDriver.article(id, "Wire", "Title of " + id, BODY, EnrichTestDriver.T0);
        return d.topics.raw().valueSerde().serializer().serialize(Topics.RAW, article);
    }

    private static void pipe(EnrichTestDriver d, String id, byte[] value) {
        d.raw.pipeInput(new TestRecord<>(id.getBytes(StandardCharsets.UTF_8), value, EnrichTestDriver.T0));
    }
}
