package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.duplicate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.db.TestDatabase;
import io.wirestream.sink.row.Change;
import io.wirestream.sink.row.DuplicateLinkRow;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the read API over HTTP, on a free port, against an H2 database with known rows. */
class ApiServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestDatabase database;
    private ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.h2(folder);
        ReadQueriesContract.write(database,
                article("a1", "Rebels enter Damascus", Instant.parse("2024-12-08T10:00:00Z"), "Ahmad al-Sharaa", "City Damascus"),
                article("a2", "Talks in Idlib", Instant.parse("2024-12-09T10:00:00Z"), "Ahmad al-Sharaa"));
        new SinkStore(database.database()).apply(List.of(new Change.UpsertDuplicateLink(
                DuplicateLinkRow.from(duplicate("d1", "a1", DuplicateKind.NEAR, 0.9)))));
        server = ApiServer.start(ApiSettings.local(0), new ReadQueries(database.database()),
                () -> Map.of("running", true), () -> "# metrics\nwirestream_sink_test 1.0\n");
    }

    @AfterEach
    void stop() throws SQLException {
        if (server != null) {
            server.close();
        }
        database.close();
    }

    @Test
    void recentArticlesPageWithAnOpaqueCursor() throws Exception {
        JsonNode first = getJson("/api/articles?limit=1", 200);
        assertThat(first.get("items")).hasSize(1);
        assertThat(first.get("items").get(0).get("id").asText()).isEqualTo("a2");
        String next = first.get("next").asText();
        JsonNode second = getJson("/api/articles?limit=1&cursor=" + next, 200);
        assertThat(second.get("items").get(0).get("id").asText()).isEqualTo("a1");
        assertThat(second.get("next").isNull()).isTrue();
        assertThat(getJson("/api/articles?cursor=bm9wZQ", 400).get("error").asText()).startsWith("cursor is invalid");
        assertThat(getJson("/api/search?q=damascus&cursor=" + next, 400).get("error").asText())
                .contains("another list");
    }

    @Test
    void oneArticle() throws Exception {
        JsonNode body = getJson("/api/articles/a1", 200);
        assertThat(body.get("article").get("title").asText()).isEqualTo("Rebels enter Damascus");
        assertThat(body.get("entities")).hasSize(2);
        assertThat(body.get("duplicates").get(0).get("id").asText()).isEqualTo("d1");
        assertThat(getJson("/api/articles/nope", 404).get("error").asText()).contains("nope");
    }

    @Test
    void aStoryShowsEachCopyWithItsOwnTextBesideTheOriginals() throws Exception {
        JsonNode story = getJson("/api/stories/d1", 200);
        assertThat(story.get("originalId").asText()).isEqualTo("a1");
        assertThat(story.get("originalBody").asText()).startsWith("Report. Ahmad al-Sharaa spoke today.");
        JsonNode copy = story.get("copies").get(0);
        assertThat(copy.get("id").asText()).isEqualTo("d1");
        assertThat(copy.get("kind").asText()).isEqualTo("NEAR");
        assertThat(copy.get("source").asText()).isEqualTo("copy-news");
        assertThat(copy.get("body").asText()).isEqualTo("The text of d1 as NEAR.");
        // the duplicate lists elsewhere stay small: no copy text in them
        assertThat(getJson("/api/articles/a1", 200).get("duplicates").get(0).has("body")).isFalse();
    }

    @Test
    void search() throws Exception {
        JsonNode body = getJson("/api/search?q=idlib", 200).get("items");
        assertThat(body).hasSize(1);
        assertThat(body.get(0).get("article").get("id").asText()).isEqualTo("a2");
        assertThat(getJson("/api/search?q=Rebels%20enter", 200).get("items")).hasSize(1);
        assertThat(getJson("/api/search", 400).get("error").asText()).contains("q");
        assertThat(getJson("/api/search?q=" + "x".repeat(201), 400).get("error").asText()).contains("at most 200");
    }

    @Test
    void topEntities() throws Exception {
        JsonNode body = getJson("/api/entities/top?from=2024-12-01&to=2024-12-31", 200);
        assertThat(body.get(0).get("id").asText()).isEqualTo("Q-Ahmad al-Sharaa");
        assertThat(body.get(0).get("articles").asLong()).isEqualTo(2);
        assertThat(getJson("/api/entities/top?type=location", 200)).hasSize(1);
        assertThat(getJson("/api/entities/top?from=2024-12-31&to=2024-12-01", 400).get("error").asText())
                .contains("before");
        assertThat(getJson("/api/entities/top?from=yesterday", 400).get("error").asText()).contains("ISO date");
        assertThat(getJson("/api/entities/top?type=ALIEN", 400).get("error").asText()).contains("PERSON");
    }

    @Test
    void entityTimeline() throws Exception {
        JsonNode body = getJson("/api/entities/Q-Ahmad%20al-Sharaa/timeline", 200);
        assertThat(body.get("entity").get("name").asText()).isEqualTo("Ahmad al-Sharaa");
        assertThat(body.get("days")).hasSize(2);
        assertThat(getJson("/api/entities/Q-Ahmad%20al-Sharaa/timeline?from=2024-12-09", 200).get("days")).hasSize(1);
        assertThat(getJson("/api/entities/unknown/timeline", 404).get("error").asText()).contains("unknown");
    }

    @Test
    void duplicateClusters() throws Exception {
        JsonNode body = getJson("/api/duplicates/clusters", 200);
        assertThat(body).hasSize(1);
        assertThat(body.get(0).get("originalId").asText()).isEqualTo("a1");
        assertThat(body.get(0).get("duplicates").get(0).get("kind").asText()).isEqualTo("NEAR");
    }

    @Test
    void statsHealthMetricsAndDashboard() throws Exception {
        JsonNode stats = getJson("/api/stats", 200);
        assertThat(stats.get("tables").get("articles").asLong()).isEqualTo(2);
        assertThat(stats.get("tables").get("duplicate_links").asLong()).isEqualTo(1);
        assertThat(stats.get("running").asBoolean()).isTrue();
        assertThat(getJson("/health", 200).get("status").asText()).isEqualTo("UP");
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("wirestream_sink_test");
        HttpResponse<String> dashboard = get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(dashboard.body()).contains("/assets/app.js");
        assertThat(get("/assets/app.js").body()).contains("/api/entities/trending", "/api/duplicates/clusters", "/api/search");
        assertThat(get("/assets/echarts.min.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/assets/app.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(getJson("/assets/pom.xml", 404).get("error").asText()).isNotBlank();
    }

    @Test
    void statsCountOnlyTheTablesAskedFor() throws Exception {
        JsonNode one = getJson("/api/stats?tables=articles", 200);
        assertThat(one.get("tables").properties()).extracting(Map.Entry::getKey).containsExactly("articles");
        assertThat(one.get("tables").get("articles").asLong()).isEqualTo(2);
        assertThat(one.get("running").asBoolean()).isTrue();
        JsonNode two = getJson("/api/stats?tables=duplicate_links,%20articles", 200);
        assertThat(two.get("tables").properties()).extracting(Map.Entry::getKey)
                .containsExactly("articles", "duplicate_links");
        assertThat(getJson("/api/stats?tables=articles,users", 400).get("error").asText())
                .contains("'users'", "articles, entities");
        JsonNode none = getJson("/api/stats?tables=none", 200);
        assertThat(none.get("tables").isEmpty()).as("no counts").isTrue();
        assertThat(none.get("running").asBoolean()).isTrue();
    }

    @Test
    void badRequestsAreAnsweredWithTheReason() throws Exception {
        assertThat(getJson("/api/articles?limit=0", 400).get("error").asText()).contains("limit");
        assertThat(getJson("/api/articles?limit=abc", 400).get("error").asText()).contains("limit");
        assertThat(getJson("/api/articles?limit=" + "9".repeat(5000), 400).get("error").asText()).contains("4096");
        assertThat(getJson("/api/nothing/here", 404).get("error").asText()).contains("no such endpoint");
        assertThat(getJson("/favicon.ico", 404).get("error").asText()).contains("no such page");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void aDatabaseOutageIsAServiceUnavailableAnswer() throws Exception {
        database.database().close();
        assertThat(getJson("/api/articles", 503).get("error").asText()).contains("database");
        assertThat(getJson("/health", 503).get("status").asText()).isEqualTo("DOWN");
        JsonNode stats = getJson("/api/stats", 200);
        assertThat(stats.get("tables").isNull()).isTrue();
        assertThat(stats.get("databaseError").asText()).contains("database");
    }

    private JsonNode getJson(String path, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("status of GET %s: %s", path, response.body()).isEqualTo(expectedStatus);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
