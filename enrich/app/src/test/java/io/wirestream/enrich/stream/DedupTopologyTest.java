package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.KnowledgeBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dedup stage end to end through the topology: verdicts, notices, metrics, eviction, hostile input. A restart
 * over kept state needs a real broker (the test driver deletes its state directory on close and restores nothing
 * from changelogs): {@code CrossPartitionDedupIT} in the local module stops an instance and lets the other one
 * restore its stores and go on judging.
 */
class DedupTopologyTest {

    static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");
    private static final String APP = "dedup-topology-test";

    /** A story of about seventy content words, with figures, written for this test. */
    static final String STORY = "The regional council of Varnholt approved a plan on Tuesday to rebuild the harbour "
            + "bridge that collapsed during the storm in February. Engineers estimate the work will cost 48 million "
            + "crowns and take 30 months. Mayor Ilse Brandvik said ferries would carry commuters across the estuary "
            + "until the new span opens, and that 12 extra crossings a day would start next week. Fishermen who lost "
            + "moorings will receive compensation from a fund of 3 million crowns. Opposition members criticised the "
            + "timetable, arguing that repairs to the northern quay should come first, but the motion passed with "
            + "a clear majority after four hours of debate.";
    /** The same story republished: retitled, a new closing sentence, another trailer. */
    static final String REPUBLISHED = STORY + " Construction firms may submit bids until the end of May.\n"
            + "(Reporting by Tove Lind; Editing by Ari Kask)";
    /** The same story re-sent with other whitespace and quotes: the same fingerprint. */
    static final String RESENT = STORY.replace(" ", "  ").replace("The regional", "\u201CThe regional") + "\nend of message";
    /** A different story. */
    static final String OTHER = "Archaeologists working near the village of Suomaa uncovered a wooden boat buried in "
            + "peat for roughly eleven centuries. The hull, nearly nine metres long, kept its oak planks and iron "
            + "rivets, which lets researchers study how shipwrights of the period joined timber. Museum staff will "
            + "move the find to a conservation tank where it must stay wet for years before display.";

    private final Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateNotice> duplicates;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @TempDir
    Path stateDir;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
    }

    private void start(Path dir) {
        EnrichmentStages stages = new EnrichmentStages(Cleaner.create(CleanupConfig.defaults()),
                EntityTagger.create(KnowledgeBase.bundled()));
        var topology = EnrichTopology.build(topics, stages,
                new EnrichTopology.EnrichSettings(Duration.ofDays(7), 1_000_000), Clock.fixed(T0, ZoneOffset.UTC));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, dir.toString());
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic(Topics.RAW, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(),
                topics.enriched().valueSerde().deserializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES, Serdes.String().deserializer(),
                topics.duplicates().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, Serdes.ByteArray().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    static RawArticle article(String id, String source, String title, String body, Instant published) {
        return RawArticle.newBuilder().setId(id).setSource(source).setTitle(title).setBody(body)
                .setPublishedAt(published).setIngestedAt(published.plusSeconds(60)).build();
    }

    private void send(String id, String source, String body, Instant published) {
        RawArticle article = article(id, source, "Title of " + id, body, published);
        byte[] value = topics.raw().valueSerde().serializer().serialize(Topics.RAW, article);
        raw.pipeInput(new TestRecord<>(id.getBytes(StandardCharsets.UTF_8), value, published));
    }

    private List<String> enrichedIds() {
        return enriched.readValuesToList().stream().map(EnrichedArticle::getId).toList();
    }

    @Test
    void anExactCopyUnderAnotherIdIsDroppedWithANoticeNamingBothSources() {
        start(stateDir);
        send("orig", "Varnholt Post", STORY, T0);
        send("copy", "Coast Wire", RESENT, T0.plusSeconds(600));

        assertThat(enrichedIds()).containsExactly("orig");
        TestRecord<String, DuplicateNotice> notice = duplicates.readRecord();
        assertThat(notice.key()).isEqualTo("copy");
        DuplicateNotice n = notice.value();
        assertThat(n.getKind()).isEqualTo(DuplicateKind.EXACT);
        assertThat(n.getDuplicateOf()).isEqualTo("orig");
        assertThat(n.getSimilarity()).isEqualTo(1.0);
        assertThat(n.getSource()).isEqualTo("Coast Wire");
        assertThat(n.getDuplicateOfSource()).isEqualTo("Varnholt Post");
        assertThat(n.getTitle()).isEqualTo("Title of copy");
        assertThat(n.getEventTime()).isEqualTo(T0.plusSeconds(600));
        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void aNearCopyIsDroppedWithItsSimilarityAndADifferentStoryGoesOn() {
        start(stateDir);
        send("orig", "Varnholt Post", STORY, T0);
        send("near", "Coast Wire", REPUBLISHED, T0.plusSeconds(3600));
        send("other", "Museum News", OTHER, T0.plusSeconds(7200));

        assertThat(enrichedIds()).containsExactly("orig", "other");
        DuplicateNotice n = duplicates.readValue();
        assertThat(n.getId()).isEqualTo("near");
        assertThat(n.getKind()).isEqualTo(DuplicateKind.NEAR);
        assertThat(n.getDuplicateOf()).isEqualTo("orig");
        assertThat(n.getSimilarity()).isBetween(0.5, 1.0);
        assertThat(n.getDuplicateOfSource()).isEqualTo("Varnholt Post");
        assertThat(n.getEventTime()).isEqualTo(T0.plusSeconds(3600));
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void theEarlierEventTimeIsTheOriginalEvenWhenItArrivesSecond() {
        start(stateDir);
        // the later stories arrive first and go on; the earlier one is not called a copy of a later article
        send("late-near", "Coast Wire", REPUBLISHED, T0.plusSeconds(3600));
        send("late-exact", "Harbour FM", RESENT, T0.plusSeconds(3500));
        send("early", "Varnholt Post", STORY, T0);
        // and from then on the earliest is the original
        send("later-still", "Coast Wire", RESENT, T0.plusSeconds(7200));

        assertThat(enrichedIds()).containsExactly("late-near", "late-exact", "early");
        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getId, DuplicateNotice::getDuplicateOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("later-still", "early"));
    }

    @Test
    void aCopyOfACopyIsCaughtAndEveryVerdictIsCounted() {
        start(stateDir);
        send("orig", "Varnholt Post", STORY, T0);
        send("near", "Coast Wire", REPUBLISHED, T0.plusSeconds(60));
        send("exact", "Harbour FM", RESENT, T0.plusSeconds(120));
        send("orig", "Varnholt Post", STORY, T0.plusSeconds(180));
        send("other", "Museum News", OTHER, T0.plusSeconds(240));

        assertThat(enrichedIds()).containsExactly("orig", "other");
        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getId, DuplicateNotice::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("near", DuplicateKind.NEAR),
                        org.assertj.core.groups.Tuple.tuple("exact", DuplicateKind.EXACT),
                        org.assertj.core.groups.Tuple.tuple("orig", DuplicateKind.REDELIVERY));
        assertThat(total("unique")).isEqualTo(2.0);
        assertThat(total("near")).isEqualTo(1.0);
        assertThat(total("exact")).isEqualTo(1.0);
        assertThat(total("redelivery")).isEqualTo(1.0);
    }

    private double total(String verdict) {
        return driver.metrics().values().stream()
                .filter(m -> m.metricName().group().contains(DedupMetrics.SCOPE))
                .filter(m -> m.metricName().name().equals(verdict + "-total"))
                .mapToDouble(m -> ((Number) ((Metric) m).metricValue()).doubleValue()).sum();
    }

    @Test
    void afterTheRetentionACopyIsNewAgainAndTheStoresAreEmptiedByStreamTime() {
        start(stateDir);
        send("orig", "Varnholt Post", STORY, T0);
        assertThat(entries(Routes.FINGERPRINT_STORE)).isEqualTo(1);
        assertThat(entries(Routes.ARTICLE_STORE)).isEqualTo(1);
        assertThat(entries(Routes.BAND_STORE)).isPositive();

        Instant later = T0.plus(Duration.ofDays(8));
        send("other", "Museum News", OTHER, later); // advances stream time past the window: evicts orig
        assertThat(entries(Routes.FINGERPRINT_STORE)).isEqualTo(1);
        assertThat(entries(Routes.ARTICLE_STORE)).isEqualTo(1);
        assertThat(entries(Routes.SEEN_IDS_STORE)).isEqualTo(1);
        assertThat(entries(Routes.PENDING_STORE)).isZero();
        assertThat(entries(Routes.PENDING_ARTICLE_STORE)).isZero();

        send("copy", "Coast Wire", RESENT, later.plusSeconds(60));
        send("orig", "Varnholt Post", STORY, later.plusSeconds(120));
        assertThat(enrichedIds()).containsExactly("orig", "other", "copy");
        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getId, DuplicateNotice::getDuplicateOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orig", "copy"));
    }

    @Test
    void anArticleOlderThanTheWindowIsIgnoredAsACandidateEvenBeforeEviction() {
        start(stateDir);
        send("orig", "Varnholt Post", STORY, T0);
        // within one eviction interval of stream time no punctuation has run, but the entry is already too old
        send("other", "Museum News", OTHER, T0.plus(Duration.ofDays(7)).plusSeconds(1));
        send("near", "Coast Wire", REPUBLISHED, T0.plus(Duration.ofDays(7)).plusSeconds(2));
        assertThat(enrichedIds()).containsExactly("orig", "other", "near");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void overManyWeeksTheStoresHoldOnlyTheRetentionWindow() {
        start(stateDir);
        java.util.Random random = new java.util.Random(7);
        for (int day = 0; day < 42; day++) {
            for (int i = 0; i < 3; i++) {
                send("d" + day + "-" + i, "Daily", StoreFootprintTest.text(random),
                        T0.plus(Duration.ofDays(day)).plusSeconds(i));
            }
        }
        assertThat(enrichedIds()).hasSize(42 * 3);
        // 7 days of 3 articles each, plus the day being judged and what one eviction interval (an hour) may hold
        for (String store : new String[] {Routes.SEEN_IDS_STORE, Routes.FINGERPRINT_STORE, Routes.ARTICLE_STORE}) {
            assertThat(entries(store)).as(store).isBetween(21L, 24L);
        }
        assertThat(entries(Routes.BAND_STORE)).isLessThanOrEqualTo(24L * 20);
        assertThat(entries(Routes.PENDING_STORE)).isZero();
    }

    private long entries(String store) {
        KeyValueStore<Object, Object> kv = driver.getKeyValueStore(store);
        long n = 0;
        try (KeyValueIterator<Object, Object> all = kv.all()) {
            while (all.hasNext()) {
                all.next();
                n++;
            }
        }
        return n;
    }

    @Test
    void hostileBodiesAndMalformedInternalMessagesNeverStopTheStream() {
        start(stateDir);
        send("word", "X", "x".repeat(100_000), T0);
        send("nested", "X", "(".repeat(100_000) + "y" + ")".repeat(100_000), T0);
        send("surrogate", "X", "Broken \uD800 surrogate text " + STORY, T0);
        send("huge", "X", "word ".repeat(190_000), T0); // fits the raw limit, too large to repartition
        TestInputTopic<Integer, byte[]> bandTopic = driver.createInputTopic(
                APP + "-" + Routes.BY_BAND_TOPIC + "-repartition", Serdes.Integer().serializer(),
                Serdes.ByteArray().serializer());
        bandTopic.pipeInput(7, new byte[] {2, 0, 0});
        TestInputTopic<String, byte[]> gatherTopic = driver.createInputTopic(
                APP + "-" + Routes.ANSWERS_TOPIC + "-repartition", Serdes.String().serializer(),
                Serdes.ByteArray().serializer());
        gatherTopic.pipeInput("ghost", new byte[] {99});
        send("after", "Varnholt Post", OTHER, T0.plusSeconds(1));

        List<String> out = enrichedIds();
        assertThat(out).contains("word", "nested", "surrogate", "after");
        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).anySatisfy(l -> {
            assertThat(l.getRecordId()).isEqualTo("huge");
            assertThat(l.getStage()).isEqualTo("dedup");
            assertThat(l.getErrorMessage()).contains("too large for the dedup repartition topics");
            assertThat(l.getSourceTopic()).isEqualTo(Topics.RAW); // dead-lettered with the original record
        });
        assertThat(letters).extracting(DeadLetter::getStage).contains("dedup");
        assertThat(letters).anySatisfy(l -> assertThat(l.getErrorMessage()).contains("truncated"));
        assertThat(letters).anySatisfy(l -> assertThat(l.getErrorMessage()).contains("unknown dedup message tag 99"));
    }
}
