package io.wirestream.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.ingest.ArticleIds;
import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.EventTime;
import io.wirestream.ingest.JsonArticles;
import io.wirestream.ingest.service.IngestMetrics;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /articles over a real loopback socket; the producer is a MockProducer (the broker side is in local's IT). */
class ArticleEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
    private final HttpClient http = HttpClient.newHttpClient();
    private MockProducer<String, RawArticle> producer;
    private ArticleEndpoint endpoint;
    private IngestMetrics metrics;

    private void start(boolean autoComplete) throws Exception {
        producer = autoComplete
                ? new MockProducer<>(true, null, new StringSerializer(), topics.raw().valueSerde().serializer())
                : new MockProducer<>(false, null, new StringSerializer(), topics.raw().valueSerde().serializer()) {
                    @Override
                    public synchronized void flush() { // the broker answers at flush: it refuses the record
                        while (errorNext(new RecordTooLargeException("too large for the topic"))) {
                            Thread.onSpinWait();
                        }
                    }
                };
        ArticlePublisher publisher = new ArticlePublisher(producer, topics.raw(), Clock.systemUTC(),
                new EventTime(Duration.ofMinutes(15)));
        metrics = new IngestMetrics();
        endpoint = ArticleEndpoint.start("127.0.0.1", 0,
                new ArticlesHandler(2000, new JsonArticles("api"), publisher, metrics.source("http")), metrics);
    }

    @AfterEach
    void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.port() + "/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oneJsonArticleEvenPrettyPrintedIsProducedAndItsIdAnswered() throws Exception {
        start(true);
        HttpResponse<String> response = post("{\n  \"url\": \"https://example.org/a\",\n  \"body\": \"Body.\"\n}");
        assertThat(response.statusCode()).isEqualTo(200);
        String id = ArticleIds.of("api", "https://example.org/a", null, "Body.");
        assertThat(JSON.readTree(response.body()).at("/ids/0/id").asText()).isEqualTo(id);
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly(id);
    }

    @Test
    void aJsonLinesBatchAnswersIdsAndNamesEachBadLineAndField() throws Exception {
        start(true);
        HttpResponse<String> response = post(String.join("\n",
                "{\"id\":\"b1\",\"body\":\"One.\"}",
                "{\"id\":\"b2\",\"body\":\"\"}",
                "{\"id\":\"b3\",\"body\":\"Three.\",\"publishedAt\":\"yesterday\"}",
                "{\"id\":\"b4\",\"body\":\"Four.\"}"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("ids").toString()).isEqualTo("[{\"line\":1,\"id\":\"b1\"},{\"line\":4,\"id\":\"b4\"}]");
        assertThat(answer.get("errors").toString()).isEqualTo("[{\"line\":2,\"field\":\"body\",\"reason\":"
                + "\"empty or missing \\\"body\\\"\"},{\"line\":3,\"field\":\"publishedAt\",\"reason\":"
                + "\"unreadable \\\"publishedAt\\\": yesterday\"}]");
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("b1", "b4");
    }

    @Test
    void aBodyThatIsNotJsonIs400NamingTheLineAndTheServerGoesOn() throws Exception {
        start(true);
        HttpResponse<String> response = post("<html>not json</html>");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/errors/0/line").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(response.body()).at("/errors/0/reason").asText()).startsWith("invalid JSON");
        assertThat(post("{\"body\":\"Still here.\"}").statusCode()).isEqualTo(200);
        assertThat(metrics.source("http").line()).isEqualTo("http: fetched 1, new 1, produced 1, errors 1");
    }

    @Test
    void aBodyOverTheLimitIs413AndNothingIsProduced() throws Exception {
        start(true);
        HttpResponse<String> response = post("{\"body\":\"" + "x".repeat(3000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void theAnswerWaitsForTheBrokerAndA503SaysWhichIdsWereNotTaken() throws Exception {
        start(false);
        HttpResponse<String> response = post("{\"id\":\"x\",\"body\":\"Body.\"}");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(response.body()).at("/notAcknowledged/0/id").asText()).isEqualTo("x");
        assertThat(JSON.readTree(response.body()).get("ids")).isEmpty();
    }

    @Test
    void metricsAndHealthAreServedAndOtherMethodsRefused() throws Exception {
        start(true);
        post("{\"body\":\"Counted.\"}");
        String base = "http://127.0.0.1:" + endpoint.port();
        HttpResponse<String> metricsPage = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metricsPage.body()).contains("wirestream_ingest_items_produced_total{source=\"http\"} 1.0");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/articles")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("UP");
    }
}
