package io.wirestream.ingest.feed;

import java.time.Instant;

/**
 * One item of a feed, as read: {@code link} (the article's URL, else a URL-shaped guid; null when there is none),
 * title and text as plain text, whether the text is only the item's summary (no full content in the feed), the
 * publication time and the feed's declared language.
 */
public record FeedItem(String link, String title, String text, boolean summaryOnly, Instant publishedAt,
                       String language) {
}
