package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.pipeline.Stage;
import org.apache.kafka.streams.processor.api.Record;

/**
 * First dedup step, on the article's own partition: fingerprints the cleaned text and re-keys the article by
 * that fingerprint, so every copy of one content meets on one partition of {@code dedup-by-fingerprint}
 * however its id was partitioned.
 */
final class DedupRouteProcessor extends StageProcessor.ArticleStage {

    private final EnrichmentStages stages;
    private final ArticleAnalyser analyser;

    DedupRouteProcessor(EnrichmentStages stages, ArticleAnalyser analyser) {
        super(Stage.DEDUP, Routes.DEDUP_ROUTE, Routes.TO_FINGERPRINT);
        this.stages = stages;
        this.analyser = analyser;
    }

    @Override
    protected void handle(Record<String, ArticleInFlight> record) {
        ArticleInFlight article = record.value();
        analyser.requireAnalysable(article.cleanBody()); // refuse an oversized text here, with its original bytes
        stages.fingerprint(article);
        byte[] carried = ArticleCodec.encode(article);
        context.forward(new Record<>(article.contentFingerprint(), carried, record.timestamp()), Routes.TO_FINGERPRINT);
    }
}
