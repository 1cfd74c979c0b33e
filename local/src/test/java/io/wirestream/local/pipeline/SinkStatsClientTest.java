package io.wirestream.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runner's poll of the sink: the lag every look, the costly count of articles only when it tells something. */
class SinkStatsClientTest {

    private HttpServer sink;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final AtomicLong lag = new AtomicLong(40);
    private final AtomicLong now = new AtomicLong();
    private SinkStatsClient client;

    @BeforeEach
    void startAStandInSinkApi() throws IOException {
        sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        sink.createContext("/api/stats", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            asked.add(query);
            String tables = query.equals("tables=none") ? "{}" : "{\"articles\": 7}";
            byte[] body = ("{\"tables\": " + tables + ", \"lag\": " + lag.get() + ", \"running\": true}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sink.start();
        client = new SinkStatsClient(sink.getAddress().getPort(), now::get);
    }

    @AfterEach
    void stop() {
        sink.stop(0);
    }

    @Test
    void whileTheSinkLagsItCountsTheArticlesOnlyEveryTwoSeconds() {
        assertThat(client.stats()).isEqualTo(new SinkStatsClient.Stats(7, 40)); // the first look counts
        asked.clear();

        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(client.stats()).isEqualTo(new SinkStatsClient.Stats(7, 40));
        now.addAndGet(Duration.ofMillis(500).toNanos());
        client.stats();
        assertThat(asked).containsExactly("tables=none", "tables=none");

        now.addAndGet(Duration.ofMillis(1500).toNanos());
        client.stats();
        assertThat(asked).endsWith("tables=none", "tables=articles");
    }

    @Test
    void onceNothingIsLeftToStoreEveryLookCounts() {
        client.stats();
        lag.set(0);
        asked.clear();

        client.stats();
        client.stats();

        assertThat(asked).containsExactly("tables=none", "tables=articles", "tables=none", "tables=articles");
        assertThat(client.articles()).isEqualTo(7);
    }

    @Test
    void aSinkNotUpYetIsUnknown() {
        sink.stop(0);

        assertThat(client.stats()).isEqualTo(new SinkStatsClient.Stats(-1, -1));
        assertThat(client.articles()).isEqualTo(-1);
    }
}
