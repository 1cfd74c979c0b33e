package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.sequence.ArticleSignature;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
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
        assertThat(n.getDuplicateOfSource()).isNull(); // the original's source is in its own row
        assertThat(n.getTitle()).isEqualTo("Title of copy");
        assertThat(n.getEventTime()).isEqualTo(T0.plusSeconds(600));
        // the copy's own text after cleanup (its doubled spaces gone), for the story page
        assertThat(n.getCleanBody()).contains("Engineers estimate the work will cost 48 million crowns")
                .doesNotContain("  ");
        assertThat(duplicates.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void whatComesOfAnArticleCarriesItsRawRecordsTimestampNotTheJudgingMoment() {
        start(stateDir);
        // record timestamps other than publishedAt (as ingest stamps a clamped one) and far from the wall clock
        Instant origTime = T0.minus(Duration.ofDays(400));
        Instant copyTime = T0.minus(Duration.ofDays(399));
        test.send("orig", "Varnholt Post", STORY, T0, origTime);
        test.send("copy", "Coast Wire", RESENT, T0.plusSeconds(600), copyTime);

        assertThat(enriched.readRecord().timestamp()).isEqualTo(origTime.toEpochMilli());
        assertThat(duplicates.readRecord().timestamp()).isEqualTo(copyTime.toEpochMilli());
    }

    @Test
    void aVerdictIsStampedWithItsArticlesTimeNeverAheadOfNowNorNegative() {
        long now = T0.toEpochMilli();
        assertThat(DedupJudgeProcessor.verdictTime(signature(now - 5_000, now - 9_000), now)).isEqualTo(now - 5_000);
        // no publishedAt: the ingest time, which is what the raw record carries then
        assertThat(DedupJudgeProcessor.verdictTime(signature(DedupInput.NO_EVENT_TIME, now - 9_000), now))
                .isEqualTo(now - 9_000);
        assertThat(DedupJudgeProcessor.verdictTime(signature(now + 3_600_000, now), now)).isEqualTo(now);
        assertThat(DedupJudgeProcessor.verdictTime(signature(-86_400_000L * 365 * 10, now), now)).isZero();
    }

    private static ArticleSignature signature(long eventTime, long arrivalTime) {
        return new ArticleSignature(0, 7, arrivalTime, 0, "a", eventTime,
                new ArticleAnalyser(DedupConfig.defaults()).analyse(STORY));
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
        assertThat(n.getSimilarity()).isBetween(0.5, 1.0).isLessThan(1.0);
        assertThat(n.getEventTime()).isEqualTo(T0.plusSeconds(3600));
        // the near copy's own words, not its original's: its extra closing sentence is there
        assertThat(n.getCleanBody()).contains("Construction firms may submit bids until the end of May.");
        assertThat(duplicates.isEmpty()).isTrue();
    }

    @Test
    void theFirstArrivalIsTheOriginalWhateverItsEventTimeAsOffline() {
        start(stateDir);
        // the later-dated stories arrive first: the first arrival is the original, as ./wirestream dedup judges
        send("late-near", "Coast Wire", REPUBLISHED, T0.plusSeconds(3600));
        send("late-exact", "Harbour FM", RESENT, T0.plusSeconds(3500));
        send("early", "Varnholt Post", STORY, T0);

        assertThat(enrichedIds()).containsExactly("late-near");
        assertThat(duplicates.readValuesToList())
                .extracting(DuplicateNotice::getId, DuplicateNotice::getKind, DuplicateNotice::getDuplicateOf)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("late-exact", DuplicateKind.NEAR, "late-near"),
                        org.assertj.core.groups.Tuple.tuple("early", DuplicateKind.EXACT, "late-near"));
    }

    @Test
    void aRedeliveryNoticeNamesTheFirstDeliveryAndItsSource() {
        start(stateDir);
        send("orig", "Varnholt Post", STORY, T0);
        send("orig", "Varnholt Post", STORY, T0);
        DuplicateNotice n = duplicates.readValue();
        assertThat(n.getKind()).isEqualTo(DuplicateKind.REDELIVERY);
        assertThat(n.getDuplicateOf()).isEqualTo("orig");
        assertThat(n.getDuplicateOfSource()).isEqualTo("Varnholt Post");
        assertThat(n.getSimilarity()).isEqualTo(1.0);
        assertThat(n.getCleanBody()).isNull(); // the same article again: its text is the original's
    }

    @Test
    void anEditedReSendIsEnrichedAgainAsARevisionOfTheArticle() {
        start(stateDir);
        send("orig", "Varnholt Post", STORY, T0);
        send("near", "Coast Wire", REPUBLISHED, T0.plusSeconds(60));
        // the same id (a corrected feed item keeps its link) with other text: a new version, not a redelivery
        String corrected = STORY + " Correction: an earlier version of this report misstated the date of the vote.";
        send("orig", "Varnholt Post", corrected, T0);
        send("orig", "Varnholt Post", corrected, T0); // and that version re-sent: a redelivery

        List<EnrichedArticle> versions = enriched.readValuesToList();
        assertThat(versions).extracting(EnrichedArticle::getId, EnrichedArticle::getRevision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("orig", false),
                        org.assertj.core.groups.Tuple.tuple("orig", true));
        assertThat(versions.get(1).getBody()).isEqualTo(corrected);
        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getId, DuplicateNotice::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("near", DuplicateKind.NEAR),
                        org.assertj.core.groups.Tuple.tuple("orig", DuplicateKind.REDELIVERY));
        assertThat(total("revision")).isEqualTo(1.0);
        assertThat(total("unique")).isEqualTo(2.0); // the first version and the revision
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void articlesOlderThanTheWindowThanNewerOnesStillHaveTheirReSendsCaught() {
        start(stateDir);
        // the case: a stream that has seen recent articles, then a file of old ones, each sent twice
        send("recent", "Daily", OTHER, T0.plus(Duration.ofDays(30)));
        java.util.Random random = new java.util.Random(11);
        List<String> old = List.of("old-1", "old-2", "old-3", "old-4");
        List<String> bodies = old.stream().map(id -> StoreFootprintTest.text(random)).toList();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < old.size(); i++) {
                send(old.get(i), "Archive", bodies.get(i), T0.plus(Duration.ofHours(i)));
            }
        }
        assertThat(enrichedIds()).containsExactly("recent", "old-1", "old-2", "old-3", "old-4");
        assertThat(duplicates.readValuesToList()).extracting(DuplicateNotice::getId, DuplicateNotice::getKind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("old-1", DuplicateKind.REDELIVERY),
                        org.assertj.core.groups.Tuple.tuple("old-2", DuplicateKind.REDELIVERY),
                        org.assertj.core.groups.Tuple.tuple("old-3", DuplicateKind.REDELIVERY),
                        org.assertj.core.groups.Tuple.tuple("old-4", DuplicateKind.REDELIVERY));
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(entries(Routes.WAITING_STORE)).isZero();
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
        assertThat(entries(Routes.ORIGINALS_STORE)).isEqualTo(1);
        assertThat(articles()).isEqualTo(1);
        assertThat(entries(Routes.BANDS_STORE)).isPositive();

        Instant later = T0.plus(Duration.ofDays(8));
        send("other", "Museum News", OTHER, later); // advances stream time past the window: evicts orig
        assertThat(entries(Routes.ORIGINALS_STORE)).isEqualTo(1);
        assertThat(articles()).isEqualTo(1);
        assertThat(entries(Routes.EXPIRY_STORE)).isEqualTo(1);
        assertThat(entries(Routes.WAITING_STORE)).isZero();
        assertThat(entries(Routes.SEQUENCER_WAITING_STORE)).isZero();

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
        // 7 days of 3 articles each, plus the day being judged: eviction runs as stream time advances
        assertThat(articles()).isBetween(21L, 24L);
        for (String store : new String[] {Routes.ORIGINALS_STORE, Routes.EXPIRY_STORE}) {
            assertThat(entries(store)).as(store).isBetween(21L, 24L);
        }
        assertThat(entries(Routes.BANDS_STORE)).isLessThanOrEqualTo(24L * 20);
        assertThat(entries(Routes.WAITING_STORE)).isZero();
    }

    /** Article records: the articles store without its one stream-time entry. */
    private long articles() {
        return entries(Routes.ARTICLES_STORE) - 1;
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
    void anArticleTooLargeToParkIsRefusedWithTheReason() {
        // only reachable above the default enrich.max.record.bytes: 4 M two-byte chars, twice over (body, clean body)
        RawArticle raw = RawArticle.newBuilder().setId("giant").setSource("X").setBody("\u0436".repeat(4_000_000))
                .setIngestedAt(T0).build();
        ArticleInFlight article = new ArticleInFlight(new Origin(Topics.RAW, 0, 0, null, null, T0.toEpochMilli()), raw);
        article.cleaned(raw.getTitle(), raw.getBody(), "ru", List.of(), List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArticleCodec.encode(article))
                .hasMessageContaining("giant").hasMessageContaining("too large to wait for its dedup verdict");
    }

    @Test
    void hostileBodiesAndMalformedInternalMessagesNeverStopTheStream() {
        start(stateDir);
        send("word", "X", "x".repeat(100_000), T0);
        send("nested", "X", "(".repeat(100_000) + "y" + ")".repeat(100_000), T0);
        send("surrogate", "X", "Broken \uD800 surrogate text " + STORY, T0);
        send("huge", "X", "word ".repeat(190_000), T0); // 950 KB: over Kafka's 1 MB default once parked, within ours
        TestInputTopic<Integer, byte[]> signatures = driver.createInputTopic(
                APP + "-" + Routes.SIGNATURES_TOPIC + "-repartition", Serdes.Integer().serializer(),
                Serdes.ByteArray().serializer());
        signatures.pipeInput(0, new byte[] {0x11, 0, 5});
        signatures.pipeInput(0, new byte[] {99});
        TestInputTopic<Integer, byte[]> verdicts = driver.createInputTopic(
                APP + "-" + Routes.VERDICTS_TOPIC + "-repartition", Serdes.Integer().serializer(),
                Serdes.ByteArray().serializer());
        verdicts.pipeInput(0, new byte[] {0x10});
        send("after", "Varnholt Post", OTHER, T0.plusSeconds(1));

        List<String> out = enrichedIds();
        assertThat(out).contains("word", "nested", "surrogate", "huge", "after");
        List<DeadLetter> letters = deadLetters.readValuesToList();
        assertThat(letters).anySatisfy(l -> assertThat(l.getErrorMessage()).contains("truncated dedup message"));
        assertThat(letters).anySatisfy(l -> assertThat(l.getErrorMessage()).contains("unknown dedup message type 99"));
        assertThat(letters).anySatisfy(l -> assertThat(l.getErrorMessage()).contains("truncated verdict message"));
        assertThat(entries(Routes.WAITING_STORE)).isZero();
    }

    @Test
    void anArticleWhoseSignatureWasLostIsDeadLetteredWhenALaterVerdictArrivesNotLeftWaiting() {
        start(stateDir);
        send("first", "Varnholt Post", STORY, T0);
        // an article parked at offset 1 whose signature never reached the judging task
        KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]> waiting = driver.getKeyValueStore(Routes.WAITING_STORE);
        io.wirestream.enrich.pipeline.ArticleInFlight lost = new io.wirestream.enrich.pipeline.ArticleInFlight(
                new io.wirestream.enrich.pipeline.Origin(Topics.RAW, 0, 1, "lost".getBytes(), new byte[] {1}, 0),
                EnrichTestDriver.article("lost", "X", "T", OTHER, T0));
        waiting.put(DedupSignProcessor.key(1), ArticleCodec.encode(lost));
        raw.pipeInput("bad".getBytes(), new byte[] {0, 0, 0, 0, 1}); // offset 1: dead-lettered at decode, not parked
        send("third", "Museum News", OTHER, T0.plusSeconds(5)); // offset 2: its verdict settles offset 1 as well

        assertThat(entries(Routes.WAITING_STORE)).isZero();
        assertThat(enrichedIds()).containsExactly("first", "third");
        assertThat(deadLetters.readValuesToList()).anySatisfy(l -> {
            assertThat(l.getRecordId()).isEqualTo("lost");
            assertThat(l.getStage()).isEqualTo("dedup");
            assertThat(l.getSourceOffset()).isEqualTo(1);
            assertThat(l.getErrorMessage()).contains("no dedup verdict will come for offset 1");
        });
    }

    @Test
    void everyRawRecordHasExactlyOneOutcome() {
        start(stateDir);
        java.util.Random random = new java.util.Random(3);
        int sent = 0;
        for (int i = 0; i < 40; i++) {
            String body = i % 5 == 4 ? "" : i % 7 == 3 ? STORY : StoreFootprintTest.text(random);
            send("a" + (i % 33), "Src", body.isEmpty() ? " " : body, T0.plusSeconds(i * 60L));
            sent++;
        }
        long outcomes = enriched.readRecordsToList().size() + duplicates.readRecordsToList().size()
                + deadLetters.readRecordsToList().size();
        assertThat(outcomes).isEqualTo(sent);
        assertThat(entries(Routes.WAITING_STORE)).isZero();
    }
}
