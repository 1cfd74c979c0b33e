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

    public static final List<Field<?>> ALL;

    static {
        List<Field<?>> all = new ArrayList<>(CommonFields.ALL);
        all.addAll(List.of(MAX_BYTES, DEFAULT_SOURCE, EVENT_TIME_MAX_AHEAD, WATCH_DIR, WATCH_INTERVAL, HTTP_PORT,
                HTTP_HOST, HTTP_MAX_BYTES, PROGRESS_INTERVAL));
        ALL = List.copyOf(all);
    }

    private IngestFields() {
    }
}
