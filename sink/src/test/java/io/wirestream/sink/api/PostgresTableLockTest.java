package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A table held under an exclusive lock (as a migration or a VACUUM FULL would) on the real PostgreSQL: reads
 * are cut off by the statement timeout and answered 503, and /health keeps answering throughout, even with
 * more requests waiting than the server has threads.
 */
class PostgresTableLockTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestDatabase database;
    private Database reads;
    private ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.postgres();
        ReadQueriesContract.write(database, article("a1", "Rebels enter Damascus",
                Instant.parse("2024-12-08T10:00:00Z"), "Ahmad al-Sharaa"));
        ApiSettings settings = ApiSettings.local(0).withQueryTimeout(Duration.ofMillis(500));
        reads = Database.openForReads(settings.readPool(database.settings()), settings.queryTimeout());
        server = ApiServer.start(settings, new ReadQueries(reads), Map::of, () -> "");
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (reads != null) {
            reads.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aLockedTableTimesReadsOutWhileHealthStaysResponsive() throws Exception {
        try (Connection locker = DriverManager.getConnection(database.settings().url(), TestDatabase.POSTGRES_USER, "");
             Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE");

            // more waiting requests than the server's 16 threads and the pool's 4 connections
            List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                waiting.add(http.sendAsync(request("/api/articles?limit=" + (i + 1)), HttpResponse.BodyHandlers.ofString()));
            }
            HttpResponse<String> health = http.send(request("/health"), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);

            for (CompletableFuture<HttpResponse<String>> future : waiting) {
                HttpResponse<String> response = future.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                String error = JSON.readTree(response.body()).get("error").asText();
                assertThat(error).matches("the database did not answer within 500 ms|the database is busy.*");
                assertThat(error).doesNotContainIgnoringCase("select").doesNotContain("canceling statement");
            }
            HttpResponse<String> stats = http.send(request("/api/stats"), HttpResponse.BodyHandlers.ofString());
            assertThat(stats.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(stats.body());
            assertThat(body.get("tables").isNull()).isTrue();
            assertThat(body.get("databaseError").asText()).isEqualTo("the database did not answer within 500 ms");
            locker.rollback();
        }
        HttpResponse<String> after = http.send(request("/api/articles"), HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(after.body()).get("items").get(0).get("id").asText()).isEqualTo("a1");
    }

    @Test
    void healthIsDownWhileTheArticlesTableIsMissing() throws Exception {
        try (Connection connection = DriverManager.getConnection(database.settings().url(), TestDatabase.POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE articles RENAME TO articles_gone");
            HttpResponse<String> health = http.send(request("/health"), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(health.body()).get("reason").asText()).isEqualTo("tables missing: articles");
            HttpResponse<String> list = http.send(request("/api/articles"), HttpResponse.BodyHandlers.ofString());
            assertThat(list.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(list.body()).get("error").asText()).isEqualTo("the sink's tables are missing");
            statement.execute("ALTER TABLE articles_gone RENAME TO articles");
        }
        HttpResponse<String> health = http.send(request("/health"), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).GET().build();
    }
}
