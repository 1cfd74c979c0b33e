package io.wirestream.local.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Where the pipeline is: articles on articles.raw, whether enrich and sink have caught up, rows in the database.
 * Enrich moves each article through repartition topics between its stages, and the checks of those topics are
 * not one atomic look; so the pipeline counts as drained only when everything is caught up on several looks in a
 * row with no topic having grown in between.
 */
final class Progress {

    /** Consecutive caught-up looks, with no topic growing, that make "drained" (about three seconds apart). */
    private static final int STABLE_LOOKS = 3;

    private final TopicProgress topics;
    private final SinkStatsClient sink;
    private long lastTotal = -1;
    private int stableLooks;

    Progress(TopicProgress topics, SinkStatsClient sink) {
        this.topics = topics;
        this.sink = sink;
    }

    record Snapshot(long raw, boolean enrichCaughtUp, boolean sinkCaughtUp, long rows, boolean ingestDone,
                    boolean drained) {

        String describe() {
            return String.format("articles.raw %d | enrich %s | sink %s | rows %s%s", raw,
                    enrichCaughtUp ? "caught up" : "working", sinkCaughtUp ? "caught up" : "working",
                    rows < 0 ? "-" : Long.toString(rows),
                    ingestDone ? "" : " | ingesting");
        }
    }

    Snapshot snapshot(boolean ingestDone) throws InterruptedException {
        List<String> enrichInputs = new ArrayList<>(List.of("articles.raw"));
        enrichInputs.addAll(topics.repartitionTopics(LocalMain.ENRICH_GROUP));
        List<String> watched = new ArrayList<>(enrichInputs);
        watched.addAll(List.of("articles.enriched", "articles.duplicates", "articles.dlq"));
        // one look: every topic's end offsets and each group's commits, fetched once
        Map<String, Map<TopicPartition, Long>> ends = new HashMap<>();
        long total = 0;
        for (String topic : watched) {
            Map<TopicPartition, Long> of = topics.endOffsets(topic);
            ends.put(topic, of);
            total += sum(of);
        }
        long raw = sum(ends.get("articles.raw"));
        Map<TopicPartition, OffsetAndMetadata> enrichCommits = topics.committed(LocalMain.ENRICH_GROUP);
        boolean enrich = enrichInputs.stream().allMatch(t -> TopicProgress.caughtUp(enrichCommits, ends.get(t)));
        SinkStatsClient.Stats stats = sink.stats();
        boolean sinkDone = false;
        if (enrich && stats.lag() == 0) {
            Map<TopicPartition, OffsetAndMetadata> sinkCommits = topics.committed(LocalMain.SINK_GROUP);
            sinkDone = TopicProgress.caughtUp(sinkCommits, ends.get("articles.enriched"))
                    && TopicProgress.caughtUp(sinkCommits, ends.get("articles.duplicates"));
        }
        // nothing produced (every input skipped) is drained too, once ingest has finished
        boolean quiet = ingestDone && (raw == 0 || enrich && sinkDone) && total == lastTotal;
        stableLooks = quiet ? stableLooks + 1 : 0;
        lastTotal = total;
        return new Snapshot(raw, enrich, sinkDone, stats.articles(), ingestDone, stableLooks >= STABLE_LOOKS);
    }

    private static long sum(Map<TopicPartition, Long> ends) {
        return ends.values().stream().mapToLong(Long::longValue).sum();
    }

    long rows() {
        return sink.stats().articles();
    }

    List<String> recentTitles() {
        return sink.recentTitles(10);
    }
}
