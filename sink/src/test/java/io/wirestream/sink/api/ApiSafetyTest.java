package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Safe by default: headers, the optional token, JSON for every error, health that tells the truth. */
class ApiSafetyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestDatabase database;
    private Database reads;
    private ApiServer server;
    // a guard against a hang failing the build by time-out rather than an assertion on speed
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private void start(ApiSettings settings) throws Exception {
        database = TestDatabase.h2(folder);
        ReadQueriesContract.write(database, article("a1", "Rebels enter Damascus",
                Instant.parse("2024-12-08T10:00:00Z"), "Ahmad al-Sharaa"));
        reads = Database.openForReads(settings.readPool(database.settings()), settings.queryTimeout());
        server = ApiServer.start(settings, new ReadQueries(reads), Map::of, () -> "# none\n");
    }

    @AfterEach
    void stop() throws SQLException {
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
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        start(ApiSettings.local(0));
        for (String path : new String[] {"/", "/api/articles", "/api/nothing", "/health", "/api/search?q=%ZZ",
                "/api/articles/%ZZ"}) {
            RawHttp.Answer response = RawHttp.get(server.port(), path);
            assertThat(response.header("Content-Security-Policy")).as(path)
                    .contains("script-src 'self'", "frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
    }

    @Test
    void theApiListensOnLoopbackByDefault() throws Exception {
        start(ApiSettings.local(0));
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
        // and only there: through this machine's other addresses the port does not answer
        List<java.net.InetAddress> others = java.net.NetworkInterface.networkInterfaces().filter(n -> {
            try {
                return n.isUp() && !n.isLoopback();
            } catch (java.net.SocketException e) {
                return false;
            }
        }).flatMap(java.net.NetworkInterface::inetAddresses).filter(a -> !a.isLinkLocalAddress()).toList();
        for (java.net.InetAddress address : others) {
            assertThatThrownBy(() -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new java.net.InetSocketAddress(address, server.port()), 2_000);
                }
            }).as("%s", address).isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void aConfiguredTokenGuardsTheApiAndMetricsButNotThePageOrHealth() throws Exception {
        start(ApiSettings.local(0).withToken("s3cret"));
        assertThat(get("/api/articles", null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = get("/api/articles", "Bearer nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(JSON.readTree(wrong.body()).get("error").asText()).contains("Authorization: Bearer");
        assertThat(get("/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/articles", "Bearer s3cret").statusCode()).isEqualTo(200);
        assertThat(get("/metrics", "bearer s3cret").statusCode()).isEqualTo(200);
        assertThat(get("/", null).statusCode()).isEqualTo(200);
        assertThat(get("/assets/app.js", null).statusCode()).isEqualTo(200);
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?q=%ZZ", "/api/search?q=%", "/api/articles?limit=%E0%A4%A",
            "/api/articles/%ZZ", "/api/entities/%ZZ/timeline", "/%ZZ", "/api/articles/a%2Fb", "/api/articles/..%2F..",
            "/api/articles/%00"})
    void malformedAddressesAreJsonErrors(String path) throws Exception {
        start(ApiSettings.local(0));
        RawHttp.Answer response = RawHttp.get(server.port(), path);
        assertThat(response.status()).as(path + " -> " + response.body()).isIn(400, 404);
        assertThat(response.header("Content-Type")).as(path).isEqualTo("application/json; charset=utf-8");
        assertThat(JSON.readTree(response.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void aRequestLineJettyCannotParseIsStillAnsweredInJson() throws Exception {
        start(ApiSettings.local(0));
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/search?q=a b c HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400").contains("application/json").contains("\"error\"")
                    .doesNotContain("<html");
        }
    }

    @Test
    void healthIsDownWhenATableIsMissingAndNoAnswerEchoesSql() throws Exception {
        start(ApiSettings.local(0));
        assertThat(getJson("/health", 200).get("status").asText()).isEqualTo("UP");
        try (Connection connection = database.database().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE articles RENAME TO articles_away");
            connection.commit();
        }
        JsonNode health = getJson("/health", 503);
        assertThat(health.get("status").asText()).isEqualTo("DOWN");
        assertThat(health.get("reason").asText()).contains("articles");
        JsonNode error = getJson("/api/articles", 503);
        assertThat(error.get("error").asText()).isEqualTo("the sink's tables are missing");
        JsonNode stats = getJson("/api/stats", 200);
        assertThat(stats.get("databaseError").asText()).isEqualTo("the sink's tables are missing");
        assertThat(error.toString() + stats + health).doesNotContainIgnoringCase("select")
                .doesNotContain("SQL").doesNotContain("42S02");
    }

    private JsonNode getJson(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, null);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
