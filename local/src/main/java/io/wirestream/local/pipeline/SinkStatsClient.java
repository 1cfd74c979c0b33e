package io.wirestream.local.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Asks the sink's read API how many articles the database holds, and their titles. */
final class SinkStatsClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    SinkStatsClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Articles in the database and records not yet stored and committed; both -1 while unknown. */
    record Stats(long articles, long lag) {
    }

    /** One call to the sink's {@code /api/stats}; -1s while its API is not up yet. */
    Stats stats() {
        JsonNode stats = get("/api/stats?tables=articles"); // the one count shown: the others cost the sink more
        return stats == null ? new Stats(-1, -1)
                : new Stats(stats.path("tables").path("articles").asLong(-1), stats.path("lag").asLong(-1));
    }

    List<String> recentTitles(int limit) {
        JsonNode recent = get("/api/articles?limit=" + limit);
        List<String> titles = new ArrayList<>();
        if (recent != null) {
            JsonNode items = recent.isArray() ? recent : recent.path("items");
            items.forEach(item -> titles.add(item.path("id").asText() + "  "
                    + item.path("cleanTitle").asText(item.path("title").asText(""))));
        }
        return titles;
    }

    private JsonNode get(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? json.readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
