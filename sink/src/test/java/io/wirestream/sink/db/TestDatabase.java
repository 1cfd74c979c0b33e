package io.wirestream.sink.db;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A migrated sink database for one test: an H2 file database in a temporary folder, or a schema of its own
 * in the real PostgreSQL at 127.0.0.1:5432 (database test, user postgres) that is dropped on close.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String POSTGRES_USER = "postgres";

    private final JdbcSettings settings;
    private final Database database;
    private final String postgresSchema;

    private TestDatabase(JdbcSettings settings, String postgresSchema) {
        this.settings = settings;
        this.postgresSchema = postgresSchema;
        this.database = Database.open(settings);
        database.migrate();
    }

    public static JdbcSettings h2Settings(Path folder) {
        return new JdbcSettings("jdbc:h2:file:" + folder.resolve("sink").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", 2);
    }

    public static TestDatabase h2(Path folder) {
        return new TestDatabase(h2Settings(folder), null);
    }

    /** A fresh PostgreSQL schema; skips the test, saying why, when PostgreSQL is not reachable. */
    public static TestDatabase postgres() {
        String schema = "sink_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            assumeTrue(false, "PostgreSQL at " + POSTGRES_URL + " is not reachable: " + e.getMessage());
        }
        return new TestDatabase(new JdbcSettings(POSTGRES_URL + "?currentSchema=" + schema, POSTGRES_USER, "", 2),
                schema);
    }

    public Database database() {
        return database;
    }

    public JdbcSettings settings() {
        return settings;
    }

    @Override
    public void close() throws SQLException {
        database.close();
        if (postgresSchema != null) {
            try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
                 Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + postgresSchema + " CASCADE");
            }
        }
    }
}
