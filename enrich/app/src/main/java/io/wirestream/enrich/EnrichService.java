package io.wirestream.enrich;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ConfigException;
import io.wirestream.schemas.ConsumerGroups;
import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.failure.FailureKind;
import io.wirestream.enrich.failure.OutageBackoff;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.recovery.UncleanStopState;
import io.wirestream.enrich.stream.EnrichTopology;
import io.wirestream.enrich.stream.InputProgress;
import io.wirestream.schemas.RecordLimits;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import io.wirestream.tagging.EntityTagger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.processor.UsePartitionTimeOnInvalidTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enrich Kafka Streams application: builds the topology from a configuration and runs it. */
public final class EnrichService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);

    /** How long a start waits for a cluster that is away (restarting) before it gives up. */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(5);

    private final ServiceConfig config;
    private final AdminInputProgress progress;
    private final KafkaStreams streams;

    public EnrichService(ServiceConfig config) {
        this.config = config;
        Topics topics = Topics.from(config);
        Properties streamsProperties = streamsProperties(config);
        // the stages (rules, knowledge base) load while the cluster is asked for topics: a restart resumes sooner
        CompletableFuture<EnrichmentStages> stages = CompletableFuture.supplyAsync(() -> stages(config));
        int partitions = prepareTopics(config, topics);
        this.progress = new AdminInputProgress(Admin.create(config.kafkaProperties()), topics.raw().name(),
                streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG), partitions,
                config.get(EnrichFields.LANE_REPORT_INTERVAL));
        StreamsConfig streamsConfig = new StreamsConfig(streamsProperties);
        warnIfSilenceWithinTaskTimeout(config, streamsConfig);
        UncleanStopState.clear(Path.of(streamsConfig.getString(StreamsConfig.STATE_DIR_CONFIG)),
                streamsProperties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG));
        this.streams = new KafkaStreams(buildTopology(config, topics, partitions, progress, joined(stages)),
                streamsProperties);
        OutageBackoff backoff = new OutageBackoff(Duration.ofSeconds(1), config.get(EnrichFields.OUTAGE_BACKOFF_MAX),
                Duration.ofMinutes(5), Clock.systemUTC());
        streams.setUncaughtExceptionHandler(error -> {
            // processors dead-letter bad records themselves; what arrives here is an outage or infrastructure trouble,
            // and the new thread reads again from the last commit: nothing is lost or dead-lettered
            if (FailureKind.of(error) == FailureKind.OUTAGE) {
                Duration wait = backoff.nextWait();
                log.warn("schema registry unavailable: {}; the stream thread restarts from its last commit in {} s "
                        + "(nothing is dead-lettered for an outage)", rootMessage(error), wait.toSeconds());
                sleep(wait);
            } else {
                log.error("stream thread failed; replacing it", error);
            }
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    private static String rootMessage(Throwable error) {
        return io.wirestream.registry.SchemaRegistryException.transientCause(error).map(Throwable::getMessage)
                .orElse(String.valueOf(error));
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Creates the topics when {@code topics.create} is on, and returns the partition count of articles.raw: the
     * dedup judging task waits for that many partitions and sends verdicts back to them, so the topology is built
     * for the count the broker has.
     */
    static int prepareTopics(ServiceConfig config, Topics topics) {
        String raw = topics.raw().name();
        long deadline = System.nanoTime() + STARTUP_WAIT.toNanos();
        long pause = 1_000;
        while (true) {
            try (Admin admin = Admin.create(config.kafkaProperties())) {
                if (config.get(CommonFields.CREATE_TOPICS)) {
                    TopicCreator.ensure(admin, topics.all());
                }
                return admin.describeTopics(List.of(raw)).allTopicNames().get(60, TimeUnit.SECONDS).get(raw)
                        .partitions().size();
            } catch (ExecutionException | RuntimeException e) {
                Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
                boolean passing = cause instanceof RetriableException
                        || cause instanceof IllegalStateException && (cause.getCause() instanceof RetriableException
                        || cause.getCause() instanceof TimeoutException);
                if (!passing || System.nanoTime() + pause * 1_000_000 > deadline) {
                    throw new IllegalStateException("cannot read the partitions of " + raw + ": " + cause.getMessage()
                            + (config.get(CommonFields.CREATE_TOPICS) ? "" : " (topics.create is off: create it first)"),
                            cause);
                }
                // a broker restarting, or a topic just created and not yet everywhere: wait, as for any outage
                log.warn("cannot read the partitions of {} yet ({}); trying again in {} s", raw, cause.getMessage(),
                        pause / 1000);
            } catch (TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("cannot read the partitions of " + raw
                            + ": the Kafka cluster did not answer in " + STARTUP_WAIT.toMinutes() + " min", e);
                }
                log.warn("the Kafka cluster did not answer in 60 s; trying again");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the partitions of " + raw, e);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the partitions of " + raw, e);
            }
            pause = Math.min(pause * 2, 15_000);
        }
    }

    /** The topology for a configuration: the cores configured from it, wired as {@link EnrichTopology}. */
    public static Topology buildTopology(ServiceConfig config, Topics topics, int rawPartitions,
                                         InputProgress progress) {
        return buildTopology(config, topics, rawPartitions, progress, stages(config));
    }

    /** The cleanup and tagging stages a configuration asks for (loads the rules and the knowledge base). */
    static EnrichmentStages stages(ServiceConfig config) {
        return new EnrichmentStages(CleanupFields.cleaner(config),
                EntityTagger.create(TaggingFields.knowledgeBase(config)));
    }

    /** The stages built on another thread, with a failure (a broken knowledge base) thrown as it was raised. */
    private static EnrichmentStages joined(CompletableFuture<EnrichmentStages> stages) {
        try {
            return stages.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static Topology buildTopology(ServiceConfig config, Topics topics, int rawPartitions,
                                          InputProgress progress, EnrichmentStages stages) {
        Duration silence = config.get(EnrichFields.LANE_SILENCE);
        if (silence.toMillis() < 2 * EnrichTopology.LANE_KEEPALIVE_MS) {
            throw new ConfigException(EnrichFields.LANE_SILENCE.name() + " is " + silence + ": it must be at "
                    + "least twice the " + EnrichTopology.LANE_KEEPALIVE_MS / 1000 + " s in which every partition reports "
                    + "even when idle, or live partitions would be taken for gone");
        }
        return EnrichTopology.build(topics, stages, new EnrichTopology.EnrichSettings(
                config.get(EnrichFields.MAX_RECORD_BYTES), DedupFields.config(config), rawPartitions, progress,
                config.get(EnrichFields.LANE_REPORT_INTERVAL), config.get(EnrichFields.LANE_SILENCE),
                config.get(EnrichFields.ARRIVAL_GRACE), config.get(EnrichFields.REGISTRY_WAIT)),
                Clock.systemUTC());
    }

    /**
     * A task retrying one record through an outage says nothing for up to task.timeout.ms: a lane silence no longer
     * than that takes a live partition for gone, and its articles are judged late.
     */
    private static void warnIfSilenceWithinTaskTimeout(ServiceConfig config, StreamsConfig streams) {
        Duration silence = config.get(EnrichFields.LANE_SILENCE);
        long taskTimeout = streams.getLong(StreamsConfig.TASK_TIMEOUT_MS_CONFIG);
        if (silence.toMillis() <= taskTimeout) {
            log.warn("{} is {}, not longer than task.timeout.ms ({} ms), for which Kafka Streams retries a task's "
                    + "record through an outage: a partition blocked that long is taken for gone and its articles are "
                    + "judged late (docs/dedup.md, \"Order\")", EnrichFields.LANE_SILENCE.name(), silence, taskTimeout);
        }
    }

    /**
     * Kafka Streams settings: every kafka.* key, with our defaults where the user set nothing.
     */
    static Properties streamsProperties(ServiceConfig config) {
        Properties properties = config.kafkaProperties();
        properties.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, ConsumerGroups.ENRICH);
        properties.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200");
        // an article of RecordLimits' size must fit the output topics and the parked article's changelog
        String maxBytes = Integer.toString(RecordLimits.MAX_MESSAGE_BYTES);
        properties.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxBytes);
        properties.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), maxBytes);
        producerBatching(properties);
        // static membership: a restarted instance takes its tasks back at once instead of after the session timeout
        // (Streams adds the thread's index to the id)
        CommonFields.groupInstanceId(config, "enrich").ifPresent(id -> properties.putIfAbsent(
                StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), id));
        // a record with a negative timestamp takes its partition's time instead of failing the thread (which,
        // replaced, would fail on the same record again)
        optInGlobalProcessingHandler(properties);
        properties.putIfAbsent(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG,
                UsePartitionTimeOnInvalidTimestamp.class.getName());
        // articles.raw is read as bytes and decoded by a processor (bad records are dead-lettered there); only the
        // dedup stage's internal topics have typed keys, and a damaged one must cost that record, not the thread
        properties.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        return properties;
    }

    /**
     * Producer batches of 256 KiB unless the user set {@code batch.size}: with the default 16 KiB, every article (5-20
     * KB on the output, in the parked article's changelog) fills a batch alone, and each full batch costs a wake-up
     * of the sender thread (a system call) and an entry in a produce request for the broker to handle. Measured
     * with {@code ./wirestream bench} (docs/benchmarks.md): enrich 10-25 % faster over a backlog; the pass-through
     * reference takes the same setting.
     */
    public static void producerBatching(Properties properties) {
        if (!properties.containsKey(ProducerConfig.BATCH_SIZE_CONFIG)) {
            properties.putIfAbsent(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), "262144");
        }
    }

    /**
     * Opts in to the processing exception handler for global state (we have none; it is the Kafka 5.0 default), so
     * Streams does not warn "Processing exception handler is not enabled for the GlobalThread". It warns for every
     * StreamsConfig built from a map without the key, and the partition assignor builds one from the main consumer's
     * settings, which carry only the {@code main.consumer.}-prefixed keys of Streams' own: hence both keys. The
     * constant is deprecated in Kafka 4.3 because 5.0 makes the behaviour the only one; hence the suppression.
     */
    @SuppressWarnings("deprecation")
    public static void optInGlobalProcessingHandler(Properties properties) {
        properties.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        properties.putIfAbsent(StreamsConfig.mainConsumerPrefix(
                StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG), "true");
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Runs until the JVM is asked to stop (Ctrl-C, SIGTERM), then closes cleanly. */
    public void runUntilShutdown() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close();
            latch.countDown();
        }, "enrich-shutdown"));
        start();
        log.info("enrich running (application.id={})", streamsProperties(config).get(StreamsConfig.APPLICATION_ID_CONFIG));
        latch.await();
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        progress.close();
    }
}
