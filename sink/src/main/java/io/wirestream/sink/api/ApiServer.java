package io.wirestream.sink.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's read API and dashboard on the JDK's own HTTP server: a handful of read-only JSON endpoints do
 * not justify a web framework on the service's classpath. Every endpoint is a GET; see docs/sink.md.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    private static final int DEFAULT_LIMIT = 20;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ReadQueries queries;
    private final Supplier<Object> stats;
    private final Supplier<String> prometheus;
    private final byte[] dashboard;

    private ApiServer(HttpServer server, ExecutorService executor, ReadQueries queries, Supplier<Object> stats,
                      Supplier<String> prometheus) {
        this.server = server;
        this.executor = executor;
        this.queries = queries;
        this.stats = stats;
        this.prometheus = prometheus;
        this.dashboard = loadDashboard();
    }

    /**
     * Starts serving on {@code host:port} (port 0: any free port).
     *
     * @param stats      what {@code /api/stats} shows
     * @param prometheus the Prometheus text for {@code /metrics}, or null for no metrics endpoint
     */
    public static ApiServer start(String host, int port, ReadQueries queries, Supplier<Object> stats,
                                  Supplier<String> prometheus) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "sink-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ApiServer api = new ApiServer(server, executor, queries, stats, prometheus);
        server.createContext("/", api::handle);
        server.setExecutor(executor);
        server.start();
        log.info("read API and dashboard on http://{}:{}/", host, api.port());
        return api;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        // not try-with-resources: the exchange must still be open when a catch block writes the error answer
        try {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                JsonResponses.error(exchange, 405, "only GET is supported");
                return;
            }
            route(exchange);
        } catch (BadRequestException e) {
            JsonResponses.error(exchange, 400, e.getMessage());
        } catch (NotFoundException e) {
            JsonResponses.error(exchange, 404, e.getMessage());
        } catch (SQLException e) {
            log.warn("database query failed for {}: {}", exchange.getRequestURI().getRawPath(), e.getMessage());
            JsonResponses.error(exchange, 503, "database unavailable: " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("request {} failed", exchange.getRequestURI(), e);
            JsonResponses.error(exchange, 500, "internal error: " + e.getClass().getSimpleName());
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException, SQLException {
        String rawPath = exchange.getRequestURI().getRawPath();
        List<String> path = Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
                .map(QueryParameters::decodePathSegment).toList();
        QueryParameters query = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
        switch (path.size()) {
            case 0 -> JsonResponses.send(exchange, 200, "text/html; charset=utf-8", dashboard);
            case 1 -> routeTop(exchange, path.get(0));
            default -> {
                if (!path.get(0).equals("api")) {
                    throw new NotFoundException("no such page: " + rawPath);
                }
                routeApi(exchange, path.subList(1, path.size()), query);
            }
        }
    }

    private void routeTop(HttpExchange exchange, String name) throws IOException {
        switch (name) {
            case "index.html" -> JsonResponses.send(exchange, 200, "text/html; charset=utf-8", dashboard);
            case "health" -> {
                try {
                    queries.ping();
                    JsonResponses.json(exchange, 200, Map.of("status", "UP"));
                } catch (SQLException e) {
                    JsonResponses.json(exchange, 503, Map.of("status", "DOWN", "reason", String.valueOf(e.getMessage())));
                }
            }
            case "metrics" -> {
                if (prometheus == null) {
                    throw new NotFoundException("metrics are not enabled");
                }
                JsonResponses.send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8",
                        JsonResponses.utf8(prometheus.get()));
            }
            default -> throw new NotFoundException("no such page: /" + name);
        }
    }

    private void routeApi(HttpExchange exchange, List<String> path, QueryParameters query)
            throws IOException, SQLException {
        String first = path.get(0);
        int size = path.size();
        if (first.equals("stats") && size == 1) {
            JsonResponses.json(exchange, 200, stats.get());
        } else if (first.equals("articles") && size == 1) {
            JsonResponses.json(exchange, 200, queries.recentArticles(query.limit(DEFAULT_LIMIT), query.before()));
        } else if (first.equals("articles") && size == 2) {
            JsonResponses.json(exchange, 200, queries.article(path.get(1))
                    .orElseThrow(() -> new NotFoundException("no article with id '" + path.get(1) + "'")));
        } else if (first.equals("search") && size == 1) {
            JsonResponses.json(exchange, 200, queries.search(query.searchText(), query.limit(DEFAULT_LIMIT)));
        } else if (first.equals("entities") && size == 2 && path.get(1).equals("top")) {
            JsonResponses.json(exchange, 200,
                    queries.topEntities(query.range(), query.entityType(), query.limit(DEFAULT_LIMIT)));
        } else if (first.equals("entities") && size == 3 && path.get(2).equals("timeline")) {
            JsonResponses.json(exchange, 200, queries.timeline(path.get(1), query.range())
                    .orElseThrow(() -> new NotFoundException("no entity with id '" + path.get(1) + "'")));
        } else if (first.equals("duplicates") && size == 2 && path.get(1).equals("clusters")) {
            JsonResponses.json(exchange, 200, queries.duplicateClusters(query.limit(DEFAULT_LIMIT)));
        } else {
            throw new NotFoundException("no such endpoint: /api/" + String.join("/", path));
        }
    }

    private static byte[] loadDashboard() {
        try (InputStream in = ApiServer.class.getResourceAsStream("/dashboard/index.html")) {
            if (in == null) {
                throw new IllegalStateException("dashboard/index.html is missing from the sink's jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read dashboard/index.html: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
