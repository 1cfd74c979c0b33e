package io.wirestream.sink.consume;

import io.wirestream.sink.db.ChangeWriter;
import io.wirestream.sink.db.WriteCounts;
import io.wirestream.sink.row.Change;
import java.sql.SQLException;
import java.util.List;

/** A writer that fails its next N calls the way a database outage does, then behaves like the real one. */
final class FlakyWriter implements ChangeWriter {

    private final ChangeWriter real;
    private int failuresLeft;
    private String refusedArticleId;
    int calls;

    FlakyWriter(ChangeWriter real) {
        this.real = real;
    }

    /** The next {@code n} writes fail with a lost connection (SQLSTATE 08006), writing nothing. */
    void failNext(int n) {
        failuresLeft = n;
    }

    /** Every write containing this article fails as a too-long value (SQLSTATE 22001) would. */
    void refuseArticle(String id) {
        refusedArticleId = id;
    }

    @Override
    public WriteCounts apply(List<Change> changes) throws SQLException {
        calls++;
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new SQLException("connection to the database lost", "08006");
        }
        if (refusedArticleId != null && changes.stream().anyMatch(c -> c.key().equals("article:" + refusedArticleId))) {
            throw new SQLException("value too long for type character varying(35)", "22001");
        }
        return real.apply(changes);
    }
}
