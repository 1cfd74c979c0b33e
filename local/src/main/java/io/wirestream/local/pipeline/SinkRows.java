package io.wirestream.local.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the sink's {@code articles} table itself (H2 file or PostgreSQL) for what its read API does not show: when
 * each row was written ({@code written_at}, the sink's clock as it stores the batch) against when ingest produced
 * the article ({@code ingested_at}, ingest's clock as it sends; one machine, one clock). The embedded H2 file can
 * only be opened once the sink has stopped.
 */
final class SinkRows {

    private SinkRows() {
    }

    /** {@code written_at - ingested_at} of every row whose id starts with {@code idPrefix}. */
    static List<Duration> latencies(String jdbcUrl, String user, String password, String idPrefix) throws SQLException {
        List<Duration> latencies = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT ingested_at, written_at FROM articles WHERE id LIKE ?")) {
            query.setString(1, idPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    OffsetDateTime ingested = rows.getObject(1, OffsetDateTime.class);
                    OffsetDateTime written = rows.getObject(2, OffsetDateTime.class);
                    latencies.add(Duration.between(ingested, written));
                }
            }
        }
        return latencies;
    }
}
