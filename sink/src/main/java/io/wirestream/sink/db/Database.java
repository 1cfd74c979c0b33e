package io.wirestream.sink.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The sink's database: a connection pool, the schema migrations, and transactions. Every write of the sink
 * runs in {@link #inTransaction}, so a batch is either wholly in the database or not at all.
 */
public final class Database implements AutoCloseable {

    /** Work done with one connection inside one transaction. */
    @FunctionalInterface
    public interface TransactionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final HikariDataSource dataSource;
    private final Dialect dialect;
    private final JdbcSettings settings;

    private Database(HikariDataSource dataSource, JdbcSettings settings) {
        this.dataSource = dataSource;
        this.dialect = settings.dialect();
        this.settings = settings;
    }

    /**
     * Opens the pool without touching the database yet, so a sink can start while its database is still
     * down and retry: connections are made on first use.
     */
    public static Database open(JdbcSettings settings) {
        HikariConfig config = pool(io.wirestream.schemas.ConsumerGroups.SINK, settings);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1); // do not fail construction when the database is down
        return new Database(new HikariDataSource(config), settings);
    }

    /** What both pools share: the database, its credentials, the size; no idle connections; transactions. */
    private static HikariConfig pool(String name, JdbcSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(0);
        config.setAutoCommit(false);
        return config;
    }

    /**
     * A read-only pool of its own for the read API, so a slow or locked read can never take the writer's
     * connections (nor the writer the API's). Every statement on it is cut off after {@code queryTimeout}, lock
     * waits included, and a request waits at most that long for a free connection: HTTP threads never hang.
     */
    public static Database openForReads(JdbcSettings settings, Duration queryTimeout) {
        long millis = Math.max(1, queryTimeout.toMillis());
        HikariConfig config = pool(io.wirestream.schemas.ConsumerGroups.SINK + "-read", settings);
        config.setReadOnly(true);
        config.setConnectionTimeout(Math.max(250, millis));
        config.setValidationTimeout(Math.max(250, Math.min(millis, 5_000)));
        switch (settings.dialect()) {
            // a startup option, not a SET: a SET in the first transaction would be undone by its rollback
            case POSTGRESQL -> {
                // one backend per query: parallel workers, started for each query, cost more than they save on
                // the API's small reads, and far more when requests run side by side (a phrase search's bitmap
                // scan: 180-450 ms with two workers, 40-70 ms without, on 2 cores; docs/benchmarks.md)
                config.addDataSourceProperty("options", "-c statement_timeout=" + millis
                        + " -c max_parallel_workers_per_gather=0");
                // no server-side prepared statements: each search is planned knowing its words (a generic
                // plan cannot tell a word in half the articles from a rare one)
                config.addDataSourceProperty("prepareThreshold", "0");
            }
            case H2 -> config.setConnectionInitSql("SET QUERY_TIMEOUT " + millis);
        }
        config.setInitializationFailTimeout(-1);
        return new Database(new HikariDataSource(config), settings);
    }

    /** Creates or upgrades the tables (Flyway: classpath:db/migration and db/postgresql or db/h2); idempotent. */
    public void migrate() {
        Flyway.configure()
                .dataSource(dataSource)
                // the shared schema, then what only one vendor has (PostgreSQL's full-text search)
                .locations("classpath:db/migration", "classpath:db/" + dialect.name().toLowerCase(Locale.ROOT))
                .load()
                .migrate();
    }

    /** Runs {@code work} in one transaction: commits when it returns, rolls back when it throws. */
    public <T> T inTransaction(TransactionWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure); // the connection is likely gone; the original error says why
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    public JdbcSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
