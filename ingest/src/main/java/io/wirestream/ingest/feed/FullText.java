package io.wirestream.ingest.feed;

import java.time.Instant;

/** The article page behind a feed item that carries only a summary: its title, main text and publication time. */
public interface FullText {

    record Page(String title, String body, Instant publishedAt) {
    }

    /** The page's article, or null when it could not be fetched or holds no article (logged naming the source). */
    Page fetch(String url, String source) throws InterruptedException;
}
