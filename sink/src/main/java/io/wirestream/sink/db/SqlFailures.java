package io.wirestream.sink.db;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure caused by the data being written (retrying the same rows fails again) from one caused by
 * the database's state (down, failing over, deadlocked: retrying later succeeds). Only the first kind may
 * dead-letter a record; anything unrecognised is treated as the second, because retrying never loses data
 * while dead-lettering a good record would.
 */
public final class SqlFailures {

    // SQLSTATEs the same on PostgreSQL and H2: 22001 value too long, 22003 numeric out of range,
    // 22007/22008 datetime, 22021 bad character, 22P02 invalid text representation, 23502 NOT NULL,
    // 23514 CHECK. Unique (23505) and foreign-key (23503) violations are left out: with upserts they only
    // arise from a concurrent writer, and a retry resolves them.
    private static final Set<String> DATA_STATES = Set.of("23502", "23514");

    private SqlFailures() {
    }

    /** True when {@code e} (or a chained exception) says the rows themselves are unacceptable. */
    public static boolean isCausedByData(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (state != null && (state.startsWith("22") || DATA_STATES.contains(state))) {
                return true;
            }
        }
        return false;
    }
}
