package io.wirestream.sink.row;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.Entity;
import io.wirestream.schemas.avro.EntityType;
import io.wirestream.schemas.avro.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRowTest {

    @Test
    void carriesTheArticleWithItsEntitiesMentionsAndAudit() {
        ArticleRow row = ArticleRow.from(article("a1", "Ahmad al-Sharaa", "City Idlib"));

        assertThat(row.id()).isEqualTo("a1");
        assertThat(row.entities()).extracting(EntityRow::id).containsExactly("Q-Ahmad al-Sharaa", "Q-City Idlib");
        assertThat(row.entities()).extracting(EntityRow::type).containsExactly("PERSON", "LOCATION");
        assertThat(row.mentions()).allSatisfy(m ->
                assertThat(row.cleanBody().substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(row.editsJson()).contains("\"rule\":\"agency-trailer\"");
        assertThat(row.flagsJson()).contains("\"text\":\"Report\"");
    }

    @Test
    void theEventTimeIsThePublicationTimeElseTheIngestTime() {
        EnrichedArticle article = article("a1", "Ahmad al-Sharaa");
        assertThat(ArticleRow.from(article).eventTime()).isEqualTo(article.getPublishedAt());
        article.setPublishedAt(null);
        assertThat(ArticleRow.from(article).eventTime()).isEqualTo(article.getIngestedAt());
    }

    @Test
    void anEntityListedTwiceIsMergedAndARepeatedSpanKeptOnce() {
        EnrichedArticle article = article("a1", "Ahmad al-Sharaa");
        Entity first = article.getEntities().get(0);
        Mention span = first.getMentions().get(0);
        Entity alias = Entity.newBuilder(first).setName("al-Jolani").setConfidence(0.95)
                .setMentions(List.of(new Mention(span.getStart(), span.getEnd(), span.getText()),
                        new Mention(0, 6, "Report"))).build();
        List<Entity> entities = new ArrayList<>(article.getEntities());
        entities.add(alias);
        article.setEntities(entities);

        ArticleRow row = ArticleRow.from(article);

        assertThat(row.entities()).singleElement().satisfies(entity -> {
            assertThat(entity.name()).isEqualTo("Ahmad al-Sharaa");
            assertThat(entity.mentionCount()).isEqualTo(2);
            assertThat(entity.confidence()).isEqualTo(0.95);
        });
        assertThat(row.mentions()).extracting(MentionRow::start).containsExactly(span.getStart(), 0);
    }

    @Test
    void refusesWhatCannotBeStoredNamingTheField() {
        assertRefused(a -> a.setId(" "), "id is missing or blank");
        assertRefused(a -> a.setId("x".repeat(513)), "id is 513 characters long; at most 512");
        assertRefused(a -> a.setSource("s".repeat(1001)), "source is 1001 characters long");
        assertRefused(a -> a.setLanguage(""), "language is missing");
        assertRefused(a -> a.setPipelineVersion("v".repeat(201)), "pipelineVersion");
        assertRefused(a -> a.getEntities().get(0).setName("n".repeat(100_000)), "name of entity Q-Ahmad al-Sharaa");
        assertRefused(a -> a.getEntities().get(0).setConfidence(Double.NaN), "confidence of entity");
        assertRefused(a -> a.getEntities().get(0).getMentions().get(0).setStart(-1), "outside the clean body");
        assertRefused(a -> a.getEntities().get(0).getMentions().get(0).setEnd(10_000), "outside the clean body");
        assertRefused(a -> a.getEntities().get(0).getMentions().get(0).setEnd(0), "outside the clean body");
    }

    @Test
    void storesHostileTextStorably() {
        EnrichedArticle article = article("a1", "Ahmad al-Sharaa");
        article.setTitle("\u0000" + "w".repeat(100_000) + "\uD800");
        article.setBody("(".repeat(1_000_000));
        article.setEntities(List.of(Entity.newBuilder().setId("Q1").setName("x").setType(EntityType.OTHER)
                .setMentions(List.of()).setMethod("rule").setConfidence(1).build()));

        ArticleRow row = ArticleRow.from(article);

        assertThat(row.title()).startsWith("\uFFFDwww").endsWith("w\uFFFD").hasSize(100_002);
        assertThat(row.body()).hasSize(1_000_000);
        assertThat(row.mentions()).isEmpty();
        assertThat(row.publishedAt()).isEqualTo(Instant.parse("2024-12-09T08:30:00Z"));
    }

    private static void assertRefused(java.util.function.Consumer<EnrichedArticle> spoil, String reason) {
        EnrichedArticle article = article("a1", "Ahmad al-Sharaa");
        spoil.accept(article);
        assertThatThrownBy(() -> ArticleRow.from(article)).isInstanceOf(InvalidRecordException.class)
                .hasMessageContaining(reason);
    }
}
