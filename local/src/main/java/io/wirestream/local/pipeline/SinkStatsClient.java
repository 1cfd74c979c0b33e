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
import java.util.function.LongSupplier;

/** Asks the sink's read API how many articles the database holds, and their titles. */
final class SinkStatsClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;

    private final LongSupplier nanoTime;

    SinkStatsClient(int port) {
        this(port, System::nanoTime);
    }

    SinkStatsClient(int port, LongSupplier nanoTime) {
        this.base = "http://127.0.0.1:" + port;
        this.nanoTime = nanoTime;
    }

    /** Articles in the database and records not yet stored and committed; both -1 while unknown. */
    record Stats(long articles, long lag) {
    }

    /** Between two counts of the articles table while the sink still has records to store. */
    private static final Duration COUNT_EVERY = Duration.ofSeconds(2);

    private long articles = -1;
    private long countedAt;

    /**
     * The sink's lag, and the articles in the database. The lag is asked every time; the articles are counted when
     * the lag is 0 (so a drained look shows what is stored) and otherwise at most every {@link #COUNT_EVERY}: on H2
     * a count walks the undo log of the transaction the sink is writing, which a look every 500 ms made an eighth of
     * the sink's CPU. -1s while its API is not up yet.
     */
    Stats stats() {
        JsonNode state = get("/api/stats?tables=none");
        if (state == null) {
            return new Stats(-1, -1);
        }
        long lag = state.path("lag").asLong(-1);
        if (lag == 0 || articles < 0 || nanoTime.getAsLong() - countedAt > COUNT_EVERY.toNanos()) {
            countArticles();
        }
        return new Stats(articles, lag);
    }

    /** Articles in the database now; -1 while the sink's API is not up. */
    long articles() {
        countArticles();
        return articles;
    }

    private void countArticles() {
        JsonNode counted = get("/api/stats?tables=articles"); // the one count shown: the others cost the sink more
        articles = counted == null ? -1 : counted.path("tables").path("articles").asLong(-1);
        countedAt = nanoTime.getAsLong();
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
