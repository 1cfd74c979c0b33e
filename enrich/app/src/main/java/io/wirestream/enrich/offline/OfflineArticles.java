package io.wirestream.enrich.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.charset.StandardCharsets;
import io.wirestream.schemas.EventTimes;
import java.time.Instant;

/**
 * Reads the offline input shape {@code {id, source, url, title, body, language, publishedAt, ingestedAt}} into an
 * article in flight.
 */
final class OfflineArticles {

    private OfflineArticles() {
    }

    static ArticleInFlight read(ObjectNode node, long line) {
        String id = JsonLines.required(node, "id");
        if (id.isBlank()) {
            // the id names the article in every output, verdict and error: an empty one names nothing
            throw new IllegalArgumentException("field \"id\" must not be empty");
        }
        String body = JsonLines.required(node, "body");
        RawArticle raw = RawArticle.newBuilder()
                .setId(id)
                .setSource(JsonLines.optional(node, "source"))
                .setUrl(JsonLines.optional(node, "url"))
                .setTitle(JsonLines.optional(node, "title"))
                .setBody(body)
                .setLanguage(JsonLines.optional(node, "language"))
                .setPublishedAt(publishedAt(JsonLines.optional(node, "publishedAt")))
                // offline there is no ingest: the line's own ingestedAt if it has one, else fixed so output is reproducible
                .setIngestedAt(ingestedAt(JsonLines.optional(node, "ingestedAt")))
                .build();
        return new ArticleInFlight(Origin.ofLine("stdin", line, node.toString().getBytes(StandardCharsets.UTF_8)), raw);
    }

    static Instant publishedAt(String value) {
        return instant("publishedAt", value);
    }

    static Instant ingestedAt(String value) {
        Instant time = instant("ingestedAt", value);
        return time == null ? Instant.EPOCH : time;
    }

    private static Instant instant(String field, String value) {
        try {
            return EventTimes.parse(value); // the same reading as ingest's
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unreadable \"" + field + "\": " + value);
        }
    }

    /** Event time as the stream sees it: publishedAt when known, else the line number keeps arrival order. */
    static long eventTime(ArticleInFlight article, long line) {
        Instant published = article.raw().getPublishedAt();
        return published != null ? published.toEpochMilli() : line;
    }
}
