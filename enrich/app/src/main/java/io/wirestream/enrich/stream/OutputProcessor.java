package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.pipeline.Stage;
import io.wirestream.schemas.avro.EnrichedArticle;
import java.time.Clock;
import org.apache.kafka.streams.processor.api.Record;

/** Turns the finished article into an {@link EnrichedArticle} for articles.enriched. */
final class OutputProcessor extends StageProcessor.ArticleStage {

    private final EnrichmentStages stages;
    private final Clock clock;

    OutputProcessor(EnrichmentStages stages, Clock clock) {
        super(Stage.OUTPUT, Routes.OUTPUT, Routes.ENRICHED_SINK);
        this.stages = stages;
        this.clock = clock;
    }

    @Override
    protected void handle(Record<String, ArticleInFlight> record) {
        EnrichedArticle enriched = stages.toEnriched(record.value(), clock.instant());
        context.forward(new Record<>(record.key(), enriched, record.timestamp()), Routes.ENRICHED_SINK);
    }
}
