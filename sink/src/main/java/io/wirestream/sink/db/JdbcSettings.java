package io.wirestream.sink.db;

import java.util.Objects;

/** Where the sink's database is and how many connections it may hold. */
public record JdbcSettings(String url, String user, String password, int poolSize) {

    public JdbcSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL (must start with jdbc:): " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, was " + poolSize);
        }
    }

    public Dialect dialect() {
        return Dialect.ofUrl(url);
    }

    /** The URL with any password parameter hidden, for logs. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1********");
    }
}
