package io.wirestream.ingest;

import io.wirestream.schemas.Topic;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns input files into {@link RawArticle} records on {@code articles.raw}: deterministic ids, event time as
 * the record timestamp (publishedAt when known, else ingest time), an idempotent producer with acks=all.
 */
public final class Ingester implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Ingester.class);

    private final Producer<String, RawArticle> producer;
    private final Topic<String, RawArticle> topic;
    private final ArticleReader reader;
    private final Clock clock;
    private final Pacing pacing;

    public Ingester(Properties kafka, Topic<String, RawArticle> topic, ArticleReader reader, Clock clock) {
        this(kafka, topic, reader, clock, Pacing.UNLIMITED);
    }

    /** @param pacing when each record may go out ({@code --rate}); {@link Pacing#UNLIMITED} for as fast as possible */
    public Ingester(Properties kafka, Topic<String, RawArticle> topic, ArticleReader reader, Clock clock,
                    Pacing pacing) {
        this(new KafkaProducer<>(producerProperties(kafka), topic.keySerde().serializer(),
                topic.valueSerde().serializer()), topic, reader, clock, pacing);
    }

    Ingester(Producer<String, RawArticle> producer, Topic<String, RawArticle> topic, ArticleReader reader,
             Clock clock) {
        this(producer, topic, reader, clock, Pacing.UNLIMITED);
    }

    Ingester(Producer<String, RawArticle> producer, Topic<String, RawArticle> topic, ArticleReader reader,
             Clock clock, Pacing pacing) {
        this.producer = producer;
        this.topic = topic;
        this.reader = reader;
        this.clock = clock;
        this.pacing = pacing;
    }

    static Properties producerProperties(Properties kafka) {
        Properties properties = new Properties();
        properties.putAll(kafka);
        // nothing lost, nothing doubled by a retry
        properties.putIfAbsent(ProducerConfig.ACKS_CONFIG, "all");
        properties.putIfAbsent(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "20");
        properties.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        properties.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "wirestream-ingest");
        return properties;
    }

    /** Arrival order within this run, for articles stamped in the same millisecond ({@code ingestSequence}). */
    private final AtomicLong sequence = new AtomicLong();

    public IngestReport ingest(List<Path> inputs) {
        AtomicLong read = new AtomicLong();
        AtomicLong produced = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<InputProblem> problems = Collections.synchronizedList(new ArrayList<>());
        long[] firstSent = {0};
        for (Path input : inputs) {
            reader.read(input, article -> {
                long index = read.getAndIncrement();
                if (index == 0) {
                    firstSent[0] = System.nanoTime();
                } else {
                    awaitTurn(index, firstSent[0]);
                }
                RawArticle raw = toRaw(article); // after the wait: ingestedAt is when it really goes out
                long timestamp = (raw.getPublishedAt() != null ? raw.getPublishedAt() : raw.getIngestedAt()).toEpochMilli();
                producer.send(new ProducerRecord<>(topic.name(), null, timestamp, raw.getId(), raw), (meta, error) -> {
                    if (error == null) {
                        produced.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        log.error("could not produce article {} from {}: {}", raw.getId(), article.origin(),
                                error.toString());
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
        producer.flush();
        return new IngestReport(read.get(), produced.get(), failed.get(), List.copyOf(problems));
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

    RawArticle toRaw(InputArticle article) {
        String id = article.id() != null && !article.id().isBlank() ? article.id()
                : ArticleIds.of(article.source(), article.url(), article.title(), article.body());
        return RawArticle.newBuilder()
                .setId(id).setSource(article.source()).setUrl(article.url()).setTitle(article.title())
                .setBody(article.body()).setLanguage(article.language()).setPublishedAt(article.publishedAt())
                .setIngestedAt(Instant.now(clock))
                .setIngestSequence(sequence.getAndIncrement())
                .build();
    }

    @Override
    public void close() {
        producer.close();
    }
}
