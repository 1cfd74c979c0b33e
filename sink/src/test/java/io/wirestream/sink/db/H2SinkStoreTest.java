package io.wirestream.sink.db;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on the embedded default: an H2 file database in PostgreSQL mode. */
class H2SinkStoreTest extends SinkStoreContract {

    @Override
    TestDatabase open(Path folder) {
        return TestDatabase.h2(folder);
    }

    @Test
    void linksAndMentionsHaveNoForeignKeysOnH2() throws SQLException {
        assertThat(strings("SELECT table_name FROM information_schema.table_constraints"
                + " WHERE constraint_type = 'FOREIGN KEY'")).isEmpty();
    }

    /** A database written before V9 (an earlier version's data directory) keeps every row through the rebuild. */
    @Test
    void anOlderDatabaseKeepsItsLinksAndMentionsThroughV9(@TempDir Path older) throws SQLException {
        JdbcSettings settings = TestDatabase.h2Settings(older);
        try (Database database = Database.open(settings)) {
            Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                    .locations("classpath:db/migration", "classpath:db/h2").target("8").load().migrate();
            new SinkStore(database).apply(List.of(upsert(article("a1", "Ahmad al-Sharaa", "City Damascus")),
                    upsert(article("a2", "City Damascus"))));
            Map<String, Long> before = new SinkStore(database).counts();

            database.migrate();

            assertThat(before).containsEntry("article_entities", 3L).containsEntry("mentions", 3L);
            assertThat(new SinkStore(database).counts()).isEqualTo(before);
            new SinkStore(database).apply(List.of(upsert(article("a1", "City Idlib"))));
            assertThat(new SinkStore(database).counts()).containsEntry("mentions", 2L);
        }
    }
}
