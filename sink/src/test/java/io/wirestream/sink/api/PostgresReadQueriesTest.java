package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.sink.db.TestDatabase;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The read queries on the real PostgreSQL at 127.0.0.1:5432, plus what only PostgreSQL has: full-text search. */
class PostgresReadQueriesTest extends ReadQueriesContract {

    @Override
    TestDatabase open(Path folder) {
        return TestDatabase.postgres();
    }

    @Test
    void fullTextSearchRanksTitleMatchesFirstAndUnderstandsWebSearchSyntax() throws SQLException {
        Instant later = Instant.parse("2025-02-01T00:00:00Z");
        write(testDatabase, article("f1", "Harvest report", later, "Wheat Farmers"),   // body only, newest
                article("f2", "Wheat prices climb", DAY_1, "Grain Board"));             // title (weight A), oldest
        assertThat(queries.search("wheat", 10, null).items()).extracting(hit -> hit.article().id())
                .containsExactly("f2", "f1");
        assertThat(queries.search("wheat", 10, null).items().get(0).rank())
                .isGreaterThan(queries.search("wheat", 10, null).items().get(1).rank());
        assertThat(queries.search("wheat -harvest", 10, null).items()).extracting(hit -> hit.article().id())
                .containsExactly("f2");
        assertThat(queries.search("\"prices climb\"", 10, null).items()).extracting(hit -> hit.article().id())
                .containsExactly("f2");
        assertThat(queries.search("\"climb prices\"", 10, null).items()).isEmpty();
        assertThat(queries.search("idlib or harvest", 10, null).items()).extracting(hit -> hit.article().id())
                .containsExactlyInAnyOrder("a2", "f1");
        Views.SearchHit hit = queries.search("farmers", 10, null).items().get(0);
        assertThat(hit.snippet()).doesNotContain("\uE000", "\uE001");
        assertThat(hit.matches()).singleElement().satisfies(span ->
                assertThat(hit.snippet().substring(span.start(), span.end())).isEqualTo("Farmers"));
        // the old substring scan stays available (the benchmark's baseline) and still finds partial words
        assertThat(queries.searchBySubstring("harv", 10, null).items()).extracting(h -> h.article().id())
                .containsExactly("f1");
        assertThat(queries.search("harv", 10, null).items()).isEmpty();
    }
}
