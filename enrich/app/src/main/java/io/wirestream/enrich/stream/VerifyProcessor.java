package io.wirestream.enrich.stream;

import io.wirestream.dedup.match.NearMatch;
import io.wirestream.dedup.match.NearMatchRule;
import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.StateCodec;
import java.time.Duration;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Verification, on the partition that owns a candidate's ref: keeps each article's record once (filed by the
 * exact stage) and answers every request about it. A near-duplicate request is accepted when the candidate is
 * retained, earlier than the asking article in (event time, ref) order, and the {@link NearMatchRule} matches the
 * two sketches; an exact-copy request only needs the owner's id and source. Records and requests for one ref share
 * a partition, and a record is written before any request can name it.
 *
 * <p>Store {@code dedup-article-store}: ref (8 bytes) -> source (varint length), then {@link StateCodec#article}
 * (event time, id, MinHash signature, shingle count, figure sketch; no sketch for a text too short to compare).
 */
final class VerifyProcessor extends InternalStage<Long> {

    static final Duration EVICTION_SLACK = Duration.ofHours(1);

    private final NearMatchRule rule;
    private KeyValueStore<Bytes, byte[]> articles;

    VerifyProcessor(NearMatchRule rule, Retention retention) {
        super(Routes.DEDUP_VERIFY, Routes.TO_ANSWERS, retention);
        this.rule = rule;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        articles = context.getStateStore(Routes.ARTICLE_STORE);
        // a request is judged against its own time (below), and requests from band tasks that lag behind this
        // one can come later with older times: keep records an hour of stream time past the window for them
        scheduleEviction(context, streamTime -> {
            long cutoff = retention.cutoff(streamTime) - EVICTION_SLACK.toMillis();
            Retention.deleteWhere(articles, value -> decode(0, value).record().eventTime() < cutoff);
        });
    }

    @Override
    protected void handle(Record<Long, byte[]> record) {
        if (record.key() == null) {
            throw new IllegalArgumentException("dedup article message without a ref");
        }
        long ref = record.key();
        Bytes key = Bytes.wrap(StateCodec.refKey(ref));
        switch (DedupMessage.decode(record.value())) {
            case DedupMessage.FileRecord file -> articles.put(key, encode(file, ref));
            case DedupMessage.VerifyRequest request ->
                    answer(request.askingId(), record, near(request, retained(ref, record.timestamp())));
            case DedupMessage.ExactRequest request -> {
                Stored owner = retained(ref, record.timestamp());
                answer(request.askingId(), record, owner == null ? DedupMessage.Answer.rejected()
                        : owner.answer(1.0));
            }
            case DedupMessage other -> throw new IllegalArgumentException(
                    "the verify stage takes records and requests, got " + other.getClass().getSimpleName());
        }
    }

    private DedupMessage.Answer near(DedupMessage.VerifyRequest request, Stored candidate) {
        if (candidate == null || candidate.record().sketch() == null) {
            return DedupMessage.Answer.rejected();
        }
        ArticleRecord r = candidate.record();
        if (!earlier(r.eventTime(), r.ref(), request.askingTime(), request.askingRef())) {
            return DedupMessage.Answer.rejected(); // a later article is never the original
        }
        NearMatch match = rule.judge(request.sketch(), r.sketch());
        return match == null ? DedupMessage.Answer.rejected() : candidate.answer(match.similarity());
    }

    /**
     * The stored record under {@code ref}, or null when there is none or it is older than the retention before
     * the asking article's order time (the request's timestamp): the same answer whenever the request arrives.
     */
    private Stored retained(long ref, long askingOrderTime) {
        byte[] stored = articles.get(Bytes.wrap(StateCodec.refKey(ref)));
        if (stored == null) {
            return null;
        }
        Stored candidate = decode(ref, stored);
        return candidate.record().eventTime() >= retention.cutoff(askingOrderTime) ? candidate : null;
    }

    private void answer(String askingId, Record<Long, byte[]> request, DedupMessage.Answer answer) {
        context.forward(new Record<>(askingId, DedupMessage.encode(answer), request.timestamp()), Routes.TO_ANSWERS);
    }

    private record Stored(String source, ArticleRecord record) {

        DedupMessage.Answer answer(double similarity) {
            return new DedupMessage.Answer(record.id(), source, record.eventTime(), similarity);
        }
    }

    private static byte[] encode(DedupMessage.FileRecord file, long ref) {
        byte[] record = StateCodec.article(new ArticleRecord(ref, file.id(), file.eventTime(), null, 0, file.sketch()));
        return new Bin.Writer(record.length + 16).varString(file.source())
                .raw(record).toBytes();
    }

    private static Stored decode(long ref, byte[] value) {
        Bin.Reader r = new Bin.Reader(value);
        String source = r.varString();
        return new Stored(source, StateCodec.article(ref, r.rest()));
    }
}
