package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ArticlePublisherTest {

    @Test
    void aRegistryOutageIsWaitedOutNotCountedAgainstTheArticle() throws Exception {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        Topics topics = Topics.withRegistry(registry);
        MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
                topics.raw().valueSerde().serializer());
        ArticlePublisher publisher = new ArticlePublisher(producer, topics.raw(), Clock.systemUTC(),
                new EventTime(Duration.ofMinutes(15)));
        registry.setUnreachable(true);
        Thread back = new Thread(() -> {
            try {
                Thread.sleep(700);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            registry.setUnreachable(false);
        });
        back.start();

        var sent = publisher.publish(new InputArticle("a-1", "Wire", null, "T", "The body.", null, null, "test:1"));

        assertThat(sent.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(producer.history()).singleElement().satisfies(r -> assertThat(r.key()).isEqualTo("a-1"));
        back.join();
    }

    private static final Topics TOPICS = Topics.withRegistry(new InMemorySchemaRegistryClient());

    private static MockProducer<String, RawArticle> manualProducer() {
        return new MockProducer<>(false, null, new StringSerializer(), TOPICS.raw().valueSerde().serializer());
    }

    private static ArticlePublisher publisher(MockProducer<String, RawArticle> producer) {
        return new ArticlePublisher(producer, TOPICS.raw(), Clock.systemUTC(), new EventTime(Duration.ofMinutes(15)));
    }

    private static InputArticle article(String id) {
        return new InputArticle(id, "Wire", null, "T", "The body.", null, null, "test:" + id);
    }

    @Test
    void aSendTheProducerGaveUpOnAfterAnOutageIsSentOnceMore() throws Exception {
        MockProducer<String, RawArticle> producer = manualProducer();
        ArticlePublisher publisher = publisher(producer);

        var sent = publisher.publish(article("a-1"));
        producer.errorNext(new TimeoutException("Expiring 1 record(s): 120000 ms has passed since batch creation"));
        publisher.flush(); // the second send completes normally in the mock's flush

        assertThat(sent.get(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(producer.history()).extracting(r -> r.key()).containsExactly("a-1", "a-1");
        assertThat(publisher.resent()).isEqualTo(1);
    }

    @Test
    @Timeout(60) // guards the wait for the resender thread, no speed asserted
    void aSecondFailureIsTheArticlesFailure() throws Exception {
        MockProducer<String, RawArticle> producer = manualProducer();
        ArticlePublisher publisher = publisher(producer);

        var sent = publisher.publish(article("a-2"));
        producer.errorNext(new TimeoutException("expired"));
        while (producer.history().size() < 2) { // the resender thread queues the second send
            Thread.sleep(5);
        }
        producer.errorNext(new TimeoutException("expired again"));
        publisher.flush();

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class).hasMessageContaining("expired again");
        assertThat(producer.history()).hasSize(2);
    }

    @Test
    void anErrorNoOutageCausesIsNotSentAgain() {
        MockProducer<String, RawArticle> producer = manualProducer();
        ArticlePublisher publisher = publisher(producer);

        var sent = publisher.publish(article("a-3"));
        producer.errorNext(new RecordTooLargeException("too large"));
        publisher.flush();

        assertThatThrownBy(() -> sent.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(RecordTooLargeException.class);
        assertThat(producer.history()).hasSize(1);
        assertThat(publisher.resent()).isZero();
    }
}
