package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.ContentFingerprint;
import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.sequence.ArticleSignature;
import io.wirestream.dedup.sequence.SignatureCodec;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.enrich.pipeline.Stage;
import java.time.Instant;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The partition's half of dedup, before the verdict: analyses the cleaned article (fingerprint, sketch), parks
 * it in the waiting store under its raw offset, and sends its signature (about 200 bytes) to the judging task.
 * The article itself never leaves its partition.
 */
final class DedupSignProcessor extends StageProcessor.ArticleStage {

    private final ArticleAnalyser analyser;
    private KeyValueStore<Bytes, byte[]> waiting;

    DedupSignProcessor(ArticleAnalyser analyser) {
        super(Stage.DEDUP, Routes.DEDUP_SIGN, Routes.TO_SIGNATURES);
        this.analyser = analyser;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        waiting = store(context);
    }

    @Override
    protected void handle(Record<String, ArticleInFlight> record) {
        ArticleInFlight article = record.value();
        Origin origin = article.origin();
        ArticleAnalysis analysis = analyser.analyse(article.cleanBody());
        article.fingerprinted(analysis.fingerprint() != null ? analysis.fingerprint().hex()
                : ContentFingerprint.of(article.cleanBody()));
        waiting.put(key(origin.offset()), ArticleCodec.encode(article));
        Instant published = article.raw().getPublishedAt();
        ArticleSignature signature = new ArticleSignature(origin.partition(), origin.offset(),
                article.raw().getIngestedAt().toEpochMilli(),
                article.raw().getIngestSequence() == null ? 0 : article.raw().getIngestSequence(), article.id(),
                published == null ? DedupInput.NO_EVENT_TIME : published.toEpochMilli(), analysis);
        context.forward(new Record<>(origin.partition(), SignatureCodec.encode(signature), record.timestamp()),
                Routes.TO_SIGNATURES);
    }

    /** The store key of a waiting article: its raw offset, big-endian so keys sort by offset. */
    static Bytes key(long offset) {
        return Bytes.wrap(java.nio.ByteBuffer.allocate(8).putLong(offset).array());
    }

    static KeyValueStore<Bytes, byte[]> store(ProcessorContext<?, ?> context) {
        return context.getStateStore(Routes.WAITING_STORE);
    }
}
