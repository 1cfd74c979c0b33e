package io.wirestream.local.pipeline;

import java.util.ArrayList;
import java.util.List;

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
        long total = 0;
        for (String topic : watched) {
            total += topics.endOffsets(topic).values().stream().mapToLong(Long::longValue).sum();
        }
        long raw = topics.endOffsets("articles.raw").values().stream().mapToLong(Long::longValue).sum();
        boolean enrich = true;
        for (String input : enrichInputs) {
            enrich = enrich && topics.caughtUp(LocalMain.ENRICH_GROUP, input);
        }
        boolean sinkDone = enrich && sink.lag() == 0 && topics.caughtUp(LocalMain.SINK_GROUP, "articles.enriched")
                && topics.caughtUp(LocalMain.SINK_GROUP, "articles.duplicates");
        // nothing produced (every input skipped) is drained too, once ingest has finished
        boolean quiet = ingestDone && (raw == 0 || enrich && sinkDone) && total == lastTotal;
        stableLooks = quiet ? stableLooks + 1 : 0;
        lastTotal = total;
        return new Snapshot(raw, enrich, sinkDone, sink.articleCount(), ingestDone, stableLooks >= STABLE_LOOKS);
    }

    long rows() {
        return sink.articleCount();
    }

    List<String> recentTitles() {
        return sink.recentTitles(10);
    }
}
