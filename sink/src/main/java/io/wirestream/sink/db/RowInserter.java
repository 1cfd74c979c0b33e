package io.wirestream.sink.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows into one table many at a time: {@code INSERT ... VALUES (..), (..), ...} with up to
 * {@link #ROWS_PER_STATEMENT} rows a statement. A JDBC batch runs one INSERT per row, and H2 pays its per-command
 * work (session lock, command set-up, undo-log entry bookkeeping) for each; an article writes about 120 rows.
 * Standard SQL, so PostgreSQL takes the same statements.
 */
final class RowInserter implements AutoCloseable {

    /** Rows per statement; with the widest table's 6 columns, far within any driver's parameter limit. */
    static final int ROWS_PER_STATEMENT = 100;

    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final int[] sqlTypes;
    private final List<Object[]> pending = new ArrayList<>();
    private PreparedStatement full;
    private int inserted;

    /** @param sqlTypes each column's {@link java.sql.Types} value, for nulls */
    RowInserter(Connection connection, String table, List<String> columns, int... sqlTypes) {
        if (columns.size() != sqlTypes.length) {
            throw new IllegalArgumentException(columns.size() + " columns but " + sqlTypes.length + " types");
        }
        this.connection = connection;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.sqlTypes = sqlTypes.clone();
    }

    /** Adds one row, its values in column order; written when a statement's worth is waiting, or at {@link #flush}. */
    void add(Object... values) throws SQLException {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size() + " columns");
        }
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            if (full == null) {
                full = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
            }
            execute(full);
        }
    }

    /** Writes what is waiting; returns the rows inserted so far. */
    int flush() throws SQLException {
        if (!pending.isEmpty()) {
            try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
                execute(rest);
            }
        }
        return inserted;
    }

    private void execute(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Object[] row : pending) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] == null) {
                    statement.setNull(index++, sqlTypes[c]);
                } else {
                    statement.setObject(index++, row[c], sqlTypes[c]);
                }
            }
        }
        inserted += statement.executeUpdate();
        pending.clear();
    }

    private String sql(int rows) {
        String tuple = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, tuple));
    }

    @Override
    public void close() throws SQLException {
        if (full != null) {
            full.close();
        }
    }
}
