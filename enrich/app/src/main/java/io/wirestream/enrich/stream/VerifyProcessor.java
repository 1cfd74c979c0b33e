package io.wirestream.enrich.stream;

import io.wirestream.dedup.match.NearMatch;
import io.wirestream.dedup.match.NearMatchRule;
import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.StateCodec;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Verification, on the partition that owns a candidate's ref: keeps each article's sketch once (filed by the
 * exact stage) and answers every verify request about it with the {@link NearMatchRule}'s judgement. Records
 * and requests for one ref share a partition, and a record is written before any request can name it.
 *
 * <p>Store {@code dedup-article-store}: ref (8 bytes) -> source, then {@link StateCodec#article} (event time,
 * id, MinHash signature, shingle count, figure sketch).
 */
final class VerifyProcessor extends InternalStage<Long> {

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
        scheduleEviction(context, streamTime -> {
            long cutoff = retention.cutoff(streamTime);
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
            case DedupMessage.VerifyRequest request -> {
                byte[] stored = articles.get(key);
                DedupMessage.Answer answer = DedupMessage.Answer.rejected();
                if (stored != null) {
                    Stored candidate = decode(ref, stored);
                    ArticleRecord r = candidate.record();
                    NearMatch match = r.eventTime() >= cutoff() && r.sketch() != null
                            ? rule.judge(request.sketch(), r.sketch()) : null;
                    if (match != null) {
                        answer = new DedupMessage.Answer(r.id(), candidate.source(), r.eventTime(), match.similarity());
                    }
                }
                context.forward(new Record<>(request.askingId(), DedupMessage.encode(answer), record.timestamp()),
                        Routes.TO_ANSWERS);
            }
            case DedupMessage other -> throw new IllegalArgumentException(
                    "the verify stage takes records and requests, got " + other.getClass().getSimpleName());
        }
    }

    private record Stored(String source, ArticleRecord record) {
    }

    private static byte[] encode(DedupMessage.FileRecord file, long ref) {
        byte[] record = StateCodec.article(new ArticleRecord(ref, file.id(), file.eventTime(), null, 0, file.sketch()));
        return new Bin.Writer(record.length + 24).string(file.source()).bytes(record).toBytes();
    }

    private static Stored decode(long ref, byte[] value) {
        Bin.Reader r = new Bin.Reader(value);
        String source = r.string();
        return new Stored(source, StateCodec.article(ref, r.bytes()));
    }
}
