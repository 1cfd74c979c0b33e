package io.wirestream.sink.api;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;

/**
 * What a failed read tells an API client: a short reason from a fixed set, never the driver's message (which
 * can carry SQL, table names and connection details; it goes to the log instead).
 */
final class DatabaseFailure {

    // 57014: statement cancelled (PostgreSQL statement_timeout, H2 QUERY_TIMEOUT); 42P01 (PostgreSQL) and
    // 42S02 (H2): no such table
    private static final Set<String> TIMED_OUT = Set.of("57014");
    private static final Set<String> NO_TABLE = Set.of("42P01", "42S02");

    private DatabaseFailure() {
    }

    static String reason(SQLException e, Duration timeout) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (state != null && TIMED_OUT.contains(state)) {
                return "the database did not answer within " + seconds(timeout);
            }
            if (state != null && NO_TABLE.contains(state)) {
                return "the sink's tables are missing";
            }
        }
        if (e instanceof SQLTransientConnectionException) {
            return "no database connection within " + seconds(timeout) + " (database down or busy)";
        }
        return "database unavailable";
    }

    private static String seconds(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
