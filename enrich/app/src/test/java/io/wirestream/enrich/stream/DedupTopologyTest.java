package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.serialization.Serdes;
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
 * over kept state is {@link DedupRestartTest} (stores restored from their changelogs) and, on a real broker,
 * {@code CrossPartitionDedupIT} in the local module.
 */
class DedupTopologyTest {

    static final Instant T0 = EnrichTestDriver.T0;
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

    private EnrichTestDriver test;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateNotice> duplicates;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @TempDir
    Path stateDir;

    @AfterEach
    void stop() {
        if (test != null) {
            test.close();
        }
    }

    private void start(Path dir) {
        test = new EnrichTestDriver(APP, dir);
        driver = test.driver;
        raw = test.raw;
        enriched = test.enriched;
        duplicates = test.duplicates;
        deadLetters = test.deadLetters;
    }

    private void send(String id, String source, String body, Instant published) {
        test.send(id, source, body, published);
    }

    private List<String> enrichedIds() {
        return test.enrichedIds();
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
    void aBriefTooShortToCompareIsStillNamedAsTheOwnerOfItsExactCopies() {
        start(stateDir);
        String brief = "Council meets on Tuesday.";
        send("brief", null, brief, T0);
        send("brief-again", "Coast Wire", "\u201CCouncil  meets on Tuesday.\u201D", T0.plusSeconds(30));
        send("brief-other", "Coast Wire", "Council meets on Wednesday.", T0.plusSeconds(60));

        assertThat(enrichedIds()).containsExactly("brief", "brief-other");
        DuplicateNotice n = duplicates.readValue();
        assertThat(n.getId()).isEqualTo("brief-again");
        assertThat(n.getKind()).isEqualTo(DuplicateKind.EXACT);
        assertThat(n.getDuplicateOf()).isEqualTo("brief");
        assertThat(n.getDuplicateOfSource()).isNull(); // the owner came without a source, and that is kept
        assertThat(duplicates.isEmpty()).isTrue();
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
                APP + "-" + Routes.from(Routes.BY_BAND_TOPIC, 0) + "-repartition", Serdes.Integer().serializer(),
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
