package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.state.ArticleRef;
import io.wirestream.dedup.state.StateCodec;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Exact duplicates, on the partition that owns the content fingerprint: the earliest article (event time, then
 * ref) seen with a fingerprint owns it for the retention window, and every later one is an EXACT copy of it. The
 * owner's id and source are kept once, with its record on the verify stage's partition, so a copy is sent there
 * to have its owner named and gets its verdict at the gather stage. An article that is not an exact copy files its
 * record with the verify stage (keyed by its ref), sends one probe per band key to the band stage and itself to
 * the gather stage (keyed by its id).
 *
 * <p>Store {@code dedup-fingerprint-store}: fingerprint (16 bytes) -> owner's event time (8), owner's ref (8).
 */
final class ExactDedupProcessor extends InternalStage<String> {

    private final ArticleAnalyser analyser;
    private KeyValueStore<Bytes, byte[]> owners;
    /** Order time of the last heartbeat sent; only saves messages, so it need not survive a restart. */
    private long lastHeartbeat = Long.MIN_VALUE;
    /** This task's ordered topic towards the band stage. */
    private String toBands;

    ExactDedupProcessor(ArticleAnalyser analyser, Retention retention) {
        super(Routes.DEDUP_EXACT, Routes.TO_PENDING, retention);
        this.analyser = analyser;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        owners = context.getStateStore(Routes.FINGERPRINT_STORE);
        toBands = Routes.from(Routes.TO_BANDS, context.taskId().partition());
        scheduleEviction(context, streamTime -> {
            long cutoff = retention.cutoff(streamTime);
            Retention.deleteWhere(owners, value -> new Bin.Reader(value).long8() < cutoff);
        });
    }

    @Override
    protected void handle(Record<String, byte[]> record) {
        long orderTime = record.timestamp();
        try {
            if (!DedupMessage.isHeartbeat(record.value())) {
                ArticleInFlight article = ArticleCodec.decode(record.value());
                String id = article.id();
                judge(record, article, id, ArticleRef.of(id), article.origin().timestamp(), orderTime);
            }
        } finally {
            // whatever the record and verdict, tell every band partition how far this task has got (once per
            // order time: every upstream's heartbeat for one article carries the same), so a band task reading
            // it rarely has to wait for a task that simply had no article for it
            if (orderTime > lastHeartbeat) {
                lastHeartbeat = orderTime;
                context.forward(new Record<>(0, DedupMessage.HEARTBEAT_BYTES, orderTime), toBands);
            }
        }
    }

    private void judge(Record<String, byte[]> record, ArticleInFlight article, String id, long ref, long eventTime,
                       long orderTime) {
        ArticleAnalysis analysis = analyser.analyse(article.cleanBody());
        if (!analysis.hasWords()) {
            pend(id, record, DedupMessage.PendingArticle.near(record.value(), 0)); // nothing to compare: unique
            return;
        }
        Bytes key = Bytes.wrap(StateCodec.fingerprintKey(analysis.fingerprint()));
        byte[] owner = owners.get(key);
        if (owner != null) {
            Bin.Reader r = new Bin.Reader(owner);
            long ownerTime = r.long8();
            long ownerRef = r.long8();
            // only an earlier owner (event time, then ref) makes this a copy: a late-arriving earlier
            // article is never a copy of a later one; it goes on and owns the fingerprint from now on
            if (ownerTime >= cutoff() && ownerRef != ref
                    && earlier(ownerTime, ownerRef, eventTime, ref)) {
                // same topic and producer as the owner's record, so the request reaches its partition after it
                context.forward(new Record<>(ownerRef, DedupMessage.encode(new DedupMessage.ExactRequest(id)),
                        orderTime), Routes.TO_ARTICLES);
                pend(id, record, DedupMessage.PendingArticle.exactCopy(record.value()));
                return;
            }
        }
        owners.put(key, new Bin.Writer(16).long8(eventTime).long8(ref).toBytes());
        // the record goes out before any probe, with an earlier timestamp than any request that can name it: the
        // verify stage, merging its inputs by timestamp, has it first
        context.forward(new Record<>(ref, DedupMessage.encode(new DedupMessage.FileRecord(id,
                article.raw().getSource(), eventTime, analysis.sketch())), orderTime), Routes.TO_ARTICLES);
        if (analysis.sketch() == null) {
            // too few content words to compare: unique unless exact (a brief is only ever an exact copy)
            pend(id, record, DedupMessage.PendingArticle.near(record.value(), 0));
            return;
        }
        int[] bands = Arrays.stream(analysis.bandKeys()).distinct().toArray();
        byte[] probe = DedupMessage.encode(new DedupMessage.BandProbe(ref, id, eventTime, analysis.sketch()));
        for (int band : bands) {
            context.forward(new Record<>(band, probe, orderTime), toBands);
        }
        pend(id, record, DedupMessage.PendingArticle.near(record.value(), bands.length));
    }

    private void pend(String id, Record<String, byte[]> record, DedupMessage.PendingArticle pending) {
        context.forward(new Record<>(id, DedupMessage.encode(pending), record.timestamp()),
                Routes.TO_PENDING);
    }

    @Override
    protected Origin originOf(Record<String, byte[]> record) {
        try {
            return ArticleCodec.decode(record.value()).origin();
        } catch (RuntimeException notAnArticle) {
            return super.originOf(record);
        }
    }

    @Override
    protected String recordIdOf(Record<String, byte[]> record) {
        try {
            return ArticleCodec.decode(record.value()).id();
        } catch (RuntimeException notAnArticle) {
            return null;
        }
    }
}
