package io.wirestream.sink.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SqlFailuresTest {

    @Test
    void dataErrorsAreTheRowsFault() {
        assertThat(SqlFailures.isCausedByData(new SQLException("too long", "22001"))).isTrue();
        assertThat(SqlFailures.isCausedByData(new SQLException("bad byte", "22021"))).isTrue();
        assertThat(SqlFailures.isCausedByData(new SQLException("null", "23502"))).isTrue();
    }

    @Test
    void stateErrorsAndUnknownsAreRetried() {
        assertThat(SqlFailures.isCausedByData(new SQLException("connection lost", "08006"))).isFalse();
        assertThat(SqlFailures.isCausedByData(new SQLException("deadlock", "40P01"))).isFalse();
        assertThat(SqlFailures.isCausedByData(new SQLException("concurrent insert", "23505"))).isFalse();
        assertThat(SqlFailures.isCausedByData(new SQLException("no state"))).isFalse();
    }

    @Test
    void looksAtChainedExceptionsOfABatch() {
        SQLException batch = new SQLException("batch entry 3 failed", "08006");
        batch.setNextException(new SQLException("value too long", "22001"));
        assertThat(SqlFailures.isCausedByData(batch)).isTrue();
    }
}
