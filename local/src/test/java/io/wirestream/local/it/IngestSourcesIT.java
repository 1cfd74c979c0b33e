package io.wirestream.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.CommonFields;
import io.wirestream.config.ServiceConfig;
import io.wirestream.ingest.ArticleIds;
import io.wirestream.ingest.ArticlePublisher;
import io.wirestream.ingest.ArticleReader;
import io.wirestream.ingest.EventTime;
import io.wirestream.ingest.IngestFields;
import io.wirestream.ingest.IngestReport;
import io.wirestream.ingest.Ingester;
import io.wirestream.ingest.JsonArticles;
import io.wirestream.ingest.Pacing;
import io.wirestream.ingest.feed.FeedFixtureServer;
import io.wirestream.ingest.feed.FeedFixtureServer.Format;
import io.wirestream.ingest.feed.FeedFixtureServer.Item;
import io.wirestream.ingest.feed.FeedSource;
import io.wirestream.ingest.feed.FeedStateStore;
import io.wirestream.ingest.fetch.Fetcher;
import io.wirestream.ingest.fetch.HostGate;
import io.wirestream.ingest.http.ArticleEndpoint;
import io.wirestream.ingest.http.ArticlesHandler;
import io.wirestream.ingest.service.IngestMetrics;
import io.wirestream.ingest.service.SourceMetrics;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.TopicCreator;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest's sources against the real KRaft broker (topics of their own; the registry is the in-memory one, the
 * broker stores the bytes): the feed bar of issue 12, the event-time range of issue 11 (a broker refuses a
 * batch holding a timestamp more than an hour ahead), and POST /articles answering after the broker's acks.
 */
class IngestSourcesIT {

    private static final Instant START = Instant.parse("2025-01-20T08:00:00Z");

    @TempDir
    Path work;

    private ServiceConfig config;
    private Topics topics;

    @BeforeEach
    void topics() throws Exception {
        String prefix = "ingest-" + UUID.randomUUID().toString().substring(0, 8) + ".";
        config = ServiceConfig.builder("it").fields(IngestFields.ALL)
                .set("kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers())
                .set("schema.registry.url", "mock://ingest-it")
                .set(CommonFields.TOPIC_PREFIX.name(), prefix).build();
        topics = Topics.from(config, new InMemorySchemaRegistryClient());
        try (Admin admin = Admin.create(config.kafkaProperties())) {
            TopicCreator.ensure(admin, topics.all());
        }
    }

    private ArticlePublisher publisher() {
        return new ArticlePublisher(config.kafkaProperties(), topics.raw(), Clock.systemUTC(),
                new EventTime(Duration.ofMinutes(15)));
    }

    private List<ConsumerRecord<String, RawArticle>> raw() {
        Deserializer<RawArticle> values = topics.raw().valueSerde().deserializer();
        return TopicContents.readAll(config.kafkaProperties(), topics.raw().name()).stream()
                .map(r -> new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.timestamp(), r.timestampType(),
                        r.serializedKeySize(), r.serializedValueSize(), new String(r.key()),
                        values.deserialize(r.topic(), r.value()), r.headers(), r.leaderEpoch()))
                .toList();
    }

    @Test
    void threeFeedsOfTwentyPolledThreeTimesLeaveSixtyTwoDistinctIdsAndTheEditAsANewVersion() throws Exception {
        try (FeedFixtureServer server = new FeedFixtureServer(); ArticlePublisher publisher = publisher()) {
            String[] paths = {"/rss", "/atom", "/rdf"};
            Format[] formats = {Format.RSS, Format.ATOM, Format.RDF};
            List<List<Item>> feeds = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                feeds.add(new ArrayList<>(FeedFixtureServer.items("f" + f, "https://news.example", 20, START)));
                server.feed(paths[f], formats[f], feeds.get(f));
            }
            Fetcher fetcher = new Fetcher(new HostGate(Duration.ofMillis(50)), new Fetcher.Limits(Duration.ofSeconds(5),
                    Duration.ofSeconds(10), 5_000_000, 2, Duration.ofMillis(100)), "wirestream-it");
            FeedStateStore states = new FeedStateStore(work.resolve("feed-state.json"));
            List<FeedSource> sources = new ArrayList<>();
            for (String path : paths) {
                sources.add(new FeedSource(URI.create(server.url(path)), Duration.ofMinutes(5), fetcher, null, states,
                        publisher, new SourceMetrics("feed:" + path)));
            }
            List<String> polls = new ArrayList<>();
            for (FeedSource source : sources) {
                polls.add("1:" + source.pollOnce().produced());
            }
            for (FeedSource source : sources) {
                polls.add("2:" + (source.pollOnce().notModified() ? "304" : "200"));
            }
            feeds.get(0).addAll(FeedFixtureServer.items("late", "https://news.example", 2, START.plusSeconds(3600)));
            server.feed("/rss", Format.RSS, feeds.get(0));
            Item edited = feeds.get(1).get(7);
            feeds.get(1).set(7, new Item(edited.link(), edited.title(), edited.description(),
                    "<p>Corrected: the figure is 40, not 14.</p>", edited.published()));
            server.feed("/atom", Format.ATOM, feeds.get(1));
            for (FeedSource source : sources) {
                polls.add("3:" + source.pollOnce().produced());
            }

            assertThat(polls).containsExactly("1:20", "1:20", "1:20", "2:304", "2:304", "2:304", "3:2", "3:1", "3:0");
            List<ConsumerRecord<String, RawArticle>> records = raw();
            Map<String, List<ConsumerRecord<String, RawArticle>>> byId = records.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key));
            assertThat(byId).hasSize(62);
            String editedId = ArticleIds.of("127.0.0.1", edited.link(), null, null);
            assertThat(byId.entrySet()).filteredOn(e -> e.getValue().size() > 1).extracting(Map.Entry::getKey)
                    .containsExactly(editedId); // every unchanged item exactly once
            assertThat(byId.get(editedId)).extracting(r -> r.value().getBody()).containsExactly(
                    "Full text of f1 story 8, first paragraph.\n\nSecond paragraph.",
                    "Corrected: the figure is 40, not 14.");
            assertThat(records).hasSize(63);
        }
    }

    @Test
    void preEpochAndFarFutureArticlesAreProducedWithTheirNeighboursNotLostWithTheirBatch() throws Exception {
        StringBuilder lines = new StringBuilder();
        Instant now = Instant.now();
        for (int i = 0; i < 40; i++) {
            String published = i == 10 ? "1960-06-30T00:00:00Z" : i == 20 ? now.plus(Duration.ofHours(2)).toString()
                    : now.minus(Duration.ofMinutes(i)).toString();
            lines.append("{\"id\":\"t").append(i).append("\",\"body\":\"Article ").append(i)
                    .append(".\",\"publishedAt\":\"").append(published).append("\"}\n");
        }
        Files.writeString(work.resolve("dates.jsonl"), lines);
        IngestReport report;
        try (Ingester ingester = new Ingester(publisher(), new ArticleReader(1 << 20, "it"), Pacing.UNLIMITED)) {
            report = ingester.ingest(List.of(work.resolve("dates.jsonl")));
        }
        assertThat(report.summary()).startsWith("read 40, produced 40, failed 0, skipped 0, 2 with publishedAt");
        Map<String, ConsumerRecord<String, RawArticle>> byId = raw().stream()
                .collect(Collectors.toMap(ConsumerRecord::key, Function.identity()));
        assertThat(byId).hasSize(40);
        assertThat(byId.get("t10").value().getPublishedAt()).isEqualTo(Instant.parse("1960-06-30T00:00:00Z"));
        assertThat(byId.get("t10").timestamp()).isEqualTo(byId.get("t10").value().getIngestedAt().toEpochMilli());
        assertThat(byId.get("t20").timestamp()).isEqualTo(byId.get("t20").value().getIngestedAt().toEpochMilli());
    }

    @Test
    void postArticlesAnswersOnceTheBrokerHasTheRecords() throws Exception {
        IngestMetrics metrics = new IngestMetrics();
        try (ArticlePublisher publisher = publisher();
             ArticleEndpoint endpoint = ArticleEndpoint.start("127.0.0.1", 0, new ArticlesHandler(1 << 20,
                     new JsonArticles("api"), publisher, metrics.source("http")), metrics)) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + endpoint.port() + "/articles")).POST(HttpRequest.BodyPublishers
                    .ofString("{\"id\":\"h1\",\"body\":\"One.\"}\n{\"id\":\"h2\"}\n{\"id\":\"h3\",\"body\":\"Three.\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"line\":2,\"field\":\"body\"");
            // no waiting: a 200 means acks=all came back, so the records are there to read now
            assertThat(raw()).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("h1", "h3");
        }
    }
}
