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

        for (String store : new String[] {Routes.SEEN_IDS_STORE, Routes.FINGERPRINT_STORE, Routes.BAND_STORE, Routes.ARTICLE_STORE,
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
        KStream<Object, Object> routed = w.stage(cleaned, Routes.DEDUP_ROUTE,
                () -> new DedupRouteProcessor(stages, analyser));

        // exact: every copy of one content meets on the partition owning its fingerprint
        KStream<Object, Object> exact = w.stage(
                w.repartition(routed, Routes.TO_FINGERPRINT, Routes.BY_FINGERPRINT_TOPIC, Serdes.String()),
                Routes.DEDUP_EXACT, () -> new ExactDedupProcessor(analyser, retention), Routes.FINGERPRINT_STORE);

        // near: band keys to the partitions owning them; candidates verified where their sketch lives
        KStream<Object, Object> bands = w.stage(
                w.repartition(exact, Routes.TO_BANDS, Routes.BY_BAND_TOPIC, Serdes.Integer()),
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
     */
    public record EnrichSettings(Duration retention, long maxRecordBytes, DedupConfig dedup) {

        public EnrichSettings(Duration retention, long maxRecordBytes) {
            this(retention, maxRecordBytes, DedupConfig.defaults());
        }
    }
}
