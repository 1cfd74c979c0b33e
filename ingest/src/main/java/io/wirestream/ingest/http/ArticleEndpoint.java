package io.wirestream.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wirestream.ingest.service.IngestMetrics;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest's HTTP side on the JDK's own server, as the sink serves its API (a few endpoints do not justify a web
 * framework): {@code POST /articles} (see {@link ArticlesHandler}), {@code GET /metrics} (Prometheus, every
 * source) and {@code GET /health}. Bound to 127.0.0.1 unless configured otherwise: it has no authentication.
 */
public final class ArticleEndpoint implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ArticleEndpoint.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;

    private ArticleEndpoint(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on {@code host:port} (port 0: any free port). */
    public static ArticleEndpoint start(String host, int port, ArticlesHandler articles, IngestMetrics metrics)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "ingest-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", exchange -> {
            try (exchange) {
                route(exchange, articles, metrics);
            } catch (IOException | RuntimeException e) {
                log.warn("source http: request {} {} failed: {}", exchange.getRequestMethod(),
                        exchange.getRequestURI(), e.toString());
            }
        });
        server.setExecutor(executor);
        server.start();
        ArticleEndpoint endpoint = new ArticleEndpoint(server, executor);
        log.info("POST /articles, /metrics and /health on http://{}:{}/", host, endpoint.port());
        return endpoint;
    }

    private static void route(HttpExchange exchange, ArticlesHandler articles, IngestMetrics metrics)
            throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        switch (path) {
            case "/articles" -> {
                if (!method.equals("POST")) {
                    exchange.getResponseHeaders().set("Allow", "POST");
                    json(exchange, 405, Map.of("error", "POST a JSON article or JSON Lines to /articles"));
                } else {
                    articles.handle(exchange);
                }
            }
            case "/metrics" -> send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                    metrics.prometheus().getBytes(StandardCharsets.UTF_8));
            case "/health" -> json(exchange, 200, Map.of("status", "UP"));
            default -> json(exchange, 404, Map.of("error", "no such endpoint: " + path));
        }
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
