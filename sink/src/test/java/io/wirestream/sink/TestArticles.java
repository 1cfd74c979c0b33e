package io.wirestream.sink;

import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.Edit;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.Entity;
import io.wirestream.schemas.avro.EntityType;
import io.wirestream.schemas.avro.Flag;
import io.wirestream.schemas.avro.Mention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-written article fixtures: a body naming people and places, with mentions at the right offsets. */
public final class TestArticles {

    public static final Instant PUBLISHED = Instant.parse("2024-12-09T08:30:00Z");

    private TestArticles() {
    }

    /** An article whose clean body mentions each of {@code names} once (entity id = "Q-" + name). */
    public static EnrichedArticle article(String id, String title, Instant publishedAt, String... names) {
        StringBuilder body = new StringBuilder("Report. ");
        List<Entity> entities = new ArrayList<>();
        for (String name : names) {
            int start = body.length();
            body.append(name);
            entities.add(Entity.newBuilder()
                    .setId("Q-" + name)
                    .setName(name)
                    .setType(name.startsWith("City") ? EntityType.LOCATION : EntityType.PERSON)
                    .setMentions(List.of(new Mention(start, start + name.length(), name)))
                    .setMethod("kb")
                    .setConfidence(0.9)
                    .build());
            body.append(" spoke today. ");
        }
        String text = body.toString().trim();
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setSource("example-news")
                .setUrl("https://example.org/" + id)
                .setTitle(title)
                .setBody(text + " end of message")
                .setLanguage("en")
                .setPublishedAt(publishedAt)
                .setIngestedAt(PUBLISHED.plusSeconds(3600))
                .setCleanTitle(title)
                .setCleanBody(text)
                .setEdits(List.of(new Edit("agency-trailer", text.length(), text.length() + 15, " end of message", "")))
                .setFlags(List.of(new Flag("collocation", 0, 6, "Report")))
                .setEntities(entities)
                .setContentFingerprint("fp-" + id)
                .setPipelineVersion("test-1")
                .setProcessedAt(PUBLISHED.plusSeconds(7200))
                .build();
    }

    public static EnrichedArticle article(String id, String... names) {
        return article(id, "Title of " + id, PUBLISHED, names);
    }

    public static DuplicateNotice duplicate(String id, String originalId, DuplicateKind kind, double similarity) {
        return DuplicateNotice.newBuilder()
                .setId(id)
                .setKind(kind)
                .setDuplicateOf(originalId)
                .setSimilarity(similarity)
                .setSource("copy-news")
                .setDuplicateOfSource("example-news")
                .setTitle("Copy of " + originalId)
                // as enrich sends it: a copy's own clean text, none for a redelivery (the original again)
                .setCleanBody(kind == DuplicateKind.REDELIVERY ? null : "The text of " + id + " as " + kind + ".")
                .setEventTime(PUBLISHED.plusSeconds(60))
                .build();
    }
}
