package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.Topic;
import io.wirestream.registry.RegistryWait;
import io.wirestream.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.StreamPartitioner;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology. Per articles.raw partition: decode, cleanup, and the first half of dedup (analyse, park the
 * article, send its signature); one judging task for the whole stream: the dedup core over every partition's
 * signatures in one order; per partition again: the article meets its verdict, then tagging and output.
 *
 * <pre>
 *  articles.raw[p] ─► decode ─► cleanup ─► dedup-sign ──(signature, ~200 B)──┐   dedup-waiting[p]: the article
 *                       └──(lane report)──────────────────────────────────────┤
 *                                                     dedup-signatures (1 partition)
 *                                                                             ▼
 *                                          dedup-judge: Sequencer + Deduplicator, changelogged stores
 *                                                                             │ verdict, to partition p
 *                                                       dedup-verdicts (as many partitions as articles.raw)
 *                                                                             ▼
 *  articles.enriched ◄─ output ◄─ tagging ◄─ unique ─ dedup-verdict[p] ─ duplicate ─► articles.duplicates
 * </pre>
 * Every stage may also send to articles.dlq. Built with the DSL so Kafka Streams creates and sizes the internal
 * topics; each stage is a processor that forwards to its children by name ({@link Routes}). docs/dedup.md
 * explains the design and its figures.
 */
public final class EnrichTopology {

    /** How often every partition reports to the judging task even when idle (a silence longer than this is not). */
    public static final long LANE_KEEPALIVE_MS = DecodeProcessor.KEEPALIVE_MS;

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, EnrichmentStages stages, EnrichSettings settings, Clock clock) {
        DedupConfig dedup = settings.dedup();
        ArticleAnalyser analyser = new ArticleAnalyser(dedup);
        Wiring w = new Wiring(new StreamsBuilder(), topics);
        // no record cache: a parked article is written once and deleted a commit or more later, so caching never
        // coalesces its writes, and its ~15 KB values would only churn the cache the judging task's stores use
        w.builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Routes.WAITING_STORE),
                Serdes.Bytes(), Serdes.ByteArray()).withCachingDisabled());
        for (String store : new String[] {Routes.ARTICLES_STORE, Routes.ORIGINALS_STORE, Routes.BANDS_STORE,
                Routes.EXPIRY_STORE}) {
            w.store(Stores.persistentKeyValueStore(store));
        }
        // small: signatures wait only until every partition has moved past them
        w.store(Stores.inMemoryKeyValueStore(Routes.SEQUENCER_WAITING_STORE));
        w.store(Stores.inMemoryKeyValueStore(Routes.SEQUENCER_LANES_STORE));

        KStream<byte[], byte[]> raw = w.builder.stream(topics.raw().name(),
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(Routes.SOURCE));
        KStream<Object, Object> decoded = w.stage(raw, Routes.DECODE,
                () -> new DecodeProcessor(topics.raw().valueSerde().deserializer(), settings.maxRecordBytes(),
                        settings.reportInterval(), settings.progress(), new RegistryWait(settings.registryWait(),
                                DecodeProcessor.REGISTRY_FIRST_PAUSE, DecodeProcessor.REGISTRY_MAX_PAUSE)));
        KStream<Object, Object> cleaned = w.stage(decoded, Routes.CLEANUP,
                () -> new TransformStage(Stage.CLEANUP, Routes.CLEANUP, Routes.DEDUP_SIGN, stages::clean));
        KStream<Object, Object> signed = w.stage(cleaned, Routes.DEDUP_SIGN, () -> new DedupSignProcessor(analyser),
                Routes.WAITING_STORE);

        // every partition's signatures and reports into one single-partition topic, read by one judging task
        KStream<Integer, byte[]> signatures = w.passThrough(decoded, Routes.TO_REPORTS)
                .merge(w.passThrough(signed, Routes.TO_SIGNATURES), Named.as("dedup-signatures-merge"))
                .repartition(Repartitioned.with(Serdes.Integer(), Serdes.ByteArray())
                        .withName(Routes.SIGNATURES_TOPIC).withNumberOfPartitions(1));
        KStream<Object, Object> judged = w.stage(signatures, Routes.DEDUP_JUDGE,
                () -> new DedupJudgeProcessor(dedup, settings.rawPartitions(), settings.laneSilence(),
                        settings.progress(), settings.arrivalGrace()),
                Routes.JUDGE_STORES);

        // each verdict back to the partition its article waits on (the key is that partition)
        KStream<Integer, byte[]> verdicts = w.passThrough(judged, Routes.TO_VERDICTS)
                .repartition(Repartitioned.with(Serdes.Integer(), Serdes.ByteArray()).withName(Routes.VERDICTS_TOPIC)
                        .withNumberOfPartitions(settings.rawPartitions()).withStreamPartitioner(new ToItsPartition()));
        KStream<Object, Object> met = w.stage(verdicts, Routes.DEDUP_VERDICT,
                () -> new DedupVerdictProcessor(topics.raw().name()), Routes.WAITING_STORE);
        w.duplicates(met, Routes.DEDUP_VERDICT);

        KStream<Object, Object> tagged = w.stage(met, Routes.TAGGING,
                () -> new TransformStage(Stage.TAGGING, Routes.TAGGING, Routes.OUTPUT, stages::tag));
        KStream<Object, Object> output = w.stage(tagged, Routes.OUTPUT, () -> new OutputProcessor(stages, clock));
        w.sink(output, topics.enriched(), Routes.ENRICHED_SINK);
        return w.builder.build();
    }

    /** Routes a verdict to the partition named by its key: the articles.raw partition its article waits on. */
    static final class ToItsPartition implements StreamPartitioner<Integer, byte[]> {
        @Override
        public Optional<Set<Integer>> partitions(String topic, Integer partition, byte[] value, int numPartitions) {
            if (partition == null || partition < 0 || partition >= numPartitions) {
                throw new IllegalStateException("verdict for partition " + partition + " of " + numPartitions
                        + ": articles.raw has more partitions than " + topic + " (reset the application after adding "
                        + "partitions: docs/dedup.md)");
            }
            return Optional.of(Set.of(partition));
        }
    }

    /** The DSL plumbing: stage nodes with their dead-letter sinks, duplicate sinks, named pass-throughs. */
    private static final class Wiring {

        final StreamsBuilder builder;
        final Topics topics;

        Wiring(StreamsBuilder builder, Topics topics) {
            this.builder = builder;
            this.topics = topics;
        }

        void store(KeyValueBytesStoreSupplier supplier) {
            builder.addStateStore(Stores.keyValueStoreBuilder(supplier, Serdes.Bytes(), Serdes.ByteArray())
                    .withCachingEnabled());
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
            stage.to(topic.name(), (Produced) Produced.with(topic.keySerde(), topic.valueSerde()).withName(name));
        }

        /** The records a stage forwards to the node {@code name}, typed for an internal topic. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        KStream<Integer, byte[]> passThrough(KStream<Object, Object> stage, String name) {
            return (KStream) stage.mapValues(v -> v, Named.as(name));
        }
    }

    /**
     * The settings the topology itself needs (the rest is Kafka Streams configuration).
     *
     * @param maxRecordBytes raw records above this are dead-lettered
     * @param dedup          the dedup core's settings (retention, thresholds, banding, bucket cap)
     * @param rawPartitions  partitions of articles.raw: the lanes the judging task waits for, and the partitions of
     *                       the verdict topic, so a change needs a reset ({@code docs/dedup.md})
     * @param progress       the broker's end offsets of articles.raw and the application's committed offsets
     * @param reportInterval how often (wall clock) each partition reports its progress to the judging task
     * @param laneSilence    how long a partition may say nothing before the judging task goes on without it
     * @param arrivalGrace   how long after an article's ingest time the end offsets are trusted to hold every
     *                       article that arrived before it
     */
    public record EnrichSettings(long maxRecordBytes, DedupConfig dedup, int rawPartitions, InputProgress progress,
                                 Duration reportInterval, Duration laneSilence, Duration arrivalGrace,
                                 Duration registryWait) {

        public EnrichSettings {
            if (rawPartitions < 1) {
                throw new IllegalArgumentException("articles.raw needs at least one partition, got " + rawPartitions);
            }
        }

        /** One partition, default dedup settings, progress unknown: for tests. */
        public EnrichSettings(long maxRecordBytes, DedupConfig dedup) {
            this(maxRecordBytes, dedup, 1, InputProgress.UNKNOWN, Duration.ofMillis(200), Duration.ofSeconds(60),
                    Duration.ofSeconds(1), Duration.ZERO);
        }
    }
}
