package io.wirestream.ingest;

import java.time.Instant;

/** An article as read from an input file, before it becomes a RawArticle; id null means "derive it". */
public record InputArticle(String id, String source, String url, String title, String body, String language,
                           Instant publishedAt, String origin) {
}
