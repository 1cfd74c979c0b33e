package io.wirestream.sink.api;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's read API and dashboard on an embedded Jetty (its core handler API, no servlets). Jetty rather
 * than the JDK's HttpServer because the latter answers malformed requests with HTML of its own before any
 * handler runs. Every endpoint is a GET; see docs/sink.md.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
    private static final int DEFAULT_LIMIT = 20;
    private static final int HTTP_THREADS = 16;

    private final Server server;
    private final ServerConnector connector;
    private final ApiSettings settings;
    private final ReadQueries queries;
    private final Supplier<Map<String, Object>> pipeline;
    private final Supplier<String> prometheus;
    private final DashboardAssets assets = DashboardAssets.load();
    private final BearerToken token;
    // database requests at once: fewer than the read pool's connections, so /health always finds one
    private final Semaphore databasePermits;

    private ApiServer(ApiSettings settings, ReadQueries queries, Supplier<Map<String, Object>> pipeline,
                      Supplier<String> prometheus) {
        this.settings = settings;
        this.queries = queries;
        this.pipeline = pipeline;
        this.prometheus = prometheus;
        this.token = new BearerToken(settings.token());
        this.databasePermits = new Semaphore(settings.dbPermits());
        QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, 2);
        threads.setName("sink-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(true);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrorHandler());
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                ApiServer.this.handle(request, response, callback);
                return true;
            }
        });
    }

    /**
     * Starts serving.
     *
     * @param pipeline   the consumer's state for {@code /api/stats} (lag, totals, running)
     * @param prometheus the Prometheus text for {@code /metrics}, or null for no metrics endpoint
     */
    public static ApiServer start(ApiSettings settings, ReadQueries queries, Supplier<Map<String, Object>> pipeline,
                                  Supplier<String> prometheus) throws IOException {
        ApiServer api = new ApiServer(settings, queries, pipeline, prometheus);
        try {
            api.server.start();
        } catch (IOException e) {
            api.close();
            throw e;
        } catch (Exception e) {
            api.close();
            throw new IOException(e.getMessage(), e);
        }
        log.info("dashboard: {}{}", api.url(), settings.requiresToken() ? " (API and /metrics need the bearer token)" : "");
        return api;
    }

    public int port() {
        return connector.getLocalPort();
    }

    /** The dashboard's address, e.g. {@code http://127.0.0.1:8088/}. */
    public String url() {
        String host = settings.host();
        String shown = host.isEmpty() || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        return "http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + port() + "/";
    }

    private void handle(Request request, Response response, Callback callback) {
        SecurityHeaders.addTo(response.getHeaders());
        try {
            String method = request.getMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                JsonResponses.error(response, callback, 405, "only GET is supported");
                return;
            }
            route(request, response, callback);
        } catch (BadRequestException e) {
            reply(response, callback, 400, e.getMessage());
        } catch (NotFoundException e) {
            reply(response, callback, 404, e.getMessage());
        } catch (UnauthorizedException e) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"wirestream\"");
            reply(response, callback, 401, e.getMessage());
        } catch (SQLException e) {
            log.warn("database query failed for {}: {} (SQLSTATE {})", request.getHttpURI().getPath(),
                    e.getMessage(), e.getSQLState());
            reply(response, callback, 503, DatabaseFailure.reason(e, settings.queryTimeout()));
        } catch (BusyException e) {
            reply(response, callback, 503, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply(response, callback, 503, "the server is shutting down");
        } catch (IOException | RuntimeException e) {
            log.error("request {} failed", request.getHttpURI().getPath(), e);
            reply(response, callback, 500, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private static void reply(Response response, Callback callback, int status, String message) {
        try {
            JsonResponses.error(response, callback, status, message);
        } catch (IOException | RuntimeException e) {
            callback.failed(e); // the response was already committed: nothing more can be said
        }
    }

    private void route(Request request, Response response, Callback callback)
            throws IOException, SQLException, InterruptedException {
        String rawPath = request.getHttpURI().getPath();
        List<String> path = Arrays.stream(rawPath.split("/")).filter(s -> !s.isEmpty())
                .map(QueryParameters::decodePathSegment).toList();
        QueryParameters query = QueryParameters.parse(request.getHttpURI().getQuery());
        if (path.isEmpty()) {
            asset(response, callback, "index.html");
        } else if (path.size() == 1) {
            routeTop(request, response, callback, path.get(0));
        } else if (path.size() == 2 && path.get(0).equals("assets")) {
            asset(response, callback, path.get(1));
        } else if (path.get(0).equals("api")) {
            authorize(request);
            routeApi(response, callback, path.subList(1, path.size()), query);
        } else {
            throw new NotFoundException("no such page: " + rawPath);
        }
    }

    private void asset(Response response, Callback callback, String name) {
        DashboardAssets.Asset asset = assets.get(name)
                .orElseThrow(() -> new NotFoundException("no such file: " + name));
        JsonResponses.send(response, callback, 200, asset.contentType(), asset.bytes());
    }

    private void authorize(Request request) {
        if (settings.requiresToken() && !token.accepts(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
            throw new UnauthorizedException("this endpoint needs the header 'Authorization: Bearer <sink.http.token>'");
        }
    }

    private void routeTop(Request request, Response response, Callback callback, String name) throws IOException {
        switch (name) {
            case "index.html" -> asset(response, callback, "index.html");
            case "health" -> health(response, callback);
            case "metrics" -> {
                authorize(request);
                if (prometheus == null) {
                    throw new NotFoundException("metrics are not enabled");
                }
                JsonResponses.send(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8",
                        JsonResponses.utf8(prometheus.get()));
            }
            default -> throw new NotFoundException("no such page: /" + name);
        }
    }

    /** UP only when the database answers and every sink table is there; never waits for the API's permits. */
    private void health(Response response, Callback callback) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            List<String> missing = queries.missingTables();
            if (missing.isEmpty()) {
                body.put("status", "UP");
                JsonResponses.json(response, callback, 200, body);
                return;
            }
            body.put("status", "DOWN");
            body.put("reason", "tables missing: " + String.join(", ", missing));
        } catch (SQLException e) {
            log.warn("health check failed: {} (SQLSTATE {})", e.getMessage(), e.getSQLState());
            body.put("status", "DOWN");
            body.put("reason", DatabaseFailure.reason(e, settings.queryTimeout()));
        }
        JsonResponses.json(response, callback, 503, body);
    }

    private void routeApi(Response response, Callback callback, List<String> path, QueryParameters query)
            throws IOException, SQLException, InterruptedException {
        String first = path.get(0);
        int size = path.size();
        if (first.equals("stats") && size == 1) {
            JsonResponses.json(response, callback, 200, stats(query.tables(ReadQueries.TABLES)));
            return;
        }
        Object body;
        if (first.equals("articles") && size == 1) {
            int limit = query.limit(DEFAULT_LIMIT);
            Cursor after = query.cursor(ReadQueries.ARTICLES);
            body = withDatabase(() -> queries.recentArticles(limit, after));
        } else if (first.equals("articles") && size == 2) {
            body = withDatabase(() -> queries.article(path.get(1)))
                    .orElseThrow(() -> new NotFoundException("no article with id '" + path.get(1) + "'"));
        } else if (first.equals("search") && size == 1) {
            String text = query.searchText();
            int limit = query.limit(DEFAULT_LIMIT);
            Cursor after = query.cursor(ReadQueries.searchList(text));
            body = withDatabase(() -> queries.search(text, limit, after));
        } else if (first.equals("entities") && size == 2 && path.get(1).equals("top")) {
            TimeRange range = query.range();
            String type = query.entityType();
            int limit = query.limit(DEFAULT_LIMIT);
            body = withDatabase(() -> queries.topEntities(range, type, limit));
        } else if (first.equals("entities") && size == 3 && path.get(2).equals("timeline")) {
            TimeRange range = query.range();
            body = withDatabase(() -> queries.timeline(path.get(1), range))
                    .orElseThrow(() -> new NotFoundException("no entity with id '" + path.get(1) + "'"));
        } else if (first.equals("entities") && size == 2 && path.get(1).equals("trending")) {
            TimeRange range = query.range();
            String type = query.entityType();
            int limit = query.limit(10);
            body = withDatabase(() -> queries.charts().trendingEntities(range, type, limit));
        } else if (first.equals("entities") && size == 2) {
            int limit = query.limit(DEFAULT_LIMIT);
            body = withDatabase(() -> queries.charts().entity(path.get(1), limit))
                    .orElseThrow(() -> new NotFoundException("no entity with id '" + path.get(1) + "'"));
        } else if (first.equals("entities") && size == 3 && path.get(2).equals("articles")) {
            int limit = query.limit(DEFAULT_LIMIT);
            Cursor after = query.cursor(ChartQueries.entityList(path.get(1)));
            body = withDatabase(() -> queries.charts().entityArticles(path.get(1), limit, after));
        } else if (first.equals("stories") && size == 2) {
            body = withDatabase(() -> queries.charts().story(path.get(1)))
                    .orElseThrow(() -> new NotFoundException("no story with id '" + path.get(1) + "'"));
        } else if (first.equals("charts") && size == 2 && path.get(1).equals("articles")) {
            ChartQueries.Bucket bucket = query.bucket();
            TimeRange range = query.range();
            body = withDatabase(() -> queries.charts().articlesBySource(bucket, range));
        } else if (first.equals("charts") && size == 2 && path.get(1).equals("duplicates")) {
            TimeRange range = query.range();
            body = withDatabase(() -> queries.charts().duplicateRate(range));
        } else if (first.equals("duplicates") && size == 2 && path.get(1).equals("clusters")) {
            int limit = query.limit(DEFAULT_LIMIT);
            body = withDatabase(() -> queries.duplicateClusters(limit));
        } else {
            throw new NotFoundException("no such endpoint: /api/" + String.join("/", path));
        }
        JsonResponses.json(response, callback, 200, body);
    }

    /**
     * Row counts of {@code tables} (null with the reason when the database does not answer in time) and the
     * consumer's state. A poller that needs one count asks for that table alone: counting the mentions table
     * under a steady write load is what the whole answer costs.
     */
    private Map<String, Object> stats(List<String> tables) throws InterruptedException {
        Map<String, Object> view = new LinkedHashMap<>();
        try {
            // no count asked for, no database question: H2 counts by walking open transactions' undo logs
            view.put("tables", tables.isEmpty() ? Map.of() : withDatabase(() -> queries.tableCounts(tables)));
        } catch (SQLException e) {
            log.warn("table counts failed: {} (SQLSTATE {})", e.getMessage(), e.getSQLState());
            view.put("tables", null);
            view.put("databaseError", DatabaseFailure.reason(e, settings.queryTimeout()));
        } catch (BusyException e) {
            view.put("tables", null);
            view.put("databaseError", e.getMessage());
        }
        view.putAll(pipeline.get());
        return view;
    }

    /** One database question. */
    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private <T> T withDatabase(Query<T> query) throws SQLException, InterruptedException {
        if (!databasePermits.tryAcquire(settings.queryTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
            throw new BusyException("the database is busy: every read connection has been in use for "
                    + settings.queryTimeout().toMillis() + " ms");
        }
        try {
            return query.run();
        } finally {
            databasePermits.release();
        }
    }

    /** Every read connection is taken (slow queries, a lock): answered 503, the thread is freed. */
    private static final class BusyException extends RuntimeException {
        BusyException(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("the HTTP server did not stop cleanly: {}", e.getMessage());
        }
    }
}
