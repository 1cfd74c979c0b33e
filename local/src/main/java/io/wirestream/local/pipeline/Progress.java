package io.wirestream.local.pipeline;

import java.util.List;

/** Where the pipeline is: articles on articles.raw, whether enrich and sink have caught up, rows in the database. */
final class Progress {

    private final TopicProgress topics;
    private final SinkStatsClient sink;

    Progress(TopicProgress topics, SinkStatsClient sink) {
        this.topics = topics;
        this.sink = sink;
    }

    record Snapshot(long raw, boolean enrichCaughtUp, boolean sinkCaughtUp, long rows, boolean ingestDone) {

        boolean drained() {
            // nothing produced (every input skipped) is drained too, once ingest has finished
            return ingestDone && (raw == 0 || enrichCaughtUp && sinkCaughtUp);
        }

        String describe() {
            return String.format("articles.raw %d | enrich %s | sink %s | rows %s%s", raw,
                    enrichCaughtUp ? "caught up" : "working", sinkCaughtUp ? "caught up" : "working",
                    rows < 0 ? "-" : Long.toString(rows),
                    ingestDone ? "" : " | ingesting");
        }
    }

    Snapshot snapshot(boolean ingestDone) throws InterruptedException {
        long raw = topics.endOffsets("articles.raw").values().stream().mapToLong(Long::longValue).sum();
        boolean enrich = topics.caughtUp(LocalMain.ENRICH_GROUP, "articles.raw");
        boolean sinkDone = enrich && sink.lag() == 0 && topics.caughtUp(LocalMain.SINK_GROUP, "articles.enriched")
                && topics.caughtUp(LocalMain.SINK_GROUP, "articles.duplicates");
        return new Snapshot(raw, enrich, sinkDone, sink.articleCount(), ingestDone);
    }

    long rows() {
        return sink.articleCount();
    }

    List<String> recentTitles() {
        return sink.recentTitles(10);
    }
}
