package io.wirestream.sink.api;

import io.wirestream.sink.db.JdbcSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How the read API listens and whom it answers.
 *
 * @param host         the address to bind (127.0.0.1 by default: the API is local unless configured otherwise)
 * @param port         the port; 0 picks any free one
 * @param token        the bearer token required for {@code /api/*} and {@code /metrics}; empty for none
 * @param queryTimeout how long a request may wait for the database before it is answered 503
 * @param dbPermits    database requests served at once (the read pool's size less the one kept for /health)
 */
public record ApiSettings(String host, int port, String token, Duration queryTimeout, int dbPermits) {

    public ApiSettings {
        Objects.requireNonNull(host, "host");
        token = token == null ? "" : token.strip();
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (dbPermits < 1) {
            throw new IllegalArgumentException("dbPermits must be at least 1, was " + dbPermits);
        }
    }

    /** Local only, no token, a 5 s query timeout, three database requests at once: what tests need. */
    public static ApiSettings local(int port) {
        return new ApiSettings("127.0.0.1", port, "", Duration.ofSeconds(5), 3);
    }

    public ApiSettings withToken(String newToken) {
        return new ApiSettings(host, port, newToken, queryTimeout, dbPermits);
    }

    public ApiSettings withQueryTimeout(Duration timeout) {
        return new ApiSettings(host, port, token, timeout, dbPermits);
    }

    /** The database settings for the API's own pool: one connection per permit and one kept for /health. */
    public JdbcSettings readPool(JdbcSettings database) {
        return new JdbcSettings(database.url(), database.user(), database.password(), dbPermits + 1);
    }

    boolean requiresToken() {
        return !token.isEmpty();
    }
}
