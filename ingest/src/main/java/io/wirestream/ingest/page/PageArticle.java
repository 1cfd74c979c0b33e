package io.wirestream.ingest.page;

import java.time.Instant;

/** What {@link ArticleExtractor} found on a page: title, main text (paragraphs apart by a blank line), byline, time. */
public record PageArticle(String title, String body, String byline, Instant publishedAt) {
}
