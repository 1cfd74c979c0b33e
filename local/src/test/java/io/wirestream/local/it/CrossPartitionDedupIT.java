package io.wirestream.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.EnrichFields;
import io.wirestream.enrich.EnrichService;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.schemas.RecordLimits;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dedup across partitions and instances, on real parts: two enrich instances (one application id) share a
 * 4-partition articles.raw on the in-JVM KRaft broker, with the Apicurio registry process. Copies are produced
 * to other partitions than their originals, under other ids; then one instance is stopped and the survivor,
 * restoring that instance's stores from their changelogs, still catches copies of articles it never saw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossPartitionDedupIT {

    /** A bound for liveness (rebalances, restores), not a speed claim. */
    private static final Duration BOUND = Duration.ofSeconds(120);
    /**
     * Event times near now: the broker deletes records older than a topic's retention by their timestamps, and
     * the audit topic's retention would otherwise remove notices during the test. Verdicts use event time only.
     */
    private static final Instant T0 = Instant.now().minus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    private static final String STORY = "The regional council of Varnholt approved a plan on Tuesday to rebuild the "
            + "harbour bridge that collapsed during the storm in February. Engineers estimate the work will cost 48 "
            + "million crowns and take 30 months. Mayor Ilse Brandvik said ferries would carry commuters across the "
            + "estuary until the new span opens, and that 12 extra crossings a day would start next week. Fishermen "
            + "who lost moorings will receive compensation from a fund of 3 million crowns. Opposition members "
            + "criticised the timetable, arguing that repairs to the northern quay should come first, but the motion "
            + "passed with a clear majority after four hours of debate.";
    private static final String SECOND = "Archaeologists working near the village of Suomaa uncovered a wooden boat "
            + "buried in peat for roughly eleven centuries. The hull, nearly nine metres long, kept its oak planks and "
            + "iron rivets, which lets researchers study how shipwrights of the period joined timber. Museum staff "
            + "said 14 volunteers helped lift it in 2 days, and that it will stay in a conservation tank for 6 years "
            + "before it goes on display in the regional museum at Kelva, which expects 40,000 visitors a year.";

    private ApicurioRegistryProcess registry;
    private Topics topics;
    private ServiceConfig base;
    private EnrichService first;
    private EnrichService second;
    private String run;
    private Path work;

    @BeforeAll
    void start(@TempDir Path work) throws Exception {
        this.work = work;
        registry = TestRegistry.start(work.resolve("registry"));
        run = "xpd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        base = config(work, "shared");
        topics = Topics.from(base);
        try (Admin admin = Admin.create(base.kafkaProperties())) {
            TopicCreator.ensure(admin, topics.all());
        }
        first = new EnrichService(config(work, "first"));
        second = new EnrichService(config(work, "second"));
        first.start();
        second.start();
        awaitUntil("both instances running", () -> first.state() == KafkaStreams.State.RUNNING
                && second.state() == KafkaStreams.State.RUNNING);
    }

    private ServiceConfig config(Path work, String instance) {
        return config(work, instance, run);
    }

    private ServiceConfig config(Path work, String instance, String run) {
        return ServiceConfig.builder("dedup-it").fields(EnrichFields.ALL)
                .set("kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers())
                .set("schema.registry.url", registry.registryUrl())
                .set("kafka.application.id", "wirestream-enrich-" + run)
                .set("kafka.state.dir", work.resolve("streams-" + instance).toString())
                .set("kafka.num.standby.replicas", "0")
                // topics of their own: other integration tests share this broker and its fixed topic names
                .set(CommonFields.TOPIC_PREFIX.name(), run + ".")
                .set(CommonFields.TOPIC_PARTITIONS.name(), "4")
                .build();
    }

    @AfterAll
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {first, second, registry}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }

    @Test
    void copiesOnOtherPartitionsAreCaughtByTwoInstancesAndAfterOneIsLost() throws Exception {
        String orig = run + "-orig";
        String other = run + "-other";
        // originals on partitions 0 and 3; wait until they are through, so they are the earlier arrivals everywhere
        produce(orig, 0, "Varnholt Post", STORY, T0);
        produce(other, 3, "Museum News", SECOND, T0.plusSeconds(30));
        awaitUntil("both originals enriched", () -> enrichedIds().containsAll(List.of(orig, other)));

        String exact = run + "-exact";
        String near = run + "-near";
        String nearOther = run + "-near-other";
        produce(exact, 1, "Coast Wire", STORY.replace(" ", "  ") + "\nend of message", T0.plusSeconds(60));
        produce(near, 2, "Harbour FM", STORY + " Construction firms may submit bids until the end of May.",
                T0.plusSeconds(120));
        produce(nearOther, 0, "Kelva Today", "Museum officials confirmed on Friday: " + SECOND, T0.plusSeconds(150));
        awaitUntil("three notices", () -> notices().size() == 3);

        Map<String, DuplicateNotice> byId = byId(notices());
        assertThat(byId.get(exact).getKind()).isEqualTo(DuplicateKind.EXACT);
        assertThat(byId.get(exact).getDuplicateOf()).isEqualTo(orig);
        assertThat(byId.get(near).getKind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(byId.get(near).getDuplicateOf()).isEqualTo(orig);
        assertThat(byId.get(nearOther).getKind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(byId.get(nearOther).getDuplicateOf()).isEqualTo(other);
        assertThat(enrichedIds()).containsExactlyInAnyOrder(orig, other);

        // lose an instance: the survivor takes over every task, restoring the stores from their changelogs
        first.close();
        first = null;
        awaitUntil("the survivor running alone", () -> second.state() == KafkaStreams.State.RUNNING);
        String exactLater = run + "-exact-later";
        String nearLater = run + "-near-later";
        for (int partition = 0; partition < 4; partition++) {
            produce(exactLater + partition, partition, "Late Wire", "\u201C" + STORY + "\u201D", T0.plusSeconds(300));
        }
        produce(nearLater, 1, "Late Wire", SECOND + " The find was reported on Monday.", T0.plusSeconds(360));
        awaitUntil("eight notices", () -> notices().size() == 8);
        Map<String, DuplicateNotice> later = byId(notices());
        for (int partition = 0; partition < 4; partition++) {
            assertThat(later.get(exactLater + partition).getKind()).isEqualTo(DuplicateKind.EXACT);
            assertThat(later.get(exactLater + partition).getDuplicateOf()).isEqualTo(orig);
        }
        // the closest earlier version: the original, or the earlier copy that contains it
        assertThat(later.get(nearLater).getKind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(later.get(nearLater).getDuplicateOf()).isIn(other, nearOther);
        assertThat(enrichedIds()).containsExactlyInAnyOrder(orig, other);
    }

    /**
     * Replays over topics whose partitions hold very different backlogs: the originals sit behind 150 and 100
     * other articles on their partitions, their copies first on theirs. Read as they come, the copies would be
     * judged before their originals arrive and go on; merged in arrival order, they are caught as they are
     * offline. Three replays (fresh application ids, the same records) and the offline command over the articles
     * in arrival order give the same verdicts, and every raw record has exactly one outcome.
     */
    @Test
    void replaysOverUnevenBacklogsJudgeInArrivalOrderAsTheOfflineCommandDoes() throws Exception {
        java.util.Random random = new java.util.Random(20250310);
        List<Article> backlog = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            backlog.add(new Article("filler-a" + i, 0, "Filler", filler(random), T0.plusSeconds(i)));
        }
        backlog.add(new Article("orig", 0, "Varnholt Post", STORY, T0.plusSeconds(200)));
        backlog.add(new Article("exact", 1, "Coast Wire", STORY.replace(" ", "  "), T0.plusSeconds(201)));
        backlog.add(new Article("near", 1, "Harbour FM", STORY + " Construction firms may submit bids until the end of May.",
                T0.plusSeconds(202)));
        for (int i = 0; i < 100; i++) {
            backlog.add(new Article("filler-b" + i, 3, "Filler", filler(random), T0.plusSeconds(100 + i)));
        }
        backlog.add(new Article("other", 3, "Museum News", SECOND, T0.plusSeconds(250)));
        backlog.add(new Article("near-other", 2, "Kelva Today", "Museum officials confirmed on Friday: " + SECOND,
                T0.plusSeconds(251)));
        backlog.add(new Article("orig", 0, "Varnholt Post", STORY, T0.plusSeconds(260))); // a re-send

        List<java.util.Set<String>> verdicts = new java.util.ArrayList<>();
        for (int replay = 0; replay < 3; replay++) {
            verdicts.add(replay(run + "r" + replay, backlog));
        }
        java.util.Set<String> offline = offline(backlog);
        assertThat(offline).contains("exact EXACT orig", "near NEAR orig", "near-other NEAR other",
                "orig REDELIVERY orig");
        assertThat(verdicts).allSatisfy(v -> assertThat(v).isEqualTo(offline));
    }

    private record Article(String id, int partition, String source, String body, Instant published) {
    }

    /** Produces the backlog under a prefix of its own, replays it with a fresh application id; its verdict set. */
    private java.util.Set<String> replay(String replay, List<Article> backlog) throws Exception {
        ServiceConfig config = config(work, replay, replay);
        Topics replayTopics = Topics.from(config);
        try (Admin admin = Admin.create(config.kafkaProperties())) {
            TopicCreator.ensure(admin, replayTopics.all());
        }
        Properties properties = base.kafkaProperties();
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (Article a : backlog) {
                // one at a time, each acknowledged: the backlog must be exactly this
                producer.send(record(replayTopics, replay + "-" + a.id(), a.partition(), a.source(), a.body(),
                        a.published())).get();
            }
        }
        try (EnrichService replaying = new EnrichService(config)) {
            replaying.start();
            TopicContents.awaitUntil("every article judged", BOUND,
                    () -> enrichedIds(replayTopics, replay).size() + notices(replayTopics, replay).size()
                            == backlog.size(),
                    () -> "enrich " + replaying.state() + ", notices " + notices(replayTopics, replay));
        }
        assertThat(readAll(replayTopics.deadLetters().name())).isEmpty();
        java.util.Set<String> verdicts = new java.util.TreeSet<>();
        for (DuplicateNotice n : notices(replayTopics, replay)) {
            verdicts.add(n.getId().substring(replay.length() + 1) + " " + n.getKind() + " "
                    + n.getDuplicateOf().substring(replay.length() + 1));
        }
        return verdicts;
    }

    /** {@code ./wirestream dedup} over the backlog in arrival (ingest) order: its duplicate verdicts. */
    private java.util.Set<String> offline(List<Article> backlog) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Article> arrival = backlog.stream()
                .sorted(java.util.Comparator.comparing((Article a) -> ingestedAt(a.published()))
                        .thenComparingInt(Article::partition)).toList();
        Path in = work.resolve("offline-in.jsonl");
        Path out = work.resolve("offline-out.jsonl");
        List<String> lines = new java.util.ArrayList<>();
        for (Article a : arrival) {
            lines.add(json.writeValueAsString(Map.of("id", a.id(), "source", a.source(), "title", "Title of " + a.id(),
                    "body", a.body(), "publishedAt", a.published().toString())));
        }
        java.nio.file.Files.write(in, lines);
        int exit = new picocli.CommandLine(new io.wirestream.enrich.EnrichMain())
                .execute("dedup", "--in", in.toString(), "--out", out.toString());
        assertThat(exit).isZero();
        java.util.Set<String> verdicts = new java.util.TreeSet<>();
        for (String line : java.nio.file.Files.readAllLines(out)) {
            var node = json.readTree(line);
            if (node.path("verdict").asText().equals("DUPLICATE")) {
                verdicts.add(node.get("id").asText() + " " + node.get("kind").asText() + " "
                        + node.get("duplicateOf").asText());
            }
        }
        return verdicts;
    }

    private static Instant ingestedAt(Instant published) {
        return published.plusSeconds(5);
    }

    /** About eighty random words: no two fillers, and no filler and story, are alike. */
    private static String filler(java.util.Random random) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 80; w++) {
            for (int c = 4 + random.nextInt(6); c > 0; c--) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(w % 12 == 11 ? ". " : " ");
        }
        return text.toString();
    }

    private static ProducerRecord<byte[], byte[]> record(Topics topics, String id, int partition, String source,
                                                         String body, Instant published) {
        RawArticle article = RawArticle.newBuilder().setId(id).setSource(source).setTitle("Title of " + id)
                .setBody(body).setPublishedAt(published).setIngestedAt(ingestedAt(published)).build();
        byte[] value = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), article);
        return new ProducerRecord<>(topics.raw().name(), partition, published.toEpochMilli(),
                id.getBytes(java.nio.charset.StandardCharsets.UTF_8), value);
    }

    @Test
    void anArticleNearTheRawRecordLimitIsCarriedWhole() throws Exception {
        // a body near RecordLimits' 2 MiB raw record: its parked form and enriched record are over Kafka's 1 MB default
        StringBuilder body = new StringBuilder();
        // (and under cleanup.body.max.chars, 2,000,000)
        for (int i = 0; body.length() < 1_950_000; i++) {
            body.append("Paragraph ").append(i).append(" of the inquiry's annex lists tonnage, berths and tides. ");
        }
        // not "run-...": the other tests count exactly the run's own ids, in whatever order the tests run
        String id = run + "L-large";
        produce(id, 1, "Annex Wire", body.toString(), T0.plusSeconds(900));
        String topic = topics.enriched().name();
        awaitUntil("the large article enriched", () -> readAll(topic).stream()
                .anyMatch(r -> new String(r.key(), java.nio.charset.StandardCharsets.UTF_8).equals(id)));
        EnrichedArticle enriched = readAll(topic).stream()
                .map(r -> topics.enriched().valueSerde().deserializer().deserialize(topic, r.value()))
                .filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
        assertThat(enriched.getBody()).isEqualTo(body.toString());
    }

    private void produce(String id, int partition, String source, String body, Instant published) throws Exception {
        Properties properties = base.kafkaProperties();
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(RecordLimits.MAX_MESSAGE_BYTES));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(properties, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(record(topics, id, partition, source, body, published)).get();
        }
    }

    private List<String> enrichedIds() {
        return enrichedIds(topics, run);
    }

    private List<DuplicateNotice> notices() {
        return notices(topics, run);
    }

    /** Ids enriched in {@code run}: "run-..." ids only (the replay's "runr-..." ids are another run's). */
    private List<String> enrichedIds(Topics topics, String run) {
        return readAll(topics.enriched().name()).stream()
                .map(r -> topics.enriched().valueSerde().deserializer().deserialize(topics.enriched().name(), r.value()))
                .map(EnrichedArticle::getId).filter(id -> id.startsWith(run + "-")).toList();
    }

    private List<DuplicateNotice> notices(Topics topics, String run) {
        return readAll(topics.duplicates().name()).stream()
                .map(r -> topics.duplicates().valueSerde().deserializer().deserialize(topics.duplicates().name(), r.value()))
                .filter(n -> n.getId().startsWith(run + "-")).toList();
    }

    private static Map<String, DuplicateNotice> byId(List<DuplicateNotice> notices) {
        Map<String, DuplicateNotice> map = new java.util.HashMap<>();
        notices.forEach(n -> assertThat(map.put(n.getId(), n)).as("one notice for " + n.getId()).isNull());
        return map;
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        return TopicContents.readAll(base.kafkaProperties(), topic);
    }

    private void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        TopicContents.awaitUntil(what, BOUND, condition, () -> "first " + (first == null ? "closed" : first.state())
                + ", second " + second.state() + ", notices " + notices());
    }
}
