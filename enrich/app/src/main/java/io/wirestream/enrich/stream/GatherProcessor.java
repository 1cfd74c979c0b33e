package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the answers for an article, on the partition that owns its id, and gives the verdict. It needs no
 * timeout: the article says how many bands will answer, each band says how many verify requests it sent, and each
 * request is answered once. Then the best accepted candidate (highest similarity, then earliest event time, then
 * smallest id) makes the article a NEAR copy, and without one it is unique and goes on. An exact copy waits for
 * the single answer naming its fingerprint's owner, and is an EXACT copy of it (unique if the owner is gone).
 *
 * <p>Stores, transient (an entry lives from the article's first message to its verdict):
 * {@code dedup-pending-store}: id -> counts and best answer so far; {@code dedup-pending-article-store}: id ->
 * the carried article, written once (so the counts can change without rewriting the article to the changelog).
 */
final class GatherProcessor extends InternalStage<String> {

    private static final Logger log = LoggerFactory.getLogger(GatherProcessor.class);

    private KeyValueStore<Bytes, byte[]> pending;
    private KeyValueStore<Bytes, byte[]> articles;
    private DedupMetrics metrics;

    GatherProcessor(Retention retention) {
        super(Routes.DEDUP_GATHER, Routes.TAGGING, retention);
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        pending = context.getStateStore(Routes.PENDING_STORE);
        articles = context.getStateStore(Routes.PENDING_ARTICLE_STORE);
        metrics = new DedupMetrics(context, DedupMetrics.Verdict.EXACT, DedupMetrics.Verdict.NEAR,
                DedupMetrics.Verdict.UNIQUE);
        // An article still waiting when stream time has moved a whole retention past it: its answers are
        // late, not lost — partitions read at different speeds (a replay, a backlog) put days of event time
        // between the stages. It goes on with the answers it has (a missed duplicate at worst), never dropped.
        scheduleEviction(context, this::releaseWaitingTooLong);
    }

    @Override
    protected void handle(Record<String, byte[]> record) {
        String id = record.key();
        if (id == null) {
            throw new IllegalArgumentException("dedup answer without an article id");
        }
        Bytes key = Bytes.wrap(id.getBytes(StandardCharsets.UTF_8));
        byte[] stored = pending.get(key);
        Progress progress = stored == null ? new Progress(record.timestamp()) : Progress.decode(stored);
        switch (DedupMessage.decode(record.value())) {
            case DedupMessage.PendingArticle article -> {
                if (article.article() == null) {
                    throw new IllegalArgumentException("pending article " + id + " carries no article");
                }
                progress.bandCount = article.bandCount();
                if (article.exact()) {
                    progress.exact = true;
                    progress.owed += 1; // the owner's name, from the verify stage
                }
                articles.put(key, article.article());
            }
            case DedupMessage.BandDone done -> {
                progress.bandsDone++;
                progress.owed += done.probes();
            }
            case DedupMessage.Answer answer -> {
                progress.answered++;
                progress.consider(answer);
            }
            case DedupMessage other -> throw new IllegalArgumentException(
                    "the gather stage takes articles and answers, got " + other.getClass().getSimpleName());
        }
        if (!progress.complete()) {
            pending.put(key, progress.encode());
            return;
        }
        byte[] carried = articles.get(key);
        pending.delete(key);
        articles.delete(key);
        judge(id, ArticleCodec.decode(carried), progress);
    }

    private void releaseWaitingTooLong(long streamTime) {
        long cutoff = retention.cutoff(streamTime);
        java.util.List<KeyValue<Bytes, Progress>> late = new java.util.ArrayList<>();
        try (var all = pending.all()) {
            all.forEachRemaining(e -> {
                Progress progress = Progress.decode(e.value);
                if (progress.firstSeen < cutoff) {
                    late.add(KeyValue.pair(e.key, progress));
                }
            });
        }
        for (KeyValue<Bytes, Progress> entry : late) {
            String id = new String(entry.key.get(), StandardCharsets.UTF_8);
            byte[] carried = articles.get(entry.key);
            pending.delete(entry.key);
            articles.delete(entry.key);
            if (carried == null) {
                continue; // answers for an article that never arrived here: nothing to pass on
            }
            log.warn("article {} waited a whole retention for its near-duplicate answers ({} of {} bands, {} of {} "
                    + "answers); judging it on what has arrived", id, entry.value.bandsDone, entry.value.bandCount,
                    entry.value.answered, entry.value.owed);
            try {
                judge(id, ArticleCodec.decode(carried), entry.value);
            } catch (RuntimeException e) {
                log.error("could not pass on article {} after its wait: {}", id, e.toString());
            }
        }
    }

    private void judge(String id, ArticleInFlight article, Progress progress) {
        long eventTime = article.origin().timestamp(); // the raw record's time, not the order time it travelled with
        if (progress.best == null) {
            metrics.count(DedupMetrics.Verdict.UNIQUE);
            forwardNext(new Record<>(id, article, eventTime));
            return;
        }
        DuplicateKind kind = progress.exact ? DuplicateKind.EXACT : DuplicateKind.NEAR;
        metrics.count(progress.exact ? DedupMetrics.Verdict.EXACT : DedupMetrics.Verdict.NEAR);
        DedupMessage.Answer best = progress.best;
        forwardDuplicate(id, DuplicateNotice.newBuilder()
                .setId(id).setKind(kind).setDuplicateOf(best.candidateId())
                .setSimilarity(best.similarity())
                .setSource(article.raw().getSource()).setDuplicateOfSource(best.candidateSource())
                .setTitle(article.raw().getTitle()).setEventTime(Instant.ofEpochMilli(eventTime))
                .build(), eventTime);
    }

    @Override
    protected Origin originOf(Record<String, byte[]> record) {
        try {
            if (record.key() != null) {
                byte[] carried = articles.get(Bytes.wrap(record.key().getBytes(StandardCharsets.UTF_8)));
                if (carried != null) {
                    return ArticleCodec.decode(carried).origin();
                }
            }
        } catch (RuntimeException unreadable) {
            // fall back to the internal record
        }
        return super.originOf(record);
    }

    /** How far an article's near-duplicate lookup has got. */
    static final class Progress {

        /** Timestamp (order time) of the first message about the article: how long it has waited, in stream time. */
        final long firstSeen;
        boolean exact;
        int bandCount = -1; // unknown until the article itself arrives
        int bandsDone;
        int owed;
        int answered;
        DedupMessage.Answer best;

        Progress(long firstSeen) {
            this.firstSeen = firstSeen;
        }

        boolean complete() {
            return bandCount >= 0 && bandsDone >= bandCount && answered >= owed;
        }

        void consider(DedupMessage.Answer answer) {
            if (!answer.accepted()) {
                return;
            }
            if (best == null || better(answer, best)) {
                best = answer;
            }
        }

        private static boolean better(DedupMessage.Answer a, DedupMessage.Answer b) {
            int bySimilarity = Double.compare(a.similarity(), b.similarity());
            if (bySimilarity != 0) {
                return bySimilarity > 0;
            }
            if (a.candidateTime() != b.candidateTime()) {
                return a.candidateTime() < b.candidateTime();
            }
            return a.candidateId().compareTo(b.candidateId()) < 0;
        }

        byte[] encode() {
            Bin.Writer w = new Bin.Writer(64).long8(firstSeen).byte1(exact ? 1 : 0).int4(bandCount).int4(bandsDone)
                    .int4(owed).int4(answered).byte1(best == null ? 0 : 1);
            if (best != null) {
                w.string(best.candidateId()).string(best.candidateSource()).long8(best.candidateTime())
                        .double8(best.similarity());
            }
            return w.toBytes();
        }

        static Progress decode(byte[] bytes) {
            Bin.Reader r = new Bin.Reader(bytes);
            Progress p = new Progress(r.long8());
            p.exact = r.byte1() == 1;
            p.bandCount = r.int4();
            p.bandsDone = r.int4();
            p.owed = r.int4();
            p.answered = r.int4();
            if (r.byte1() == 1) {
                p.best = new DedupMessage.Answer(r.string(), r.string(), r.long8(), r.double8());
            }
            return p;
        }
    }
}
