package io.wirestream.sink.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The JSON shapes of the read API (times are ISO-8601 UTC strings, days ISO dates). */
public final class Views {

    private Views() {
    }

    /**
     * One page of a list; {@code next} is the cursor of the following page (pass it as {@code cursor=}), null on
     * the last page.
     */
    public record Page<T>(List<T> items, String next) {
    }

    /** An article in a list: no bodies, so a page of them stays small. */
    /**
     * @param ingestedAt ingest time of the version shown (a corrected article shows its newest version)
     * @param version    1 for an article as first stored, one more for each later version with other content
     */
    public record ArticleSummary(String id, String source, String url, String title, String cleanTitle,
                                 String language, String publishedAt, String ingestedAt, String eventTime,
                                 String processedAt, String pipelineVersion, long entityCount, int version) {
    }

    /** One article with everything the sink stored about it. */
    public record ArticleDetail(ArticleSummary article, String body, String cleanBody, String contentFingerprint,
                                JsonNode edits, JsonNode flags, List<ArticleEntity> entities,
                                List<DuplicateMember> duplicates) {
    }

    public record ArticleEntity(String id, String name, String type, String method, double confidence,
                                String value, List<MentionView> mentions) {
    }

    public record MentionView(int start, int end, String text) {
    }

    /**
     * A search result: the article, a piece of its clean body around the match (with the matching words as
     * spans), and its rank (PostgreSQL's
     * {@code ts_rank}; 0 where the search has no rank, as on H2).
     */
    public record SearchHit(ArticleSummary article, String snippet, double rank, List<Span> matches) {
    }

    /** A highlighted stretch of a snippet: [start, end) in UTF-16 code units, as JavaScript strings count. */
    public record Span(int start, int end) {
    }

    public record EntityView(String id, String name, String type) {
    }

    /** An entity ranked over a time range: in how many articles, with how many mentions. */
    public record EntityCount(String id, String name, String type, long articles, long mentions) {
    }

    public record Timeline(EntityView entity, String from, String to, List<TimelineDay> days) {
    }

    public record TimelineDay(String day, long articles, long mentions) {
    }

    /** An original article with the duplicates dropped in its favour. */
    public record DuplicateCluster(String originalId, String originalTitle, String originalSource, long size,
                                   String lastDetectedAt, List<DuplicateMember> duplicates) {
    }

    public record DuplicateMember(String id, String kind, double similarity, String detectedAt, String source,
                                  String title) {
    }

    /** One line or stack of a chart: a name and a count per label of its chart. */
    public record CountSeries(String name, long[] counts) {
    }

    /** A chart over time: bucket "hour" or "day", one label per bucket (ISO day or hour), several series. */
    public record SeriesChart(String bucket, List<String> labels, List<CountSeries> series) {
    }

    /** A top entity with its articles per day from {@code from} to {@code to} (for a sparkline). */
    public record TrendingEntity(EntityCount entity, String from, String to, long[] perDay) {
    }

    /** An entity's page: per-day timeline, co-occurring entities, its newest articles (a page). */
    public record EntityPage(EntityView entity, List<TimelineDay> days, List<EntityCount> together,
                             Page<ArticleSummary> articles) {
    }

    /** A story: the original (null when not stored yet), its clean body, and its copies with their own text. */
    public record Story(String originalId, ArticleSummary original, String originalBody,
                        List<StoryCopy> copies) {
    }

    /**
     * A copy on a story's page: what {@link DuplicateMember} says plus the copy's own clean body (null for a
     * redelivery, whose text is the original's, and for copies stored before notices carried their text).
     */
    public record StoryCopy(String id, String kind, double similarity, String detectedAt, String source,
                            String title, String body) {
    }
}
