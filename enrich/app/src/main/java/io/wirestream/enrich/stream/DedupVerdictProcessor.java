package io.wirestream.enrich.stream;

import io.wirestream.dedup.Verdict;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partition's half of dedup, after the verdict: the waiting article meets its verdict. A duplicate becomes a
 * notice on articles.duplicates, a unique article goes on to tagging, an article the judging task could not judge
 * is dead-lettered with the reason. Verdicts for a partition arrive in offset order, so an article still waiting
 * when a verdict for a later offset arrives will never get one (its signature was lost to a failure): it is
 * dead-lettered then, with that reason, rather than left waiting for ever.
 */
final class DedupVerdictProcessor extends StageProcessor.InternalStage {

    private static final Logger log = LoggerFactory.getLogger(DedupVerdictProcessor.class);

    private final String rawTopic;
    private KeyValueStore<Bytes, byte[]> waiting;
    /** Verdicts arrive in offset order: every waiting article before this has been given its outcome. */
    private long settledThrough = -1;
    private Sensor unmatched;

    /** @param rawTopic the articles.raw topic, named in dead letters of articles whose waiting record is damaged */
    DedupVerdictProcessor(String rawTopic) {
        super(Stage.DEDUP, Routes.DEDUP_VERDICT, Routes.TAGGING);
        this.rawTopic = rawTopic;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        waiting = DedupSignProcessor.store(context);
        unmatched = context.metrics().addRateTotalSensor(DedupMetrics.SCOPE, "task-" + context.taskId(),
                "verdict-without-article", Sensor.RecordingLevel.INFO);
    }

    @Override
    protected void handle(Record<Integer, byte[]> record) {
        VerdictMessage message = VerdictMessage.decode(record.value());
        releaseOrphansBefore(message.position(), record.timestamp());
        settledThrough = Math.max(settledThrough, message.position());
        Bytes key = DedupSignProcessor.key(message.position());
        byte[] held = waiting.get(key);
        if (held == null) {
            // already given an outcome (dead-lettered as an orphan by an earlier verdict): nothing to do
            unmatched.record();
            log.warn("dedup verdict for partition {} offset {} finds no waiting article", message.lane(),
                    message.position());
            return;
        }
        waiting.delete(key);
        ArticleInFlight article;
        try {
            article = ArticleCodec.decode(held);
        } catch (RuntimeException e) {
            deadLetter(new Origin(rawTopic, message.lane(), message.position(), null, held, record.timestamp()),
                    message.verdict() == null ? null : message.verdict().id(), Stage.DEDUP, e, record.timestamp());
            return;
        }
        // what comes of the article carries its raw record's timestamp: event time, as on every topic (DESIGN.md)
        long timestamp = article.origin().timestamp();
        try {
            settle(article, message, timestamp);
        } catch (RuntimeException | StackOverflowError e) {
            deadLetter(article.origin(), article.id(), Stage.DEDUP, e, timestamp);
        }
    }

    private void settle(ArticleInFlight article, VerdictMessage message, long timestamp) {
        if (message.verdict() == null) {
            throw new IllegalStateException("the dedup task could not judge it: " + message.failure());
        }
        Verdict verdict = message.verdict();
        if (!verdict.isDuplicate()) {
            article.judgedRevision(verdict.revision()); // a new version of the article: it replaces the old one
            forwardNext(new Record<>(article.id(), article, timestamp));
            return;
        }
        Instant published = article.raw().getPublishedAt();
        Instant eventTime = published != null ? published : Instant.ofEpochMilli(article.origin().timestamp());
        boolean redelivery = verdict.kind() == io.wirestream.dedup.DuplicateKind.REDELIVERY;
        forwardDuplicate(article.id(), DuplicateNotice.newBuilder()
                .setId(article.id())
                .setKind(DuplicateKind.valueOf(verdict.kind().name()))
                .setDuplicateOf(verdict.duplicateOf())
                .setSimilarity(verdict.similarity())
                .setSource(article.raw().getSource())
                // a redelivery is the same article, from the same source; for a copy, the original's source is in its
                // own row (articles.enriched), which consumers join on duplicateOf
                .setDuplicateOfSource(redelivery ? article.raw().getSource() : null)
                .setTitle(article.raw().getTitle())
                // a copy's own words, for the story page to set beside the original's; a redelivery is the original
                // again. The clean body comes from a raw record of at most 2 MiB, so the notice stays far below the
                // topic's 8 MiB (RecordLimits)
                .setCleanBody(redelivery ? null : article.cleanBody())
                .setEventTime(eventTime)
                .build(), timestamp);
    }

    /** Dead-letters every article still waiting before {@code position}: its verdict can no longer come. */
    private void releaseOrphansBefore(long position, long timestamp) {
        if (position <= settledThrough + 1) {
            return;
        }
        List<KeyValue<Bytes, byte[]>> orphans = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = waiting.range(DedupSignProcessor.key(settledThrough + 1),
                DedupSignProcessor.key(position - 1))) {
            it.forEachRemaining(orphans::add);
        }
        for (KeyValue<Bytes, byte[]> orphan : orphans) {
            waiting.delete(orphan.key);
            long offset = java.nio.ByteBuffer.wrap(orphan.key.get()).getLong();
            Origin origin;
            String id = null;
            try {
                ArticleInFlight article = ArticleCodec.decode(orphan.value);
                origin = article.origin();
                id = article.id();
            } catch (RuntimeException e) {
                origin = new Origin(rawTopic, context.taskId().partition(), offset, null, orphan.value, timestamp);
            }
            deadLetter(origin, id, Stage.DEDUP, new IllegalStateException("no dedup verdict will come for offset "
                    + offset + ": the judging task answered for a later offset of this partition first (its "
                    + "signature was lost to a failure)"), origin.timestamp());
        }
    }
}
