package io.wirestream.ingest.source;

import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.JsonLinesReader;
import io.wirestream.ingest.service.Source;
import io.wirestream.ingest.service.SourceMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON Lines on standard input (the offline input shape), produced line by line as they arrive; done at the end
 * of the input once every send is acknowledged. A bad line is logged by number and skipped.
 */
public final class StdinSource implements Source {

    private static final Logger log = LoggerFactory.getLogger(StdinSource.class);

    private final InputStream in;
    private final JsonLinesReader reader;
    private final ArticlePublisher publisher;
    private final SourceMetrics metrics;

    public StdinSource(InputStream in, JsonLinesReader reader, ArticlePublisher publisher, SourceMetrics metrics) {
        this.in = in;
        this.reader = reader;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @Override
    public String name() {
        return metrics.source();
    }

    @Override
    public void run() {
        try {
            reader.read(in, "stdin", article -> {
                metrics.fetched(1);
                metrics.fresh(1);
                metrics.counted(publisher.publish(article));
            }, problem -> {
                metrics.error();
                log.warn("source {}: skipped {}", name(), problem);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        } finally {
            publisher.flush();
        }
    }
}
