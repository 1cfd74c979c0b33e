package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every parameter of every endpoint with hostile values: the answer is always JSON, never a 500; a value the
 * parameter cannot take is a 400 whose message names the parameter; unknown ids are 404s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOSTILE = List.of("", "%20", "-1", "0", "abc", "9".repeat(3000), "%ZZ", "%",
            "%E0%A4%A", "'%20OR%201=1%20--", "%3Cscript%3Ealert(1)%3C/script%3E", "%00", "1e9", "2024-13-45",
            "bm9wZQ", "eyJsIjoieCJ9");
    /** Each endpoint with the parameters it reads. */
    private static final Map<String, List<String>> ENDPOINTS = Map.of(
            "/api/articles", List.of("limit", "cursor"),
            "/api/search?q=damascus&", List.of("limit", "cursor", "q"),
            "/api/entities/top", List.of("from", "to", "type", "limit"),
            "/api/entities/trending", List.of("from", "to", "type", "limit"),
            "/api/entities/Q-Ahmad%20al-Sharaa/timeline", List.of("from", "to"),
            "/api/entities/Q-Ahmad%20al-Sharaa", List.of("limit"),
            "/api/entities/Q-Ahmad%20al-Sharaa/articles", List.of("limit", "cursor"),
            "/api/charts/articles", List.of("bucket", "from", "to"),
            "/api/charts/duplicates", List.of("from", "to"),
            "/api/duplicates/clusters", List.of("limit"));

    @TempDir
    static Path folder;

    private TestDatabase database;
    private Database reads;
    private ApiServer server;

    @BeforeAll
    void start() throws Exception {
        database = TestDatabase.h2(folder);
        ReadQueriesContract.write(database, article("a1", "Rebels enter Damascus", Instant.parse("2024-12-08T10:00:00Z"),
                "Ahmad al-Sharaa", "City Damascus"));
        ApiSettings settings = ApiSettings.local(0);
        reads = Database.openForReads(settings.readPool(database.settings()), settings.queryTimeout());
        server = ApiServer.start(settings, new ReadQueries(reads), Map::of, () -> "");
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        reads.close();
        database.close();
    }

    @Test
    void everyParameterWithEveryHostileValueIsAnsweredInJsonAndNeverA500() throws Exception {
        int checked = 0;
        for (Map.Entry<String, List<String>> endpoint : ENDPOINTS.entrySet()) {
            for (String parameter : endpoint.getValue()) {
                for (String value : HOSTILE) {
                    String path = endpoint.getKey() + (endpoint.getKey().endsWith("&") ? "" : "?") + parameter + "="
                            + value;
                    RawHttp.Answer answer = RawHttp.get(server.port(), path);
                    assertThat(answer.status()).as(path).isIn(200, 400);
                    assertThat(answer.header("Content-Type")).as(path).isEqualTo("application/json; charset=utf-8");
                    JsonNode body = JSON.readTree(answer.body());
                    if (answer.status() == 400) {
                        assertThat(body.get("error").asText()).as(path).contains(parameter);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void unknownIdsAreJson404s() throws Exception {
        for (String path : List.of("/api/articles/nope", "/api/entities/nope", "/api/entities/nope/timeline",
                "/api/stories/nope", "/api/entities/%3Cscript%3E", "/api/stories/'%20OR%201=1%20--")) {
            RawHttp.Answer answer = RawHttp.get(server.port(), path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(answer.body()).get("error").asText()).as(path).startsWith("no ");
        }
        // an unknown entity's article list is an empty page, not an error: the list exists, it has no rows
        RawHttp.Answer empty = RawHttp.get(server.port(), "/api/entities/nope/articles");
        assertThat(JSON.readTree(empty.body()).get("items")).isEmpty();
    }
}
