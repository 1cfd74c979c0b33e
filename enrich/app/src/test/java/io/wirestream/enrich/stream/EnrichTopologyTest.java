package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.EntityType;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {

    private static final Instant PUBLISHED = Instant.parse("2025-01-24T09:00:00Z");
    private static final Instant NOW = Instant.parse("2025-01-24T12:00:00Z");

    @TempDir
    Path stateDir;

    private EnrichTestDriver test;
    private Topics topics;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DuplicateNotice> duplicates;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @BeforeEach
    void start() {
        test = new EnrichTestDriver("enrich-topology-test", stateDir, NOW);
        topics = test.topics;
        raw = test.raw;
        enriched = test.enriched;
        duplicates = test.duplicates;
        deadLetters = test.deadLetters;
    }

    @AfterEach
    void stop() {
        test.close();
    }

    private static RawArticle article(String id, String body) {
        return RawArticle.newBuilder().setId(id).setSource("RCO").setTitle("Talks in Damascus").setBody(body)
                .setPublishedAt(PUBLISHED).setIngestedAt(PUBLISHED.plusSeconds(60)).build();
    }

    private void send(RawArticle article) {
        byte[] value = topics.raw().valueSerde().serializer().serialize(Topics.RAW, article);
        raw.pipeInput(new TestRecord<>(article.getId().getBytes(StandardCharsets.UTF_8), value, PUBLISHED));
    }

    @Test
    void aGoodArticleComesOutEnrichedWithItsOriginalKeptAndEventTime() {
        send(article("a1", "Officials met in Damascus on Monday.  The talks   lasted two hours.\nend of message"));

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo("a1");
        assertThat(out.timestamp()).isEqualTo(PUBLISHED.toEpochMilli());
        EnrichedArticle article = out.value();
        assertThat(article.getBody()).startsWith("Officials met in Damascus on Monday.  The talks");
        assertThat(article.getCleanBody()).doesNotContain("end of message");
        assertThat(article.getContentFingerprint()).isNotBlank();
        assertThat(article.getLanguage()).isEqualTo("en");
        assertThat(article.getProcessedAt()).isEqualTo(NOW);
        assertThat(article.getPipelineVersion()).isEqualTo(EnrichmentStages.PIPELINE_VERSION);
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    /** The sink orders two versions of one article by (ingestedAt, ingestSequence): the sequence must survive parking. */
    @Test
    void theIngestSequenceComesOutAsItWentIn() {
        send(RawArticle.newBuilder(article("s1", "Officials met in Damascus on Monday.")).setIngestSequence(7L).build());
        send(article("s2", "The ministry in Cairo published its budget on Tuesday."));

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::getId).containsExactly("s1", "s2");
        assertThat(out).extracting(EnrichedArticle::getIngestSequence).containsExactly(7L, null);
    }

    @Test
    void aDateWithoutAYearTakesThePublicationYearElseTheIngestYearAndSaysItWasInferred() {
        send(article("d1", "Rebels entered Damascus on December 8 and the talks ended on January 11."));
        RawArticle undated = RawArticle.newBuilder().setId("d2").setSource("RCO").setTitle("Talks")
                .setBody("Negotiators met again in Doha on March 3 to discuss the prisoners.")
                .setPublishedAt(null).setIngestedAt(Instant.parse("2026-03-05T10:00:00Z")).build();
        send(undated);

        List<String> dates = enriched.readValuesToList().stream().flatMap(a -> a.getEntities().stream())
                .filter(e -> e.getType() == EntityType.DATE).map(e -> e.getValue() + " " + e.getMethod()).toList();
        assertThat(dates).containsExactly("2024-12-08 rule:inferred-year", "2025-01-11 rule:inferred-year",
                "2026-03-03 rule:inferred-year");
    }

    @Test
    void aRedeliveredIdIsDroppedWithANotice() {
        send(article("a1", "Officials met in Damascus on Monday."));
        send(article("a1", "Officials met in Damascus on Monday."));

        assertThat(enriched.readValuesToList()).hasSize(1);
        DuplicateNotice notice = duplicates.readValue();
        assertThat(notice.getKind()).isEqualTo(DuplicateKind.REDELIVERY);
        assertThat(notice.getDuplicateOf()).isEqualTo("a1");
        assertThat(notice.getSimilarity()).isEqualTo(1.0);
    }

    @Test
    void aCorruptRecordIsDeadLetteredWithItsBytesAndTheNextGoodOneStillArrives() {
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        raw.pipeInput(new TestRecord<>("bad".getBytes(StandardCharsets.UTF_8), garbage, PUBLISHED));
        send(article("a2", "A good article after a bad one."));

        TestRecord<byte[], DeadLetter> letter = deadLetters.readRecord();
        assertThat(letter.key()).isEqualTo("bad".getBytes(StandardCharsets.UTF_8));
        DeadLetter value = letter.value();
        assertThat(value.getStage()).isEqualTo("deserialize");
        assertThat(value.getErrorMessage()).contains("magic byte");
        assertThat(value.getSourceTopic()).isEqualTo(Topics.RAW);
        assertThat(value.getSourcePartition()).isEqualTo(0);
        assertThat(value.getSourceOffset()).isEqualTo(0L);
        assertThat(value.getOriginalValue().array()).isEqualTo(garbage);
        assertThat(enriched.readValue().getId()).isEqualTo("a2");
    }

    @Test
    void anEmptyBodyIsDeadLetteredNamingTheArticle() {
        send(article("empty", " "));
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.getRecordId()).isEqualTo("empty");
        assertThat(letter.getErrorMessage()).contains("empty body");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void aKeyThatDisagreesWithTheIdIsDeadLettered() {
        byte[] value = topics.raw().valueSerde().serializer().serialize(Topics.RAW, article("a3", "Body."));
        raw.pipeInput(new TestRecord<>("other".getBytes(StandardCharsets.UTF_8), value, PUBLISHED));
        assertThat(deadLetters.readValue().getErrorMessage()).contains("differs from article id");
    }

    @Test
    void hostileBodiesNeverStopTheStream() {
        send(article("nested", "(".repeat(50_000) + "x" + ")".repeat(50_000)));
        send(article("word", "x".repeat(100_000)));
        send(article("binary", new String(new byte[] {0, 1, 2, (byte) 0xff, 7, 0}, StandardCharsets.ISO_8859_1)));
        send(article("surrogate", "Broken \uD800 surrogate text in an article about Syria."));
        send(article("after", "Officials met in Damascus on Monday."));

        long out = enriched.readValuesToList().stream().map(EnrichedArticle::getId).filter(id -> id.equals("after")).count();
        assertThat(out).isEqualTo(1);
    }
}
