package io.wirestream.sink.consume;

import io.wirestream.sink.metrics.SinkMetrics;
import io.wirestream.sink.metrics.SinkStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what the sink wrote at most once per interval, and only when something changed. */
final class ProgressLog {

    private static final Logger log = LoggerFactory.getLogger("io.wirestream.sink.progress");

    private final SinkMetrics metrics;
    private final Duration interval;
    private final Clock clock;
    private Instant lastLogged;
    private SinkStats lastStats;

    ProgressLog(SinkMetrics metrics, Duration interval, Clock clock) {
        this.metrics = metrics;
        this.interval = interval;
        this.clock = clock;
        this.lastLogged = clock.instant();
        this.lastStats = metrics.snapshot();
    }

    void maybeLog() {
        Instant now = clock.instant();
        if (Duration.between(lastLogged, now).compareTo(interval) < 0) {
            return;
        }
        SinkStats stats = metrics.snapshot();
        if (!stats.equals(lastStats)) {
            log.info("wrote {} articles (+{}), {} duplicate links (+{}), {} mentions; {} deleted, {} dead letters,"
                            + " {} retries, {} records consumed",
                    stats.articlesUpserted(), stats.articlesUpserted() - lastStats.articlesUpserted(),
                    stats.duplicateLinksUpserted(), stats.duplicateLinksUpserted() - lastStats.duplicateLinksUpserted(),
                    stats.mentionsWritten(), stats.articlesDeleted(), stats.deadLetters(), stats.retries(),
                    stats.recordsConsumed());
            lastStats = stats;
        }
        lastLogged = now;
    }
}
