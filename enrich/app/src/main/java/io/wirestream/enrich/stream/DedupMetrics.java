package io.wirestream.enrich.stream;

import java.util.EnumMap;
import java.util.Map;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.ProcessorContext;

/**
 * Verdict counts in Kafka Streams' own metrics registry (so JMX and {@code KafkaStreams#metrics()} show them):
 * group {@code stream-wirestream-dedup-metrics}, metrics {@code <verdict>-total} and {@code <verdict>-rate},
 * tagged with the task.
 */
final class DedupMetrics {

    static final String SCOPE = "wirestream-dedup";

    enum Verdict {
        REDELIVERY, EXACT, NEAR, UNIQUE, REVISION;

        String operation() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Map<Verdict, Sensor> sensors = new EnumMap<>(Verdict.class);

    DedupMetrics(ProcessorContext<?, ?> context, Verdict... counted) {
        for (Verdict verdict : counted) {
            sensors.put(verdict, context.metrics().addRateTotalSensor(SCOPE, "task-" + context.taskId(),
                    verdict.operation(), Sensor.RecordingLevel.INFO));
        }
    }

    void count(Verdict verdict) {
        sensors.get(verdict).record();
    }
}
