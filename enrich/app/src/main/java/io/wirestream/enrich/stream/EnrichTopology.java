package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology: articles.raw -> decode -> redelivery -> cleanup -> dedup -> tagging -> output ->
 * articles.enriched; every stage may also send to articles.dlq, and the dedup stages to articles.duplicates.
 */
public final class EnrichTopology {

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, EnrichmentStages stages, EnrichSettings settings, Clock clock) {
        Topology topology = new Topology();
        topology.addSource(Routes.SOURCE, Serdes.ByteArray().deserializer(), Serdes.ByteArray().deserializer(),
                topics.raw().name());
        topology.addProcessor(Routes.DECODE,
                () -> new DecodeProcessor(topics.raw().valueSerde().deserializer(), settings.maxRecordBytes()),
                Routes.SOURCE);
        topology.addProcessor(Routes.REDELIVERY, () -> new RedeliveryProcessor(settings.retention()), Routes.DECODE);
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Routes.SEEN_IDS_STORE),
                Serdes.String(), Serdes.Long()), Routes.REDELIVERY);
        topology.addProcessor(Routes.CLEANUP,
                () -> new TransformStage(Stage.CLEANUP, Routes.DEDUP, stages::clean), Routes.REDELIVERY);
        topology.addProcessor(Routes.DEDUP,
                () -> new TransformStage(Stage.DEDUP, Routes.TAGGING, stages::fingerprint), Routes.CLEANUP);
        topology.addProcessor(Routes.TAGGING,
                () -> new TransformStage(Stage.TAGGING, Routes.OUTPUT, stages::tag), Routes.DEDUP);
        topology.addProcessor(Routes.OUTPUT, () -> new OutputProcessor(stages, clock), Routes.TAGGING);

        topology.addSink(Routes.ENRICHED_SINK, topics.enriched().name(), topics.enriched().keySerde().serializer(),
                topics.enriched().valueSerde().serializer(), Routes.OUTPUT);
        topology.addSink(Routes.DUPLICATES_SINK, topics.duplicates().name(),
                topics.duplicates().keySerde().serializer(), topics.duplicates().valueSerde().serializer(),
                Routes.REDELIVERY, Routes.DEDUP);
        topology.addSink(Routes.DEAD_LETTER_SINK, topics.deadLetters().name(),
                topics.deadLetters().keySerde().serializer(), topics.deadLetters().valueSerde().serializer(),
                Routes.DECODE, Routes.REDELIVERY, Routes.CLEANUP, Routes.DEDUP, Routes.TAGGING, Routes.OUTPUT);
        return topology;
    }

    /** The settings the topology itself needs (the rest is Kafka Streams configuration). */
    public record EnrichSettings(Duration retention, long maxRecordBytes) {
    }
}
