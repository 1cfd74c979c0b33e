package io.wirestream.ingest;

import io.wirestream.schemas.Topic;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ingest run over input files: reads them with an {@link ArticleReader} and publishes every article through an
 * {@link ArticlePublisher}. A bad article or a failed send is counted and reported; the run goes on.
 */
public final class Ingester implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Ingester.class);

    private final ArticlePublisher publisher;
    private final ArticleReader reader;
    private final Pacing pacing;

    public Ingester(Properties kafka, Topic<String, RawArticle> topic, ArticleReader reader, Clock clock) {
        this(kafka, topic, reader, clock, Pacing.UNLIMITED);
    }

    /** @param pacing when each record may go out ({@code --rate}); {@link Pacing#UNLIMITED} for as fast as possible */
    public Ingester(Properties kafka, Topic<String, RawArticle> topic, ArticleReader reader, Clock clock,
                    Pacing pacing) {
        this(new ArticlePublisher(kafka, topic, clock, new EventTime(ArticlePublisher.DEFAULT_MAX_AHEAD)), reader,
                pacing);
    }

    Ingester(Producer<String, RawArticle> producer, Topic<String, RawArticle> topic, ArticleReader reader,
             Clock clock) {
        this(new ArticlePublisher(producer, topic, clock, new EventTime(ArticlePublisher.DEFAULT_MAX_AHEAD)), reader,
                Pacing.UNLIMITED);
    }

    public Ingester(ArticlePublisher publisher, ArticleReader reader, Pacing pacing) {
        this.publisher = publisher;
        this.reader = reader;
        this.pacing = pacing;
    }

    static Properties producerProperties(Properties kafka) {
        return ArticlePublisher.producerProperties(kafka);
    }

    public IngestReport ingest(List<Path> inputs) {
        AtomicLong read = new AtomicLong();
        AtomicLong produced = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<InputProblem> problems = Collections.synchronizedList(new ArrayList<>());
        long clampedBefore = publisher.clamped();
        long resentBefore = publisher.resent();
        long[] firstSent = {0};
        for (Path input : inputs) {
            reader.read(input, article -> {
                long index = read.getAndIncrement();
                if (index == 0) {
                    firstSent[0] = System.nanoTime();
                } else {
                    awaitTurn(index, firstSent[0]);
                }
                publisher.publish(article).whenComplete((meta, error) -> {
                    if (error == null) {
                        produced.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                });
                if (read.get() % 1000 == 0) {
                    log.info("ingest progress: {} read, {} produced", read.get(), produced.get());
                }
            }, problem -> {
                problems.add(problem);
                log.warn("skipped {}", problem);
            });
        }
        publisher.flush();
        return new IngestReport(read.get(), produced.get(), failed.get(), publisher.clamped() - clampedBefore,
                publisher.resent() - resentBefore, List.copyOf(problems));
    }

    /** Sleeps until record {@code index} is due under the pacing (at once when unlimited or overdue). */
    private void awaitTurn(long index, long firstSentNanos) {
        long wait = pacing.waitNanos(index, System.nanoTime() - firstSentNanos);
        if (wait > 0) {
            try {
                Thread.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // stopping: send the rest without waiting, flush, report
            }
        }
    }

    @Override
    public void close() {
        publisher.close();
    }
}
