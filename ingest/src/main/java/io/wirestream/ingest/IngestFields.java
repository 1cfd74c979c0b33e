package io.wirestream.ingest;

import io.wirestream.config.CommonFields;
import io.wirestream.config.Field;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The ingest service's own settings, besides the ones every service shares. */
public final class IngestFields {

    public static final Field<Long> MAX_BYTES = Field.longValue("ingest.max.bytes", 10L * 1024 * 1024, 1,
            "largest article file (or JSON line) accepted, in bytes");
    public static final Field<String> DEFAULT_SOURCE = Field.string("ingest.source", null,
            "source name for articles whose input does not name one (e.g. .txt files)");
    public static final Field<Duration> EVENT_TIME_MAX_AHEAD = Field.duration("ingest.event.time.max.ahead",
            ArticlePublisher.DEFAULT_MAX_AHEAD, "how far ahead of the ingest time a publishedAt may lie and still be "
                    + "the record timestamp (keep it below the broker's log.message.timestamp.after.max.ms, 1 h by "
                    + "default); later or pre-1970 dates get the ingest time as record timestamp, publishedAt kept");

    // service sources (see docs/ingest.md)
    public static final Field<Path> WATCH_DIR = Field.path("ingest.watch.dir", null,
            "folder watched for new .txt/.json/.jsonl files (each moved to done/ or failed/ once ingested)");
    public static final Field<Duration> WATCH_INTERVAL = Field.duration("ingest.watch.interval", Duration.ofSeconds(2),
            "how often the watched folder is listed");
    public static final Field<Integer> HTTP_PORT = Field.integer("ingest.http.port", -1, -1, 65_535,
            "port of POST /articles, /metrics and /health (0: any free port, -1: no HTTP endpoint)");
    public static final Field<String> HTTP_HOST = Field.string("ingest.http.host", "127.0.0.1",
            "address the HTTP endpoint binds to (loopback by default: put a proxy with authentication in front "
                    + "before opening it wider)");
    public static final Field<Long> HTTP_MAX_BYTES = Field.longValue("ingest.http.max.bytes", 16L * 1024 * 1024, 1,
            "largest POST /articles body accepted (413 above it)");
    public static final Field<Duration> PROGRESS_INTERVAL = Field.duration("ingest.progress.interval",
            Duration.ofSeconds(10), "how often the service prints each source's counts (when they changed)");

    public static final Field<String> FEEDS = Field.string("ingest.feeds", null,
            "RSS/Atom/RDF feed URLs to poll, separated by commas or spaces (--feed URL adds one)");
    public static final Field<Duration> FEED_INTERVAL = Field.duration("ingest.feed.interval", Duration.ofMinutes(5),
            "how often each feed is polled");
    public static final Field<Path> FEED_STATE_FILE = Field.path("ingest.feed.state.file", Path.of("feed-state.json"),
            "where each feed's validators and produced items are kept across restarts (JSON; delete to start afresh)");
    public static final Field<Boolean> FEED_FULL_TEXT = Field.bool("ingest.feed.full.text", true,
            "fetch the article page of an item that carries only a summary and extract its main text");
    public static final Field<Duration> FETCH_CONNECT_TIMEOUT = Field.duration("ingest.fetch.connect.timeout",
            Duration.ofSeconds(10), "connect timeout of feed and page fetches");
    public static final Field<Duration> FETCH_TIMEOUT = Field.duration("ingest.fetch.timeout", Duration.ofSeconds(30),
            "time a feed or page server has to start answering");
    public static final Field<Long> FETCH_MAX_BYTES = Field.longValue("ingest.fetch.max.bytes", 5L * 1024 * 1024, 1,
            "largest feed or page read (after un-gzipping); a larger one is refused");
    public static final Field<Integer> FETCH_RETRIES = Field.integer("ingest.fetch.retries", 3, 0, 20,
            "retries of a fetch that failed for a passing reason (timeout, refused connection, 5xx, 429)");
    public static final Field<Duration> FETCH_BACKOFF = Field.duration("ingest.fetch.backoff", Duration.ofSeconds(2),
            "pause before the first retry, doubled for each next one");
    public static final Field<Duration> FETCH_HOST_INTERVAL = Field.duration("ingest.fetch.host.interval",
            Duration.ofSeconds(1), "politeness: least time between two requests to one host (one at a time)");
    public static final Field<String> FETCH_USER_AGENT = Field.string("ingest.fetch.user.agent",
            "wirestream-ingest/0.1 (+https://github.com/wirestream)", "User-Agent of feed and page fetches");

    public static final List<Field<?>> ALL;

    static {
        List<Field<?>> all = new ArrayList<>(CommonFields.ALL);
        all.addAll(List.of(MAX_BYTES, DEFAULT_SOURCE, EVENT_TIME_MAX_AHEAD, WATCH_DIR, WATCH_INTERVAL, HTTP_PORT,
                HTTP_HOST, HTTP_MAX_BYTES, PROGRESS_INTERVAL, FEEDS, FEED_INTERVAL, FEED_STATE_FILE, FEED_FULL_TEXT,
                FETCH_CONNECT_TIMEOUT, FETCH_TIMEOUT, FETCH_MAX_BYTES, FETCH_RETRIES, FETCH_BACKOFF,
                FETCH_HOST_INTERVAL, FETCH_USER_AGENT));
        ALL = List.copyOf(all);
    }

    private IngestFields() {
    }
}
