package io.wirestream.local.pipeline;

import io.wirestream.schemas.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where the pipeline is: records on articles.raw, whether enrich and sink have caught up, rows in the database.
 * Enrich has caught up when its group has committed to the end of articles.raw <em>and</em> every raw record has
 * its outcome (an enriched article, a duplicate notice or one of enrich's dead letters: {@link Outcomes}), so
 * nothing waits inside enrich. That count is exact, so once ingest has finished (articles.raw is final) one look
 * in which every outcome is there and the sink has committed past all of them is enough. Enrich's internal topics
 * are not watched: its partitions report to the judging task every few seconds even when idle.
 */
final class Progress {

    /** Looks in a row with nothing growing before "settled with too many outcomes" is believed. */
    private static final int QUIET_LOOKS = 3;
    /** How long one look may spend reading new outcome records before it reports partial counts. */
    private static final Duration COUNT_BUDGET = Duration.ofSeconds(2);

    private final TopicProgress topics;
    private final TopicCounter outcomes;
    private final SinkStatsClient sink;
    private long lastTotal = -1;
    private int quietLooks;

    /** @param outcomes a counter over articles.enriched, articles.duplicates and articles.dlq (enrich's by header) */
    Progress(TopicProgress topics, TopicCounter outcomes, SinkStatsClient sink) {
        this.topics = topics;
        this.outcomes = outcomes;
        this.sink = sink;
    }

    /**
     * @param enrichCommitted enrich's group has committed to the end of articles.raw
     * @param rows            articles in the database; -1 while unknown (sink not started or its API not up)
     * @param drained         ingest done, every outcome there and stored
     * @param drainedAtNanos  {@link System#nanoTime()} of the first of those looks (0 while not drained)
     * @param overcounted     settled (committed, nothing growing) with more outcomes than raw records: waiting
     *                        cannot fix that
     */
    record Snapshot(Outcomes outcomes, boolean enrichCommitted, boolean sinkRunning, boolean sinkCaughtUp, long rows,
                    boolean ingestDone, boolean drained, long drainedAtNanos, boolean overcounted) {

        long raw() {
            return outcomes.raw();
        }

        boolean enrichCaughtUp() {
            return enrichCommitted && outcomes.addUp();
        }

        String describe() {
            return String.format("articles.raw %d | enrich %s | outcomes %d | sink %s | rows %s%s", raw(),
                    enrichCaughtUp() ? "caught up" : "working", outcomes.total(),
                    !sinkRunning ? "not started" : sinkCaughtUp ? "caught up" : "working",
                    rows < 0 ? "-" : Long.toString(rows), ingestDone ? "" : " | ingesting");
        }
    }

    /**
     * One look.
     *
     * @param ingestDone  no ingest is running (nothing more will arrive on articles.raw)
     * @param sinkRunning the sink is running, and drained includes it having stored everything
     */
    Snapshot snapshot(boolean ingestDone, boolean sinkRunning) throws InterruptedException {
        long now = System.nanoTime();
        // one look: every topic's end offsets in one request, each group's commits once
        Map<String, Map<TopicPartition, Long>> ends = topics.endOffsets(
                List.of(Topics.RAW, Topics.ENRICHED, Topics.DUPLICATES, Topics.DEAD_LETTERS));
        long total = ends.values().stream().mapToLong(TopicProgress::sum).sum();
        long raw = TopicProgress.sum(ends.get(Topics.RAW));
        Map<TopicPartition, OffsetAndMetadata> enrichCommits = topics.committed(LocalMain.ENRICH_GROUP);
        boolean committed = TopicProgress.caughtUp(enrichCommits, ends.getOrDefault(Topics.RAW, Map.of()));
        outcomes.catchUp(COUNT_BUDGET);
        Outcomes counted = new Outcomes(raw, outcomes.count(Topics.ENRICHED), outcomes.count(Topics.DUPLICATES),
                outcomes.countFromSource(Topics.DEAD_LETTERS));
        boolean sinkDone = false;
        long rows = -1;
        if (sinkRunning) {
            SinkStatsClient.Stats stats = sink.stats();
            rows = stats.articles();
            if (committed && counted.addUp() && stats.lag() == 0) {
                // end offsets read after the count: the counter may have seen outcomes written after the look's
                // first read, and the sink must have committed past those too
                Map<String, Map<TopicPartition, Long>> outcomeEnds = topics.endOffsets(
                        List.of(Topics.ENRICHED, Topics.DUPLICATES));
                Map<TopicPartition, OffsetAndMetadata> sinkCommits = topics.committed(LocalMain.SINK_GROUP);
                sinkDone = TopicProgress.caughtUp(sinkCommits, outcomeEnds.getOrDefault(Topics.ENRICHED, Map.of()))
                        && TopicProgress.caughtUp(sinkCommits, outcomeEnds.getOrDefault(Topics.DUPLICATES, Map.of()));
            }
        }
        boolean unchanged = total == lastTotal;
        lastTotal = total;
        // quiet: nothing more is coming and nothing moved
        boolean quiet = ingestDone && (raw == 0 || committed) && unchanged;
        // ready: nothing more is coming and every raw record has its outcome (and is stored). The count is exact, so
        // one look says so; with nothing ingested there is nothing to count, and a quiet look says it instead
        boolean ready = raw == 0 ? quiet
                : ingestDone && committed && counted.addUp() && (!sinkRunning || sinkDone);
        quietLooks = quiet ? quietLooks + 1 : 0;
        return new Snapshot(counted, committed, sinkRunning, sinkDone, rows, ingestDone, ready, ready ? now : 0,
                quietLooks >= QUIET_LOOKS && counted.missing() < 0);
    }

    /** Starts a new measurement: the next drain is timed from its own first look. */
    void reset() {
        lastTotal = -1;
        quietLooks = 0;
    }

    /** The outcome counts as of the last look. */
    long count(String topic) {
        return outcomes.count(topic);
    }

    long countFromSource(String topic) {
        return outcomes.countFromSource(topic);
    }

    long rows() {
        return sink.articles();
    }

    List<String> recentTitles() {
        return sink.recentTitles(10);
    }
}
