package io.wirestream.enrich.failure;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.RegistryWait;
import io.wirestream.registry.SchemaRegistryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.errors.TaskMigratedException;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class FailureKindTest {

    private static SchemaRegistryException registry(int status) {
        return new SchemaRegistryException("registry said " + status, status, -1, null);
    }

    @Test
    void aTransientRegistryFailureAnywhereInTheChainIsAnOutage() {
        assertThat(FailureKind.of(registry(0))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(registry(503))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(registry(429))).isEqualTo(FailureKind.OUTAGE);
        assertThat(FailureKind.of(new StreamsException(new SerializationException("cannot get a schema id", registry(0)))))
                .isEqualTo(FailureKind.OUTAGE);
    }

    @Test
    void whatTheRegistryRefusesIsTheRecordsFault() {
        assertThat(FailureKind.of(new SerializationException("unknown writer schema id 7", registry(404))))
                .isEqualTo(FailureKind.RECORD);
        assertThat(FailureKind.of(new IllegalArgumentException("empty body"))).isEqualTo(FailureKind.RECORD);
        // a record our serializer cannot write is still that record's problem
        assertThat(FailureKind.of(new StreamsException(new SerializationException("bad union"))))
                .isEqualTo(FailureKind.RECORD);
    }

    @Test
    void kafkaStreamsOwnTroubleIsInfrastructure() {
        TaskId task = new TaskId(0, 1);
        assertThat(FailureKind.of(new TaskCorruptedException(java.util.Set.of(task))))
                .isEqualTo(FailureKind.INFRASTRUCTURE);
        assertThat(FailureKind.of(new TaskMigratedException("migrated"))).isEqualTo(FailureKind.INFRASTRUCTURE);
        assertThat(FailureKind.of(new StreamsException(new ProducerFencedException("fenced"))))
                .isEqualTo(FailureKind.INFRASTRUCTURE);
    }

    @Test
    void backoffDoublesToItsCapAndStartsOverAfterAQuietSpell() {
        Instant[] now = {Instant.parse("2026-01-01T00:00:00Z")};
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        OutageBackoff backoff = new OutageBackoff(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(5),
                clock);
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waits.add(backoff.nextWait().toSeconds());
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 5L, 5L);
        now[0] = now[0].plus(Duration.ofMinutes(6));
        assertThat(backoff.nextWait()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void registryWaitRetriesAnOutageWithinItsBudgetOnly() {
        List<Duration> slept = new ArrayList<>();
        RegistryWait wait = new RegistryWait(Duration.ofMillis(1_000), Duration.ofMillis(100), Duration.ofSeconds(1),
                slept::add);
        AtomicInteger calls = new AtomicInteger();
        String value = wait.call(() -> {
            if (calls.incrementAndGet() < 3) {
                throw registry(0);
            }
            return "read";
        }, "a record");
        assertThat(value).isEqualTo("read");
        assertThat(slept).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));

        calls.set(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wait.call(() -> {
            calls.incrementAndGet();
            throw registry(0);
        }, "a record")).isInstanceOf(SchemaRegistryException.class);
        assertThat(calls.get()).as("100+200+400 ms fit a 1 s budget, 800 more do not").isEqualTo(4);

        calls.set(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wait.call(() -> {
            calls.incrementAndGet();
            throw registry(404);
        }, "a record")).isInstanceOf(SchemaRegistryException.class);
        assertThat(calls.get()).as("a refusal is not retried").isEqualTo(1);
    }
}
