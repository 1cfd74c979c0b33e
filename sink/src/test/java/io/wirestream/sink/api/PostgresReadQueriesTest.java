package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.db.TestDatabase;
import io.wirestream.sink.row.Change;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The read queries on the real PostgreSQL at 127.0.0.1:5432, plus what only PostgreSQL has: full-text search. */
class PostgresReadQueriesTest extends ReadQueriesContract {

    @Override
    TestDatabase open(Path folder) {
        return TestDatabase.postgres();
    }

    /** Full-text search ranks, and so pages through, the newest {@link ArticleSearch#CANDIDATES} matches. */
    @Override
    int searchReaches(int matches) {
        return Math.min(matches, ArticleSearch.CANDIDATES);
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

    private List<String> found(String text) throws SQLException {
        return queries.search(text, 50, null).items().stream().map(hit -> hit.article().id()).toList();
    }

    @Test
    void theSearchTableFollowsEveryWriteOfAnArticle() throws SQLException {
        write(testDatabase, article("s1", "Lighthouse keeper retires", DAY_1));
        assertThat(found("lighthouse")).containsExactly("s1");
        // a new version of the article (same id, new content): its old words are gone, its new ones found
        write(testDatabase, article("s1", "Ferry timetable changes", DAY_2));
        assertThat(found("lighthouse")).isEmpty();
        assertThat(queries.search("ferry", 10, null).items()).singleElement()
                .satisfies(hit -> assertThat(hit.article().eventTime()).isEqualTo(DAY_2.toString()));
        assertThat(found("\"keeper retires\"")).isEmpty();
        assertThat(found("\"ferry timetable\"")).containsExactly("s1");
        new SinkStore(testDatabase.database()).apply(List.of(new Change.DeleteArticle("s1")));
        assertThat(found("ferry")).isEmpty();
        assertThat(found("\"ferry timetable\"")).isEmpty();
    }

    @Test
    void phrasesAreCheckedWordForWordAndNegatedPhrasesKeepTheirMatches() throws SQLException {
        write(testDatabase, article("p1", "Storm closes harbour bridge", DAY_1),
                article("p2", "Bridge over the harbour closes before the storm", DAY_2));
        assertThat(found("harbour bridge")).containsExactlyInAnyOrder("p1", "p2");
        assertThat(found("\"harbour bridge\"")).containsExactly("p1");
        assertThat(found("\"harbour bridge\" -storm")).isEmpty();
        // the loosened query of a negated phrase drops the negation: it must not drop p2, which has both words
        assertThat(found("storm -\"harbour bridge\"")).containsExactly("p2");
        assertThat(found("-\"harbour bridge\"")).contains("p2", "a1").doesNotContain("p1");
        assertThat(found("\"the storm\" or lighthouse")).containsExactly("p2");
    }

    @Test
    void phrasesFoundByTheirWordPairsAreStillCheckedWholeAndWithTheirOtherWords() throws SQLException {
        write(testDatabase, article("q1", "Old harbour bridge reopens", DAY_1, "Wire"),
                article("q2", "Harbour bridge works; old ferry keeps running", DAY_2, "Wire"),
                article("q3", "The X-ray of the old bridge", DAY_2, "Wire"));
        // every pair of "old harbour bridge" is in q2 too, but not side by side as one phrase
        assertThat(found("\"old harbour bridge\"")).containsExactly("q1");
        assertThat(found("\"harbour bridge\" ferry")).containsExactly("q2");
        assertThat(found("\"harbour bridge\" -reopens")).containsExactly("q2");
        assertThat(found("\"harbour bridge\" \"old ferry\"")).containsExactly("q2");
        // a hyphenated word is a phrase of itself and its parts; the title's last word meets the body's first
        assertThat(found("x-ray")).containsExactly("q3");
        assertThat(found("\"bridge report\"")).containsExactly("q3");
        assertThat(found("\"ferry old\"")).isEmpty();
        // words of any length pair like any other (the buckets hash the pair, whatever its length)
        String longWord = "w".repeat(1100);
        write(testDatabase, article("q4", longWord + " " + longWord + " lighthouse", DAY_1));
        assertThat(found("\"" + longWord + " " + longWord + " lighthouse\"")).containsExactly("q4");
    }

    @Test
    void theReadPoolRunsEachQueryOnOneBackendWithATimeout() throws SQLException {
        try (io.wirestream.sink.db.Database reads = io.wirestream.sink.db.Database.openForReads(testDatabase.settings(),
                java.time.Duration.ofSeconds(3))) {
            List<String> settings = reads.inTransaction(connection -> {
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("SELECT current_setting('max_parallel_workers_per_gather'),"
                             + " current_setting('statement_timeout')")) {
                    rows.next();
                    return List.of(rows.getString(1), rows.getString(2));
                }
            });
            assertThat(settings).containsExactly("0", "3s");
        }
    }
}
