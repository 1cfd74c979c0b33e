package io.wirestream.sink.row;

import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.Entity;
import io.wirestream.schemas.avro.Mention;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated enriched article, ready to store: every text storable, every bounded column within its bound,
 * entities merged by id and mentions unique per (entity, start) so the primary keys cannot collide.
 */
public record ArticleRow(String id, String source, String url, String title, String cleanTitle, String body,
                         String cleanBody, String language, Instant publishedAt, Instant ingestedAt,
                         Long ingestSequence, boolean revision, Instant processedAt, String contentFingerprint,
                         String pipelineVersion, String editsJson, String flagsJson, List<EntityRow> entities,
                         List<MentionRow> mentions) {

    /**
     * The order of an article's versions: by ingest time, then by the place in its ingest run (none counts as -1),
     * the arrival order dedup judges in. The sink keeps the greatest, so an older version replayed never wins.
     */
    public static final Comparator<ArticleRow> VERSION_ORDER = Comparator.comparing(ArticleRow::ingestedAt)
            .thenComparingLong(row -> row.ingestSequence() == null ? -1 : row.ingestSequence());

    /** The article's event time, as the topics' record timestamps define it: published when known, else ingested. */
    public Instant eventTime() {
        return publishedAt != null ? publishedAt : ingestedAt;
    }

    /** Validates and converts an article; throws {@link InvalidRecordException} naming the field at fault. */
    public static ArticleRow from(EnrichedArticle article) {
        String id = Limits.required("id", article.getId(), Limits.ID);
        String cleanBody = StorableText.of(article.getCleanBody());
        if (cleanBody == null) {
            throw new InvalidRecordException("cleanBody is missing");
        }
        if (article.getBody() == null) {
            throw new InvalidRecordException("body is missing");
        }
        if (article.getIngestedAt() == null || article.getProcessedAt() == null) {
            throw new InvalidRecordException("ingestedAt or processedAt is missing");
        }
        Map<String, EntityRow> entities = new LinkedHashMap<>();
        Map<String, MentionRow> mentions = new LinkedHashMap<>();
        for (Entity entity : article.getEntities()) {
            addEntity(entity, cleanBody.length(), entities, mentions);
        }
        return new ArticleRow(id,
                Limits.optional("source", article.getSource(), Limits.SOURCE),
                StorableText.of(article.getUrl()),
                StorableText.of(article.getTitle()),
                StorableText.of(article.getCleanTitle()),
                StorableText.of(article.getBody()),
                cleanBody,
                Limits.required("language", article.getLanguage(), Limits.LANGUAGE),
                article.getPublishedAt(),
                article.getIngestedAt(),
                article.getIngestSequence(),
                article.getRevision(),
                article.getProcessedAt(),
                Limits.optional("contentFingerprint", article.getContentFingerprint(), Limits.FINGERPRINT),
                Limits.required("pipelineVersion", article.getPipelineVersion(), Limits.PIPELINE_VERSION),
                AuditJson.edits(article.getEdits()),
                AuditJson.flags(article.getFlags()),
                List.copyOf(entities.values()),
                List.copyOf(mentions.values()));
    }

    private static void addEntity(Entity entity, int cleanBodyLength, Map<String, EntityRow> entities,
                                  Map<String, MentionRow> mentions) {
        String entityId = Limits.required("entity id", entity.getId(), Limits.ID);
        String name = Limits.required("name of entity " + entityId, entity.getName(), Limits.ENTITY_NAME);
        String method = Limits.required("method of entity " + entityId, entity.getMethod(), Limits.METHOD);
        String dateValue = Limits.optional("value of entity " + entityId, entity.getValue(), Limits.DATE_VALUE);
        double confidence = Limits.finite("confidence of entity " + entityId, entity.getConfidence());
        int added = 0;
        for (Mention mention : entity.getMentions()) {
            if (mention.getStart() < 0 || mention.getEnd() < mention.getStart() || mention.getEnd() > cleanBodyLength) {
                throw new InvalidRecordException("mention [" + mention.getStart() + ", " + mention.getEnd()
                        + ") of entity " + entityId + " is outside the clean body (length " + cleanBodyLength + ")");
            }
            // the tagger may list one span twice (two aliases of one entity): the first wins, as the key demands
            String key = entityId + '\u0000' + mention.getStart();
            if (mentions.putIfAbsent(key, new MentionRow(entityId, mention.getStart(), mention.getEnd(),
                    StorableText.of(mention.getText()))) == null) {
                added++;
            }
        }
        EntityRow previous = entities.get(entityId);
        int mentionCount = added + (previous == null ? 0 : previous.mentionCount());
        // one entity listed twice in an article (merged aliases): keep the first description, count all mentions
        EntityRow merged = previous != null
                ? new EntityRow(entityId, previous.name(), previous.type(), previous.method(),
                        Math.max(previous.confidence(), confidence), previous.dateValue(), mentionCount)
                : new EntityRow(entityId, name, entity.getType().name(), method, confidence, dateValue, mentionCount);
        entities.put(entityId, merged);
    }
}
