package io.wirestream.enrich.failure;

import io.wirestream.registry.SchemaRegistryException;
import java.util.List;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.TaskCorruptedException;
import org.apache.kafka.streams.errors.TaskMigratedException;

/**
 * Whose fault a failure in a stage is. Only a record's own fault may send it to the dead-letter topic: an outage
 * (the registry unreachable) or Kafka Streams' own trouble (a task migrated or corrupted during a broker restart, a
 * fenced producer) says nothing about the record, and dead-lettering it would lose a good article for ever under
 * at-least-once (under exactly-once the aborted transaction merely hides the mistake).
 */
public enum FailureKind {
    /** The record itself is bad: dead-letter it and go on. */
    RECORD,
    /** A service we depend on is down: wait it out, the record is read again. */
    OUTAGE,
    /** Kafka or Kafka Streams trouble: let Streams handle it (abort, rebalance, restore). */
    INFRASTRUCTURE;

    private static final List<Class<? extends Throwable>> INFRASTRUCTURE_ERRORS = List.of(
            TaskCorruptedException.class, TaskMigratedException.class, ProcessorStateException.class,
            ProducerFencedException.class, InvalidProducerEpochException.class, OutOfOrderSequenceException.class,
            TimeoutException.class, InterruptException.class, AuthenticationException.class,
            AuthorizationException.class);

    /** Classifies by the whole cause chain: a registry outage wrapped in a serializer's exception is still one. */
    public static FailureKind of(Throwable error) {
        if (SchemaRegistryException.transientCause(error).isPresent()) {
            return OUTAGE;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : INFRASTRUCTURE_ERRORS) {
                if (type.isInstance(t)) {
                    return INFRASTRUCTURE;
                }
            }
        }
        return RECORD;
    }
}
