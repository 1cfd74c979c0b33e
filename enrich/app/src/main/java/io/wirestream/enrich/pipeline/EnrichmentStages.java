package io.wirestream.enrich.pipeline;

import io.wirestream.cleanup.CleanResult;
import io.wirestream.cleanup.Cleaner;
import io.wirestream.dedup.ContentFingerprint;
import io.wirestream.schemas.avro.Edit;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.Entity;
import io.wirestream.schemas.avro.EntityType;
import io.wirestream.schemas.avro.Flag;
import io.wirestream.schemas.avro.Mention;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.tagging.EntityTagger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The stateless enrich stages over the plain-Java cores, shared by the Kafka Streams processors and the offline
 * commands so both give the same answer: clean, fingerprint, tag, and the final {@link EnrichedArticle}.
 */
public final class EnrichmentStages {

    public static final String PIPELINE_VERSION = io.wirestream.cli.WirestreamVersion.release();

    private final Cleaner cleaner;
    private final EntityTagger tagger;

    public EnrichmentStages(Cleaner cleaner, EntityTagger tagger) {
        this.cleaner = cleaner;
        this.tagger = tagger;
    }

    public void clean(ArticleInFlight article) {
        CleanResult result = cleaner.clean(article.raw().getTitle(), article.raw().getBody(),
                article.raw().getLanguage());
        article.cleaned(result.title(), result.body(), result.language(),
                result.edits().stream().map(e -> new Edit(e.rule(), e.start(), e.end(), e.before(), e.after())).toList(),
                result.flags().stream().map(f -> new Flag(f.rule(), f.start(), f.end(), f.text())).toList());
    }

    public void fingerprint(ArticleInFlight article) {
        article.fingerprinted(ContentFingerprint.of(article.cleanBody()));
    }

    public void tag(ArticleInFlight article) {
        List<Entity> entities = tagger.tag(article.cleanBody(), eventDay(article.raw())).stream()
                .map(EnrichmentStages::toAvro).toList();
        article.tagged(entities);
    }

    /**
     * The day dates written without a year are read against: the article's event time, publishedAt when known, else
     * its ingest time (UTC). Null only offline for a line with neither, where ingestedAt is left at the epoch: no real
     * ingest happens at 1970-01-01T00:00Z, and a year of 1970 would be a wrong answer rather than no answer.
     */
    static LocalDate eventDay(RawArticle raw) {
        Instant time = raw.getPublishedAt() != null ? raw.getPublishedAt() : raw.getIngestedAt();
        return time == null || time.equals(Instant.EPOCH) ? null : LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    private static Entity toAvro(io.wirestream.tagging.Entity entity) {
        return Entity.newBuilder()
                .setId(entity.id())
                .setName(entity.name())
                .setType(EntityType.valueOf(entity.type().name()))
                .setMentions(entity.mentions().stream().map(m -> new Mention(m.start(), m.end(), m.text())).toList())
                .setValue(entity.value())
                .setMethod(entity.method())
                .setConfidence(entity.confidence())
                .build();
    }

    public EnrichedArticle toEnriched(ArticleInFlight article, Instant processedAt) {
        var raw = article.raw();
        return EnrichedArticle.newBuilder()
                .setId(raw.getId())
                .setSource(raw.getSource())
                .setUrl(raw.getUrl())
                .setTitle(raw.getTitle())
                .setBody(raw.getBody())
                .setLanguage(article.language() == null ? "und" : article.language())
                .setPublishedAt(raw.getPublishedAt())
                .setIngestedAt(raw.getIngestedAt())
                .setCleanTitle(article.cleanTitle())
                .setCleanBody(article.cleanBody())
                .setEdits(article.edits())
                .setFlags(article.flags())
                .setEntities(article.entities())
                .setContentFingerprint(article.contentFingerprint())
                .setPipelineVersion(PIPELINE_VERSION)
                .setProcessedAt(processedAt)
                .setIngestSequence(raw.getIngestSequence())
                .setRevision(article.revision())
                .build();
    }
}
