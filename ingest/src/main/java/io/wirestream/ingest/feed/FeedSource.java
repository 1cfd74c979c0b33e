package io.wirestream.ingest.feed;

import io.wirestream.ingest.ArticleIds;
import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.InputArticle;
import io.wirestream.ingest.Text;
import io.wirestream.ingest.fetch.FetchException;
import io.wirestream.ingest.fetch.Fetched;
import io.wirestream.ingest.fetch.Fetcher;
import io.wirestream.ingest.service.Source;
import io.wirestream.ingest.service.SourceMetrics;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RSS/Atom/RDF feed, polled every interval: a conditional GET ({@link Fetcher}), the items parsed
 * ({@link FeedParser}), and each item that is new or whose title/text changed since it was last produced sent to
 * articles.raw, its id from (source, link) as for every other input, so an edited item keeps its id. The
 * {@link FeedState} is saved once the broker acknowledged; when a send failed, the validators are not saved, so the
 * next poll is a full GET and the item is tried again. The source name of the articles is the feed's host without
 * {@code www.}. Whatever goes wrong with a poll is logged naming the feed and counted; the next poll tries again.
 */
public final class FeedSource implements Source {

    private static final Logger log = LoggerFactory.getLogger(FeedSource.class);

    private final URI feed;
    private final String source;
    private final Duration interval;
    private final Fetcher fetcher;
    private final FeedParser parser = new FeedParser();
    private final FullText fullText;
    private final FeedStateStore states;
    private final ArticlePublisher publisher;
    private final SourceMetrics metrics;

    /** @param fullText fetches the page of an item that carries only a summary; null to keep the summary */
    public FeedSource(URI feed, Duration interval, Fetcher fetcher, FullText fullText, FeedStateStore states,
                      ArticlePublisher publisher, SourceMetrics metrics) {
        this.feed = feed;
        this.source = sourceOf(feed);
        this.interval = interval;
        this.fetcher = fetcher;
        this.fullText = fullText;
        this.states = states;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    static String sourceOf(URI feed) {
        String host = feed.getHost() == null ? feed.toString() : feed.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    @Override
    public String name() {
        return metrics.source();
    }

    @Override
    public void run() throws InterruptedException {
        Source.pollUntilInterrupted(this::pollOnce, interval);
    }

    /** What one poll did, for tests and the log. */
    public record Poll(boolean notModified, int items, int produced, int unchanged, int skipped, String failure) {
    }

    public Poll pollOnce() throws InterruptedException {
        FeedState state = states.get(feed.toString());
        Fetched fetched;
        try {
            fetched = fetcher.get(feed, state.etag, state.lastModified);
        } catch (FetchException e) {
            return failed("fetch failed: " + e.getMessage());
        }
        if (fetched.notModified()) {
            log.debug("source {}: not modified", name());
            return new Poll(true, 0, 0, 0, 0, null);
        }
        FeedParser.Parsed parsed;
        try {
            parsed = parser.parse(fetched.body(), fetched.contentType(), fetched.uri());
        } catch (FeedParser.NotAFeed e) {
            return failed(e.getMessage());
        }
        if (parsed.charsetNote() != null) {
            log.warn("source {}: {}", name(), parsed.charsetNote());
        }
        metrics.fetched(parsed.items().size());
        List<Pending> pending = new ArrayList<>();
        int unchanged = 0;
        int skipped = 0;
        for (int i = 0; i < parsed.items().size(); i++) {
            FeedItem item = parsed.items().get(i);
            String problem = problemOf(item);
            if (problem != null) {
                skipped++;
                metrics.error();
                log.warn("source {}: item {} ({}) skipped: {}", name(), i + 1,
                        item.title() == null ? "no title" : "'" + item.title() + "'", problem);
                continue;
            }
            String id = ArticleIds.of(source, item.link(), null, null);
            String hash = hash(item.title() + "\n" + item.text());
            if (hash.equals(state.items.get(id))) {
                unchanged++;
                continue;
            }
            metrics.fresh(1);
            pending.add(new Pending(id, hash, publisher.publish(toArticle(item, i + 1))));
        }
        publisher.flush();
        boolean allAcknowledged = true;
        for (Pending p : pending) {
            try {
                p.send.join();
                metrics.acknowledged();
                state.remember(p.id, p.hash);
            } catch (CompletionException e) {
                metrics.error();
                allAcknowledged = false; // logged by the publisher
            }
        }
        if (allAcknowledged) {
            state.etag = fetched.etag();
            state.lastModified = fetched.lastModified();
        } else {
            state.etag = null; // a full GET next time, so the items that failed come again
            state.lastModified = null;
        }
        try {
            states.put(feed.toString(), state);
        } catch (IOException e) {
            metrics.error();
            log.error("source {}: cannot save the feed state: {} (the items will be produced again after a restart)",
                    name(), e.toString());
        }
        int produced = (int) pending.stream().filter(p -> !p.send.isCompletedExceptionally()).count();
        log.info("source {}: {} items, {} new or changed, {} unchanged, {} skipped", name(), parsed.items().size(),
                pending.size(), unchanged, skipped);
        return new Poll(false, parsed.items().size(), produced, unchanged, skipped, null);
    }

    private Poll failed(String reason) {
        metrics.error();
        log.warn("source {}: {}", name(), reason);
        return new Poll(false, 0, 0, 0, 0, reason);
    }

    private static String problemOf(FeedItem item) {
        if (item.link() == null) {
            return "no link and no URL guid, so no stable id (an edit would look like a new article)";
        }
        if (Text.isBlank(item.text()) && item.title() == null) {
            return "neither title nor text";
        }
        return null;
    }

    private InputArticle toArticle(FeedItem item, int position) throws InterruptedException {
        String body = item.text();
        String title = item.title();
        java.time.Instant publishedAt = item.publishedAt();
        if (item.summaryOnly() && fullText != null) {
            FullText.Page page = fullText.fetch(item.link(), name());
            if (page != null && page.body().length() > body.length()) {
                body = page.body();
                title = title == null ? page.title() : title;
                publishedAt = publishedAt == null ? page.publishedAt() : publishedAt;
            }
        }
        if (Text.isBlank(body)) {
            body = title; // a title-only item (a link post): its title is all the text there is
        }
        return new InputArticle(null, source, item.link(), title, body, item.language(), publishedAt,
                feed + "#item" + position);
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Pending(String id, String hash, CompletableFuture<?> send) {
    }
}
