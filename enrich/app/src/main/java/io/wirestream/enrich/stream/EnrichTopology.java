package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.match.NearMatchRule;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology: articles.raw -> decode -> redelivery -> cleanup -> dedup -> tagging -> output ->
 * articles.enriched; every stage may also send to articles.dlq, and the dedup stages to articles.duplicates.
 *
 * <p>Dedup runs across partitions (docs/dedup.md, "The stream topology as built"): the article is re-keyed by
 * content fingerprint (exact copies meet on one partition), its LSH band keys go to the partitions owning them,
 * candidates are verified on the partition owning the candidate, and the answers are gathered back by article
 * id. Built with the DSL so Kafka Streams creates and sizes the repartition topics (as many partitions as
 * articles.raw); each stage is still a processor that forwards to its children by name ({@link Routes}).
 */
public final class EnrichTopology {

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, EnrichmentStages stages, EnrichSettings settings, Clock clock) {
        DedupConfig dedup = settings.dedup();
        Retention retention = new Retention(settings.retention());
        ArticleAnalyser analyser = new ArticleAnalyser(dedup);
        NearMatchRule rule = new NearMatchRule(dedup);
        Wiring w = new Wiring(new StreamsBuilder(), topics);

        for (String store : new String[] {Routes.SEEN_IDS_STORE, Routes.ORDER_CLOCK_STORE, Routes.FINGERPRINT_STORE, Routes.BAND_STORE, Routes.ARTICLE_STORE,
                Routes.PENDING_STORE, Routes.PENDING_ARTICLE_STORE}) {
            w.store(store, Serdes.Bytes(), Serdes.ByteArray());
        }

        KStream<byte[], byte[]> raw = w.builder.stream(topics.raw().name(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(Routes.SOURCE));
        KStream<Object, Object> decoded = w.stage(raw, Routes.DECODE,
                () -> new DecodeProcessor(topics.raw().valueSerde().deserializer(), settings.maxRecordBytes()));
        KStream<Object, Object> fresh = w.stage(decoded, Routes.REDELIVERY,
                () -> new RedeliveryProcessor(settings.retention()), Routes.SEEN_IDS_STORE);
        w.duplicates(fresh, Routes.REDELIVERY);
        KStream<Object, Object> cleaned = w.stage(fresh, Routes.CLEANUP,
                () -> new TransformStage(Stage.CLEANUP, Routes.CLEANUP, Routes.DEDUP_ROUTE, stages::clean));
        int partitions = settings.rawPartitions();
        KStream<Object, Object> routed = w.stage(cleaned, Routes.DEDUP_ROUTE,
                () -> new DedupRouteProcessor(stages, analyser, partitions), Routes.ORDER_CLOCK_STORE);

        // exact: every copy of one content meets on the partition owning its fingerprint, in order time
        KStream<Object, Object> exact = w.stage(
                w.ordered(routed, Routes.TO_FINGERPRINT, Routes.BY_FINGERPRINT_TOPIC, Serdes.String(), partitions),
                Routes.DEDUP_EXACT, () -> new ExactDedupProcessor(analyser, retention), Routes.FINGERPRINT_STORE);

        // near: band keys to the partitions owning them, in order time; candidates verified where their sketch lives
        KStream<Object, Object> bands = w.stage(
                w.ordered(exact, Routes.TO_BANDS, Routes.BY_BAND_TOPIC, Serdes.Integer(), partitions),
                Routes.DEDUP_BANDS, () -> new BandProbeProcessor(dedup.bucketCap(), retention), Routes.BAND_STORE);
        KStream<Object, Object> verified = w.stage(
                w.repartition(exact, Routes.TO_ARTICLES, Routes.ARTICLES_TOPIC, Serdes.Long())
                        .merge(w.repartition(bands, Routes.TO_VERIFY, Routes.PROBES_TOPIC, Serdes.Long()),
                                Named.as("dedup-verify-inputs")),
                Routes.DEDUP_VERIFY, () -> new VerifyProcessor(rule, retention), Routes.ARTICLE_STORE);

        // gather: the article and every answer about it meet on the partition owning its id
        KStream<Object, Object> gathered = w.stage(
                w.repartition(exact, Routes.TO_PENDING, Routes.PENDING_TOPIC, Serdes.String())
                        .merge(w.repartition(bands, Routes.TO_BAND_DONE, Routes.BAND_DONE_TOPIC, Serdes.String()),
                                Named.as("dedup-gather-bands"))
                        .merge(w.repartition(verified, Routes.TO_ANSWERS, Routes.ANSWERS_TOPIC, Serdes.String()),
                                Named.as("dedup-gather-answers")),
                Routes.DEDUP_GATHER, () -> new GatherProcessor(retention), Routes.PENDING_STORE,
                Routes.PENDING_ARTICLE_STORE);
        w.duplicates(gathered, Routes.DEDUP_GATHER);

        KStream<Object, Object> tagged = w.stage(gathered, Routes.TAGGING,
                () -> new TransformStage(Stage.TAGGING, Routes.TAGGING, Routes.OUTPUT, stages::tag));
        KStream<Object, Object> output = w.stage(tagged, Routes.OUTPUT, () -> new OutputProcessor(stages, clock));
        w.sink(output, topics.enriched(), Routes.ENRICHED_SINK);
        return w.builder.build();
    }

    /** The DSL plumbing: stage nodes with their dead-letter sinks, duplicate sinks, named repartitions. */
    private static final class Wiring {

        final StreamsBuilder builder;
        final Topics topics;

        Wiring(StreamsBuilder builder, Topics topics) {
            this.builder = builder;
            this.topics = topics;
        }

        <K, V> void store(String name, Serde<K> keys, Serde<V> values) {
            builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), keys, values));
        }

        /** A stage processor named {@code node}, with its own sink to articles.dlq. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        <K, V> KStream<Object, Object> stage(KStream<?, ?> input, String node,
                                             ProcessorSupplier<K, V, Object, Object> processor, String... stores) {
            // the DSL types each edge; our stages route by child name and check their inputs themselves
            KStream<Object, Object> out = ((KStream) input).process(processor, Named.as(node), stores);
            sink(out, topics.deadLetters(), Routes.deadLetters(node));
            return out;
        }

        void duplicates(KStream<Object, Object> stage, String node) {
            sink(stage, topics.duplicates(), Routes.duplicates(node));
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        void sink(KStream<Object, Object> stage, Topic<?, ?> topic, String name) {
            stage.to(topic.name(), (Produced) produced(topic, name));
        }

        /**
         * The records a stage forwards to {@code passThrough}, through the internal topic {@code name} (bytes
         * values, keyed with {@code keys}); Kafka Streams creates it with as many partitions as its input.
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        <K> KStream<K, byte[]> repartition(KStream<Object, Object> stage, String passThrough, String name,
                                           Serde<K> keys) {
            KStream<K, byte[]> typed = (KStream) stage.mapValues(v -> v, Named.as(passThrough));
            return typed.repartition(Repartitioned.with(keys, Serdes.ByteArray()).withName(name));
        }

        /**
         * What a stage forwards to {@code passThrough-from-<i>}, through its own internal topic {@code name-from-<i>}
         * for each upstream partition {@code i}, merged again: the downstream task reads partition j of every one
         * of them and so takes their records in timestamp order ({@link OrderedTopics}).
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        <K> KStream<K, byte[]> ordered(KStream<Object, Object> stage, String passThrough, String name, Serde<K> keys,
                                       int partitions) {
            KStream<K, byte[]> merged = null;
            for (int i = 0; i < partitions; i++) {
                KStream<K, byte[]> typed = (KStream) stage.mapValues(v -> v, Named.as(Routes.from(passThrough, i)));
                KStream<K, byte[]> part = typed.repartition(Repartitioned.with(keys, Serdes.ByteArray())
                        .withName(Routes.from(name, i)).withStreamPartitioner(new OrderedTopics<>(keys.serializer())));
                merged = merged == null ? part : merged.merge(part, Named.as(Routes.from(name, i) + "-merge"));
            }
            return merged;
        }

        <K, V> Produced<K, V> produced(Topic<K, V> topic, String sink) {
            return Produced.with(topic.keySerde(), topic.valueSerde()).withName(sink);
        }
    }

    /**
     * The settings the topology itself needs (the rest is Kafka Streams configuration).
     *
     * @param retention      event time an article id, fingerprint, band entry or sketch is remembered
     * @param maxRecordBytes raw records above this are dead-lettered
     * @param dedup          the dedup core's settings (thresholds, banding, bucket cap)
     * @param rawPartitions  partitions of articles.raw: one ordered internal topic per partition feeds the exact
     *                       and band stages ({@link OrderedTopics}), so a change needs a rebuilt topology
     */
    public record EnrichSettings(Duration retention, long maxRecordBytes, DedupConfig dedup, int rawPartitions) {

        public EnrichSettings {
            if (rawPartitions < 1) {
                throw new IllegalArgumentException("articles.raw needs at least one partition, got " + rawPartitions);
            }
        }

        public EnrichSettings(Duration retention, long maxRecordBytes) {
            this(retention, maxRecordBytes, DedupConfig.defaults(), 1);
        }
    }
}
