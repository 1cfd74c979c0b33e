package io.wirestream.sink.db;

import io.wirestream.sink.row.Change;
import java.sql.SQLException;
import java.util.List;

/** Stores a batch of changes in one transaction: all of them or, when it throws, none. */
@FunctionalInterface
public interface ChangeWriter {

    WriteCounts apply(List<Change> changes) throws SQLException;
}
