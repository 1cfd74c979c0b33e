package io.wirestream.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.EnrichFields;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich service killed with SIGKILL in the middle of a backlog (its own process, the jar as users run it), then
 * started again: every raw record still ends in exactly one outcome: nothing lost while parked or waiting for its
 * verdict, nothing doubled. Real KRaft broker, real Apicurio.
 */
class EnrichCrashIT {

    /** A bound for liveness, not a speed claim. */
    private static final Duration BOUND = Duration.ofSeconds(180);
    private static final int ORIGINALS = 1200;
    private static final int COPIES = 300;

    @Test
    void killingEnrichMidBacklogLosesAndDoublesNothing(@TempDir Path work) throws Exception {
        Path jar = Path.of("..", "enrich", "app", "target", "wirestream-enrich.jar").toAbsolutePath()
                .normalize();
        assumeTrue(Files.isRegularFile(jar), "needs the packaged enrich jar (the reactor's package phase makes it)");
        String run = "crash" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (ApicurioRegistryProcess registry = TestRegistry.start(work.resolve("registry"))) {
            Properties settings = new Properties();
            settings.setProperty("kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers());
            settings.setProperty("schema.registry.url", registry.registryUrl());
            settings.setProperty("kafka.application.id", "wirestream-enrich-" + run);
            settings.setProperty("kafka.state.dir", work.resolve("state").toString());
            settings.setProperty("topics.prefix", run + ".");
            settings.setProperty("topics.partitions", "4");
            settings.setProperty("instance.id", "crash-it");
            Path file = work.resolve("enrich.properties");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                settings.store(writer, null);
            }
            ServiceConfig config = ServiceConfig.builder("crash-it").fields(EnrichFields.ALL).file(file).build();
            Topics topics = Topics.from(config);
            try (Admin admin = Admin.create(config.kafkaProperties())) {
                TopicCreator.ensure(admin, topics.all());
            }
            produceBacklog(config, topics);

            Process first = start(jar, file, work.resolve("enrich-1.log"));
            try (Admin admin = Admin.create(config.kafkaProperties())) {
                // asked of the broker's committed end offsets, not by reading the topics: reading them takes long
                // enough for a fast enrich to finish the whole backlog before the kill
                TopicContents.awaitUntil("some outcomes before the kill", BOUND,
                        () -> committedEnd(admin, topics.enriched().name()) + committedEnd(admin,
                                topics.duplicates().name()) > 0, () -> "enrich log " + work.resolve("enrich-1.log"));
            } finally {
                first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close, transactions left open
                first.waitFor();
            }
            long atKill = outcomes(config, topics);
            System.out.printf("enrich killed with %d of %d outcomes written%n", atKill, ORIGINALS + COPIES);

            long restarted = System.nanoTime();
            Process second = start(jar, file, work.resolve("enrich-2.log"));
            try {
                TopicContents.awaitUntil("the first outcome after the restart", BOUND,
                        () -> outcomes(config, topics) > atKill, () -> "log " + work.resolve("enrich-2.log"));
                // a figure for docs/reliability.md (static membership: no wait for the session timeout), not a claim
                System.out.printf("enrich resumed output %d ms after its restart%n",
                        (System.nanoTime() - restarted) / 1_000_000);
                TopicContents.awaitUntil("an outcome for every raw record", BOUND,
                        () -> outcomes(config, topics) >= ORIGINALS + COPIES,
                        () -> outcomes(config, topics) + " outcomes; log " + work.resolve("enrich-2.log"));
                Thread.sleep(3000); // anything doubled would show by now: the second instance has gone quiet
                List<String> enriched = ids(config, topics.enriched().name());
                List<String> notices = ids(config, topics.duplicates().name());
                assertThat(atKill).as("outcomes when enrich was killed").isLessThan(ORIGINALS + COPIES);
                assertThat(enriched).hasSize(ORIGINALS).doesNotHaveDuplicates();
                assertThat(notices).hasSize(COPIES).doesNotHaveDuplicates();
                assertThat(new HashSet<>(enriched)).doesNotContainAnyElementsOf(notices);
                assertThat(TopicContents.readAll(config.kafkaProperties(), topics.deadLetters().name())).isEmpty();
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    /** Distinct stories, then exact copies of some of them under other ids, one partition each by key. */
    private static void produceBacklog(ServiceConfig config, Topics topics) throws Exception {
        Random random = new Random(20261202);
        List<RawArticle> articles = new ArrayList<>();
        Instant t0 = Instant.now().minus(Duration.ofHours(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        for (int i = 0; i < ORIGINALS; i++) {
            articles.add(article("o" + i, words(random), t0.plusSeconds(i)));
        }
        for (int i = 0; i < COPIES; i++) {
            RawArticle original = articles.get(i * 3);
            articles.add(article("c" + i, original.getBody().replace(" ", "  ") + "\nend of message",
                    t0.plusSeconds(ORIGINALS + i)));
        }
        Properties properties = config.kafkaProperties();
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (RawArticle a : articles) {
                byte[] value = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), a);
                producer.send(new ProducerRecord<>(topics.raw().name(), null, a.getPublishedAt().toEpochMilli(),
                        a.getId().getBytes(StandardCharsets.UTF_8), value));
            }
            producer.flush();
        }
    }

    private static RawArticle article(String id, String body, Instant published) {
        return RawArticle.newBuilder().setId(id).setSource("Crash Wire").setTitle("Title of " + id).setBody(body)
                .setPublishedAt(published).setIngestedAt(published.plusSeconds(1)).build();
    }

    /** About 120 random words: no two stories alike. */
    private static String words(Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 120; w++) {
            for (int c = 4 + random.nextInt(6); c > 0; c--) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(w % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    private static Process start(Path jar, Path config, Path log) throws Exception {
        return new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx384m",
                "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "stream", "--config", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The sum over a topic's partitions of the end offset a read_committed consumer sees. */
    private static long committedEnd(Admin admin, String topic) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get()
                    .values().stream().mapToLong(ListOffsetsResult.ListOffsetsResultInfo::offset).sum();
        } catch (Exception e) {
            return 0; // not answered this time: asked again
        }
    }

    private static long outcomes(ServiceConfig config, Topics topics) {
        return TopicContents.readAll(config.kafkaProperties(), topics.enriched().name()).size()
                + TopicContents.readAll(config.kafkaProperties(), topics.duplicates().name()).size()
                + TopicContents.readAll(config.kafkaProperties(), topics.deadLetters().name()).size();
    }

    private static List<String> ids(ServiceConfig config, String topic) {
        return TopicContents.readAll(config.kafkaProperties(), topic).stream()
                .map(ConsumerRecord::key).map(k -> new String(k, StandardCharsets.UTF_8)).toList();
    }
}
