package io.wirestream.enrich.stream;

import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.Stage;
import java.util.function.Consumer;
import org.apache.kafka.streams.processor.api.Record;

/** A stateless stage (cleanup, fingerprint, tagging): applies a core step to the article and passes it on. */
final class TransformStage extends StageProcessor.ArticleStage {

    private final Consumer<ArticleInFlight> step;

    TransformStage(Stage stage, String node, String next, Consumer<ArticleInFlight> step) {
        super(stage, node, next);
        this.step = step;
    }

    @Override
    protected void handle(Record<String, ArticleInFlight> record) {
        step.accept(record.value());
        forwardNext(record);
    }
}
