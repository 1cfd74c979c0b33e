package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.state.ArticleRef;
import io.wirestream.dedup.state.StateCodec;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Exact duplicates, on the partition that owns the content fingerprint: the earliest article (event time, then
 * ref) seen with a fingerprint owns it for the retention window, and every later one is an EXACT copy of it. An article that is
 * not an exact copy is sent on to the near-duplicate steps: its sketch to the verify stage (keyed by its ref),
 * one probe per band key to the band stage, and the article itself to the gather stage (keyed by its id).
 *
 * <p>Store {@code dedup-fingerprint-store}: fingerprint (16 bytes) -> event time (8), id, source.
 */
final class ExactDedupProcessor extends InternalStage<String> {

    private final ArticleAnalyser analyser;
    private KeyValueStore<Bytes, byte[]> owners;
    private DedupMetrics metrics;

    ExactDedupProcessor(ArticleAnalyser analyser, Retention retention) {
        super(Routes.DEDUP_EXACT, Routes.TO_PENDING, retention);
        this.analyser = analyser;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        owners = context.getStateStore(Routes.FINGERPRINT_STORE);
        metrics = new DedupMetrics(context, DedupMetrics.Verdict.EXACT);
        scheduleEviction(context, streamTime -> {
            long cutoff = retention.cutoff(streamTime);
            Retention.deleteWhere(owners, value -> new Bin.Reader(value).long8() < cutoff);
        });
    }

    @Override
    protected void handle(Record<String, byte[]> record) {
        ArticleInFlight article = ArticleCodec.decode(record.value());
        String id = article.id();
        long eventTime = record.timestamp();
        ArticleAnalysis analysis = analyser.analyse(article.cleanBody());
        if (analysis.hasWords()) {
            Bytes key = Bytes.wrap(StateCodec.fingerprintKey(analysis.fingerprint()));
            byte[] owner = owners.get(key);
            if (owner != null) {
                Bin.Reader r = new Bin.Reader(owner);
                long ownerTime = r.long8();
                String ownerId = r.string();
                String ownerSource = r.string();
                // only an earlier owner (event time, then ref) makes this a copy: a late-arriving earlier
                // article is never a copy of a later one; it goes on and owns the fingerprint from now on
                if (ownerTime >= cutoff() && !ownerId.equals(id)
                        && BandProbeProcessor.earlier(ownerTime, ArticleRef.of(ownerId), eventTime, ArticleRef.of(id))) {
                    metrics.count(DedupMetrics.Verdict.EXACT);
                    forwardDuplicate(id, DuplicateNotice.newBuilder()
                            .setId(id).setKind(DuplicateKind.EXACT).setDuplicateOf(ownerId).setSimilarity(1.0)
                            .setSource(article.raw().getSource()).setDuplicateOfSource(ownerSource)
                            .setTitle(article.raw().getTitle()).setEventTime(Instant.ofEpochMilli(eventTime))
                            .build(), eventTime);
                    return;
                }
            }
            owners.put(key, new Bin.Writer(32 + id.length()).long8(eventTime).string(id)
                    .string(article.raw().getSource()).toBytes());
        }
        if (analysis.sketch() == null) {
            // no content words: nothing to compare, so unique (a brief is only ever an exact copy)
            pend(id, record, 0);
            return;
        }
        int[] bands = Arrays.stream(analysis.bandKeys()).distinct().toArray();
        long ref = ArticleRef.of(id);
        // the record goes out before any probe: it reaches its verify partition before a later article's
        // band probe can name this ref (same partition, earlier offset)
        context.forward(new Record<>(ref, DedupMessage.encode(new DedupMessage.FileRecord(id,
                article.raw().getSource(), eventTime, analysis.sketch())), eventTime), Routes.TO_ARTICLES);
        byte[] probe = DedupMessage.encode(new DedupMessage.BandProbe(ref, id, eventTime, analysis.sketch()));
        for (int band : bands) {
            context.forward(new Record<>(band, probe, eventTime), Routes.TO_BANDS);
        }
        pend(id, record, bands.length);
    }

    private void pend(String id, Record<String, byte[]> record, int bandCount) {
        context.forward(new Record<>(id, DedupMessage.encode(new DedupMessage.PendingArticle(record.value(), bandCount)),
                record.timestamp()), Routes.TO_PENDING);
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
