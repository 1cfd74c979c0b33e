package io.wirestream.sink.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void picksTheDialectFromTheUrl() {
        assertThat(Dialect.ofUrl("jdbc:h2:file:./data/x;MODE=PostgreSQL")).isEqualTo(Dialect.H2);
        assertThat(Dialect.ofUrl("JDBC:H2:mem:x")).isEqualTo(Dialect.H2);
        assertThat(Dialect.ofUrl("jdbc:postgresql://db:5432/wirestream")).isEqualTo(Dialect.POSTGRESQL);
    }

    @Test
    void postgresUpsertsUpdateEveryNonKeyColumnOnConflict() {
        assertThat(Dialect.POSTGRESQL.upsert("t", List.of("id", "a", "b"), List.of("id"))).isEqualTo(
                "INSERT INTO t (id, a, b) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET a = EXCLUDED.a, b = EXCLUDED.b");
    }

    @Test
    void h2UpsertsMergeOnTheKey() {
        assertThat(Dialect.H2.upsert("t", List.of("id", "a"), List.of("id")))
                .isEqualTo("MERGE INTO t (id, a) KEY (id) VALUES (?, ?)");
    }
}
