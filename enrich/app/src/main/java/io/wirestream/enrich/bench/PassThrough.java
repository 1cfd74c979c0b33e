package io.wirestream.enrich.bench;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.ServiceOptions;
import io.wirestream.schemas.Topics;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The reference enrich is measured against ({@code ./wirestream bench}): the smallest exactly-once Kafka Streams
 * application over the same input. It copies articles.raw unchanged, as bytes (no registry, no decoding), to
 * {@value #TOPIC}, with enrich's processing guarantee and commit interval, so the gap between the two is what
 * enrich's own work costs on this broker and machine. It runs until its group has committed the end offsets
 * articles.raw had when it started (or until stopped), prints one line with records and seconds, and exits.
 */
@Command(name = "passthrough", mixinStandardHelpOptions = true,
        description = "Benchmark reference: copies articles.raw unchanged to " + PassThrough.TOPIC + " with Kafka "
                + "Streams (exactly_once_v2, commit interval 200 ms like enrich) until it has committed the end offsets "
                + "articles.raw had at its start; prints records and seconds, then exits.")
public final class PassThrough implements Callable<Integer> {

    /** Where the copies go (after {@code topics.prefix}). Not part of the topic contract: nothing reads it. */
    public static final String TOPIC = "bench.passthrough";

    private static final Duration LOOK_EVERY = Duration.ofMillis(100);

    @picocli.CommandLine.Mixin
    ServiceOptions options;

    @Option(names = "--application-id", required = true, paramLabel = "ID",
            description = "Kafka Streams application.id (and consumer group); a fresh one reads articles.raw from the start")
    String applicationId;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "give up after this long (default: ${DEFAULT-VALUE})")
    Duration timeout = Duration.ofMinutes(10);

    @Override
    public Integer call() throws InterruptedException {
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        ServiceConfig config = options.config();
        String prefix = config.get(CommonFields.TOPIC_PREFIX);
        String source = prefix + Topics.RAW;
        String target = prefix + TOPIC;
        try (Admin admin = Admin.create(config.kafkaProperties())) {
            Map<TopicPartition, Long> ends = offsets(admin, source, OffsetSpec.latest());
            Map<TopicPartition, Long> from = startPositions(admin, ends.keySet(), offsets(admin, source, OffsetSpec.earliest()));
            long records = 0;
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                records += Math.max(0, end.getValue() - from.get(end.getKey()));
            }
            ensureTopic(admin, target, ends.size(), config.get(CommonFields.TOPIC_REPLICATION).shortValue());

            AtomicLong firstRecordNanos = new AtomicLong();
            AtomicLong copied = new AtomicLong();
            KafkaStreams streams = new KafkaStreams(topology(source, target, firstRecordNanos, copied),
                    streamsProperties(config, applicationId));
            CountDownLatch stop = new CountDownLatch(1);
            CountDownLatch finished = new CountDownLatch(1);
            Thread hook = new Thread(() -> {
                stop.countDown();
                try {
                    finished.await(40, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "passthrough-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                long deadline = System.nanoTime() + timeout.toNanos();
                streams.start();
                String failure = null;
                while (records > 0 && !caughtUp(committed(admin), ends)) {
                    KafkaStreams.State state = streams.state();
                    if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING) {
                        failure = "Kafka Streams stopped (state " + state + ")";
                    } else if (System.nanoTime() > deadline) {
                        failure = "not caught up after " + timeout;
                    }
                    if (failure != null || stop.await(LOOK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
                        break;
                    }
                }
                long doneNanos = System.nanoTime();
                long doneMillis = System.currentTimeMillis();
                streams.close(Duration.ofSeconds(30));
                if (failure != null || stop.getCount() == 0) {
                    System.out.printf(Locale.ROOT, "passthrough: %s after %d of %d records copied, %.3f s from JVM start%n",
                            failure != null ? "gave up: " + failure : "stopped", copied.get(), records,
                            (doneMillis - jvmStartMillis) / 1e3);
                    return failure != null ? 1 : 0;
                }
                System.out.println(resultLine(records, (doneMillis - jvmStartMillis) / 1e3,
                        firstRecordNanos.get() == 0 ? -1 : (doneNanos - firstRecordNanos.get()) / 1e9));
                return 0;
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running: it waits for `finished`, counted down above
                }
            }
        }
    }

    /**
     * The line the benchmark reads: records, seconds from JVM start to caught up (committed), and seconds from the
     * first record copied to caught up (-1: none copied).
     */
    static String resultLine(long records, double secondsFromJvmStart, double secondsFromFirstRecord) {
        String line = String.format(Locale.ROOT, "passthrough: %d records in %.3f s from JVM start (%.0f records/s)",
                records, secondsFromJvmStart, records / secondsFromJvmStart);
        if (secondsFromFirstRecord > 0) {
            line += String.format(Locale.ROOT, ", %.3f s from its first record (%.0f records/s)", secondsFromFirstRecord,
                    records / secondsFromFirstRecord);
        }
        return line;
    }

    static Topology topology(String source, String target, AtomicLong firstRecordNanos, AtomicLong copied) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(source, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .peek((key, value) -> {
                    if (copied.getAndIncrement() == 0) {
                        firstRecordNanos.set(System.nanoTime());
                    }
                })
                .to(target, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return builder.build();
    }

    /**
     * Every kafka.* key, as for enrich; the application id from the command line; enrich's guarantee always (the
     * reference is only one with it), and enrich's default commit interval and producer batch size unless
     * kafka.commit.interval.ms or kafka.batch.size is set, which then applies to both alike.
     */
    static Properties streamsProperties(ServiceConfig config, String applicationId) {
        Properties properties = config.kafkaProperties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200"); // as EnrichService.streamsProperties
        io.wirestream.enrich.EnrichService.optInGlobalProcessingHandler(properties);
        io.wirestream.enrich.EnrichService.producerBatching(properties); // enrich's batching, or the user's alike
        return properties;
    }

    private Map<TopicPartition, OffsetAndMetadata> committed(Admin admin) throws InterruptedException {
        try {
            return admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return Map.of(); // not caught up, then; the next look asks again
        }
    }

    /** Where a fresh group starts (the earliest offset) or where this application id left off. */
    private Map<TopicPartition, Long> startPositions(Admin admin, java.util.Set<TopicPartition> partitions,
                                                     Map<TopicPartition, Long> earliest) throws InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> committed = committed(admin);
        Map<TopicPartition, Long> from = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            from.put(partition, Math.max(earliest.getOrDefault(partition, 0L), done == null ? 0 : done.offset()));
        }
        return from;
    }

    static boolean caughtUp(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            if (end.getValue() > 0 && (done == null || done.offset() < end.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, String topic, OffsetSpec spec) {
        try {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                    .partitions().size();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(topic, p), spec);
            }
            Map<TopicPartition, Long> offsets = new HashMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(30, TimeUnit.SECONDS).forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the offsets of " + topic + ": " + e.getCause().getMessage(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot read the offsets of " + topic + ": the cluster did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the offsets of " + topic, e);
        }
    }

    private static void ensureTopic(Admin admin, String topic, int partitions, short replication)
            throws InterruptedException {
        try {
            admin.createTopics(List.of(new NewTopic(topic, partitions, replication))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create " + topic + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create " + topic + ": the cluster did not answer", e);
        }
    }
}
