package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

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
}
