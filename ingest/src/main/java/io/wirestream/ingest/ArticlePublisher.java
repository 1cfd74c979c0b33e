package io.wirestream.ingest;

import io.wirestream.registry.RegistryWait;
import io.wirestream.schemas.RecordLimits;
import io.wirestream.schemas.Topic;
import io.wirestream.schemas.avro.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.UnknownProducerIdException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an {@link InputArticle} into a {@link RawArticle} record on {@code articles.raw} and sends it: the
 * deterministic id, the record timestamp from {@link EventTime}, an idempotent producer with acks=all. Every
 * source (files, stdin, a folder, HTTP, feeds) publishes through one of these, so they all make the same records.
 * A send that fails is that article's failure alone: the future completes exceptionally, nothing is thrown.
 * <p>
 * A send that the producer gave up on after its own retries for a reason a broker outage causes (the delivery
 * timeout; a sequence the restarted broker no longer knew) is sent once more before it counts as failed: after a
 * broker killed with SIGKILL the idempotent producer can spend its whole delivery timeout on one batch. Should the
 * first send have landed after all, the article is in articles.raw twice and enrich reports the second as a
 * redelivery; a duplicate notice, never a lost article.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticlePublisher.class);

    /** Default for {@code ingest.event.time.max.ahead}: well inside the broker's 1 h default. */
    public static final Duration DEFAULT_MAX_AHEAD = Duration.ofMinutes(15);

    /** How long a send waits for an unreachable schema registry before the article counts as failed. */
    static final Duration REGISTRY_WAIT = Duration.ofMinutes(5);

    private final RegistryWait registryWait = new RegistryWait(REGISTRY_WAIT, Duration.ofMillis(200),
            Duration.ofSeconds(10));

    private final Producer<String, RawArticle> producer;
    private final Topic<String, RawArticle> topic;
    private final Clock clock;
    private final EventTime eventTime;
    /** Arrival order within this process, for articles stamped in the same millisecond ({@code ingestSequence}). */
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong clamped = new AtomicLong();
    /** Second sends not yet acknowledged or failed: {@link #flush()} waits for them too. */
    private final AtomicLong resending = new AtomicLong();
    private final AtomicLong resent = new AtomicLong();
    /**
     * Second sends leave the producer's I/O thread, which runs the callbacks: a send from there could block on a full
     * buffer only that thread drains, or sleep through a registry outage.
     */
    private final ExecutorService resender = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "wirestream-ingest-resend");
        thread.setDaemon(true);
        return thread;
    });

    public ArticlePublisher(Properties kafka, Topic<String, RawArticle> topic, Clock clock, EventTime eventTime) {
        this(new KafkaProducer<>(producerProperties(kafka), topic.keySerde().serializer(),
                topic.valueSerde().serializer()), topic, clock, eventTime);
    }

    public ArticlePublisher(Producer<String, RawArticle> producer, Topic<String, RawArticle> topic, Clock clock,
                            EventTime eventTime) {
        this.producer = producer;
        this.topic = topic;
        this.clock = clock;
        this.eventTime = eventTime;
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
        // a raw record up to RecordLimits' size must get through the producer (its own default is 1 MB)
        properties.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(RecordLimits.MAX_MESSAGE_BYTES));
        return properties;
    }

    /**
     * Why an article cannot be a raw record because of its size, or null when it fits: the one size check of every
     * source (JSON input reports it as an input problem; the publisher refuses it for the other sources).
     */
    static String oversize(String id, String source, String url, String title, String body, String language) {
        long bytes = estimatedBytes(id, source, url, title, body, language);
        return bytes <= RecordLimits.MAX_RAW_RECORD_BYTES ? null : "article \"" + id + "\" is about " + bytes
                + " bytes, over the " + RecordLimits.MAX_RAW_RECORD_BYTES + " (2 MiB) a raw record may be"
                + " (docs/reliability.md, size limits)";
    }

    /** About how many bytes an article takes as a raw record: its texts in UTF-8 plus a little for the rest. */
    private static long estimatedBytes(String... texts) {
        long bytes = 64;
        for (String text : texts) {
            if (text != null) {
                bytes += utf8Length(text);
            }
        }
        return bytes;
    }

    private static long utf8Length(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** The record's id: the input's own (stripped of invisible characters) or the derived one. */
    public static String idOf(InputArticle article) {
        String given = Text.stripInvisible(article.id());
        return given != null && !given.isEmpty() ? given
                : ArticleIds.of(article.source(), article.url(), article.title(), article.body());
    }

    /** Sends {@code article}; the future completes when the broker has acknowledged it (acks=all) or failed. */
    public CompletableFuture<RecordMetadata> publish(InputArticle article) {
        CompletableFuture<RecordMetadata> result = new CompletableFuture<>();
        try {
            RawArticle raw = toRaw(article);
            String oversize = oversize(raw.getId(), raw.getSource(), raw.getUrl(), raw.getTitle(), raw.getBody(),
                    raw.getLanguage());
            if (oversize != null) {
                throw new IllegalArgumentException(oversize);
            }
            EventTime.Stamp stamp = eventTime.stamp(raw.getPublishedAt(), raw.getIngestedAt());
            if (stamp.clamped()) {
                clamped.incrementAndGet();
                log.info("article {} from {}: {}; record timestamp is the ingest time, publishedAt kept in the record",
                        raw.getId(), article.origin(), stamp.clampReason());
            }
            ProducerRecord<String, RawArticle> record = new ProducerRecord<>(topic.name(), null, stamp.timestamp(),
                    raw.getId(), raw);
            sendWaitingOutOutages(record, article.origin(), (meta, error) -> {
                if (error != null && worthOneMoreSend(error)) {
                    log.warn("article {} from {}: {}; sending it once more", raw.getId(), article.origin(),
                            error.toString());
                    resendLater(record, article.origin(), result);
                } else {
                    settle(result, raw.getId(), article.origin(), meta, error);
                }
            });
        } catch (RuntimeException e) { // serialisation, size: this article's fault, not the run's
            log.error("could not produce article from {}: {}", article.origin(), e.toString());
            result.completeExceptionally(e);
        }
        return result;
    }

    /** The errors a broker outage leaves behind once the producer's own retries are spent. */
    static boolean worthOneMoreSend(Exception error) {
        return error instanceof RetriableException || error instanceof OutOfOrderSequenceException
                || error instanceof UnknownProducerIdException;
    }

    private void resendLater(ProducerRecord<String, RawArticle> record, String origin,
                             CompletableFuture<RecordMetadata> result) {
        resending.incrementAndGet();
        resent.incrementAndGet();
        try {
            resender.execute(() -> {
                try {
                    sendWaitingOutOutages(record, origin, (meta, error) -> {
                        settle(result, record.key(), origin, meta, error);
                        resending.decrementAndGet();
                    });
                } catch (RuntimeException e) {
                    settle(result, record.key(), origin, null, e);
                    resending.decrementAndGet();
                }
            });
        } catch (RuntimeException e) { // closed meanwhile
            settle(result, record.key(), origin, null, e);
            resending.decrementAndGet();
        }
    }

    private static void settle(CompletableFuture<RecordMetadata> result, String id, String origin,
                               RecordMetadata meta, Exception error) {
        if (error == null) {
            result.complete(meta);
        } else {
            log.error("could not produce article {} from {}: {}", id, origin, error.toString());
            result.completeExceptionally(error);
        }
    }

    /**
     * Sends, and while the schema registry is unreachable (the serializer needs it for the schema id) waits and
     * tries again, doubling the pause up to 10 s, for at most {@link #REGISTRY_WAIT}: an outage is not the article's
     * fault and must not cost it. Anything else is thrown to the caller as that article's failure.
     */
    private void sendWaitingOutOutages(ProducerRecord<String, RawArticle> record, String origin,
                                       org.apache.kafka.clients.producer.Callback callback) {
        registryWait.call(() -> producer.send(record, callback), "sending article " + record.key() + " from " + origin);
    }

    RawArticle toRaw(InputArticle article) {
        return RawArticle.newBuilder()
                .setId(idOf(article)).setSource(article.source()).setUrl(article.url()).setTitle(article.title())
                .setBody(article.body()).setLanguage(article.language()).setPublishedAt(article.publishedAt())
                .setIngestedAt(Instant.now(clock))
                .setIngestSequence(sequence.getAndIncrement())
                .build();
    }

    /** Articles whose publishedAt lay outside the valid range, so the ingest time became their record timestamp. */
    public long clamped() {
        return clamped.get();
    }

    /** Articles sent a second time after the producer gave up on the first send (see the class comment). */
    public long resent() {
        return resent.get();
    }

    /** Returns once every article published so far is acknowledged or failed, second sends included. */
    public void flush() {
        producer.flush();
        while (resending.get() > 0) {
            try {
                Thread.sleep(20); // the second send is queued by the resender thread: flush again once it has
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            producer.flush();
        }
    }

    @Override
    public void close() {
        resender.shutdown();
        producer.close();
    }
}
