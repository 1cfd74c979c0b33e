package io.wirestream.sink.db;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.duplicate;
import static io.wirestream.sink.TestArticles.PUBLISHED;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.sink.row.ArticleRow;
import io.wirestream.sink.row.Change;
import io.wirestream.sink.row.DuplicateLinkRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the store guarantees on every supported database; subclasses say which database. */
abstract class SinkStoreContract {

    @TempDir
    Path folder;

    TestDatabase testDatabase;
    Database database;
    SinkStore store;

    abstract TestDatabase open(Path folder);

    @BeforeEach
    void openAndMigrate() {
        testDatabase = open(folder);
        database = testDatabase.database();
        store = new SinkStore(database);
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    static Change upsert(EnrichedArticle article) {
        return new Change.UpsertArticle(ArticleRow.from(article));
    }

    @Test
    void migrationsCreateEmptyTablesAndRunTwiceHarmlessly() throws SQLException {
        database.migrate();
        assertThat(store.counts()).containsExactly(Map.entry("articles", 0L), Map.entry("entities", 0L),
                Map.entry("article_entities", 0L), Map.entry("mentions", 0L), Map.entry("duplicate_links", 0L));
    }

    @Test
    void writingTheSameArticlesTwiceLeavesTheRowCountsUnchanged() throws SQLException {
        List<Change> batch = List.of(upsert(article("a1", "Ahmad al-Sharaa", "City Damascus")),
                upsert(article("a2", "Ahmad al-Sharaa")));
        store.apply(batch);
        Map<String, Long> once = store.counts();
        store.apply(batch);
        store.apply(List.of(batch.get(1)));

        assertThat(once).containsEntry("articles", 2L).containsEntry("entities", 2L)
                .containsEntry("article_entities", 3L).containsEntry("mentions", 3L);
        assertThat(store.counts()).isEqualTo(once);
    }

    @Test
    void aNewerVersionReplacesTheMentionsOfItsArticle() throws SQLException {
        store.apply(List.of(upsert(article("a1", "Old title", PUBLISHED, "Ahmad al-Sharaa", "City Damascus"))));
        store.apply(List.of(upsert(article("a1", "New title", PUBLISHED, "City Idlib"))));

        assertThat(strings("SELECT entity_id FROM mentions WHERE article_id = 'a1'")).containsExactly("Q-City Idlib");
        assertThat(strings("SELECT entity_id FROM article_entities WHERE article_id = 'a1'"))
                .containsExactly("Q-City Idlib");
        assertThat(strings("SELECT title FROM articles")).containsExactly("New title");
        // entities are shared: one no longer mentioned stays known
        assertThat(store.count("entities")).isEqualTo(3);
    }

    @Test
    void withinOneBatchTheLaterVersionOfAnArticleWins() throws SQLException {
        store.apply(List.of(upsert(article("a1", "First", PUBLISHED, "Ahmad al-Sharaa")),
                upsert(article("a1", "Second", PUBLISHED, "City Idlib"))));

        assertThat(strings("SELECT title FROM articles")).containsExactly("Second");
        assertThat(strings("SELECT entity_id FROM mentions")).containsExactly("Q-City Idlib");
    }

    /** A version of article a1 ingested {@code hours} after the fixtures' ingest time, with its own content. */
    private static EnrichedArticle version(int hours, Long sequence, String title, String... names) {
        EnrichedArticle article = article("a1", title, PUBLISHED, names);
        article.setIngestedAt(article.getIngestedAt().plusSeconds(3600L * hours));
        article.setIngestSequence(sequence);
        article.setContentFingerprint("fp-" + title);
        article.setRevision(hours > 0);
        return article;
    }

    @Test
    void aNewerVersionReplacesTheRowAndAnOlderOneReplayedAfterItDoesNot() throws SQLException {
        EnrichedArticle first = version(0, 4L, "First", "Ahmad al-Sharaa");
        EnrichedArticle corrected = version(1, 0L, "Corrected", "City Idlib");
        store.apply(List.of(upsert(first)));
        assertThat(strings("SELECT version FROM articles")).containsExactly("1");
        store.apply(List.of(upsert(corrected)));
        assertThat(strings("SELECT title || ' v' || version FROM articles")).containsExactly("Corrected v2");

        // the first version again, alone, then in a batch before and after the newer one: the newer one stays
        WriteCounts replayed = store.apply(List.of(upsert(first)));
        assertThat(replayed.articlesUpserted()).isZero();
        assertThat(replayed.olderVersionsSkipped()).isEqualTo(1);
        store.apply(List.of(upsert(corrected), upsert(first)));
        store.apply(List.of(upsert(first), upsert(corrected)));
        assertThat(strings("SELECT title || ' v' || version || ' ' || ingest_sequence FROM articles"))
                .containsExactly("Corrected v2 0");
        assertThat(strings("SELECT entity_id FROM mentions")).containsExactly("Q-City Idlib");
        assertThat(strings("SELECT entity_id FROM article_entities")).containsExactly("Q-City Idlib");
    }

    @Test
    void versionsIngestedInTheSameMillisecondAreOrderedByTheirSequence() throws SQLException {
        store.apply(List.of(upsert(version(1, 7L, "Seventh"))));
        store.apply(List.of(upsert(version(1, 3L, "Third"))));
        assertThat(strings("SELECT title FROM articles")).containsExactly("Seventh");
        // a version without a sequence sorts before any with one at the same time
        store.apply(List.of(upsert(version(1, null, "Unsequenced"))));
        assertThat(strings("SELECT title FROM articles")).containsExactly("Seventh");
        store.apply(List.of(upsert(version(2, null, "Next hour"))));
        assertThat(strings("SELECT title || ' v' || version FROM articles")).containsExactly("Next hour v2");
    }

    @Test
    void aRevisionStoredAsAnArticleIsNoLongerListedAsADuplicate() throws SQLException {
        store.apply(List.of(new Change.UpsertDuplicateLink(
                DuplicateLinkRow.from(duplicate("a1", "a0", DuplicateKind.NEAR, 0.8)))));
        store.apply(List.of(upsert(version(1, 0L, "Rewritten", "City Idlib"))));
        assertThat(store.count("duplicate_links")).isZero();
        assertThat(strings("SELECT title || ' v' || version FROM articles")).containsExactly("Rewritten v1");
    }

    @Test
    void aTombstoneDeletesTheArticleWithItsMentions() throws SQLException {
        store.apply(List.of(upsert(article("a1", "Ahmad al-Sharaa")), upsert(article("a2", "City Idlib"))));
        WriteCounts counts = store.apply(List.of(new Change.DeleteArticle("a1"), new Change.DeleteArticle("never")));

        assertThat(counts.articlesDeleted()).isEqualTo(1);
        assertThat(strings("SELECT id FROM articles")).containsExactly("a2");
        assertThat(strings("SELECT article_id FROM mentions")).containsExactly("a2");
    }

    /**
     * The store keeps the references itself (on H2 the links and mentions have no foreign keys, V9): whatever mix of
     * new articles, newer and older versions, tombstones and replays it is given, no entity link or mention is left
     * naming an article or an entity that is not stored.
     */
    @Test
    void noLinkOrMentionIsLeftWithoutItsArticleOrEntity() throws SQLException {
        java.util.Random random = new java.util.Random(20261203L);
        String[] names = {"Ahmad al-Sharaa", "City Damascus", "City Idlib", "Person Mira", "City Aleppo", "Person Omar"};
        for (int round = 0; round < 40; round++) {
            List<Change> batch = new ArrayList<>();
            for (int i = random.nextInt(6); i >= 0; i--) {
                String id = "a" + random.nextInt(8);
                if (random.nextInt(5) == 0) {
                    batch.add(new Change.DeleteArticle(id));
                    continue;
                }
                List<String> mentioned = new ArrayList<>();
                for (String name : names) {
                    if (random.nextBoolean()) {
                        mentioned.add(name);
                    }
                }
                EnrichedArticle article = article(id, "Title " + round, PUBLISHED, mentioned.toArray(String[]::new));
                // versions ingested in any order: some replays are older than what is stored
                article.setIngestedAt(PUBLISHED.plusSeconds(random.nextInt(100)));
                batch.add(upsert(article));
            }
            store.apply(batch);
        }

        assertThat(store.count("mentions")).as("the sequence stored mentions").isPositive();
        assertThat(store.count("articles")).as("and left articles").isPositive();
        for (String table : List.of("article_entities", "mentions")) {
            assertThat(strings("SELECT t.article_id FROM " + table + " t LEFT JOIN articles a ON a.id = t.article_id"
                    + " WHERE a.id IS NULL")).as(table + " rows without their article").isEmpty();
            assertThat(strings("SELECT t.entity_id FROM " + table + " t LEFT JOIN entities e ON e.id = t.entity_id"
                    + " WHERE e.id IS NULL")).as(table + " rows without their entity").isEmpty();
        }
    }

    /** Links and mentions go in many rows a statement ({@link RowInserter}): every row arrives across the chunks. */
    @Test
    void aBatchOfManyMentionsStoresEveryOneOfThem() throws SQLException {
        List<Change> batch = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            String[] names = new String[RowInserter.ROWS_PER_STATEMENT + 37 * a + 1];
            for (int n = 0; n < names.length; n++) {
                names[n] = "Person " + a + "-" + n;
            }
            batch.add(upsert(article("many-" + a, names)));
        }
        WriteCounts counts = store.apply(batch);

        int expected = 3 * (RowInserter.ROWS_PER_STATEMENT + 1) + 37 + 74;
        assertThat(counts.mentionsWritten()).isEqualTo(expected);
        assertThat(store.count("mentions")).isEqualTo(expected);
        assertThat(store.count("article_entities")).isEqualTo(expected);
        assertThat(strings("SELECT text FROM mentions WHERE article_id = 'many-2' AND start_offset = ("
                + "SELECT MAX(start_offset) FROM mentions WHERE article_id = 'many-2')"))
                .containsExactly("Person 2-" + (RowInserter.ROWS_PER_STATEMENT + 74));
    }

    @Test
    void duplicateLinksAreUpsertedByDuplicateId() throws SQLException {
        Change near = new Change.UpsertDuplicateLink(DuplicateLinkRow.from(duplicate("d1", "a1", DuplicateKind.NEAR, 0.8)));
        Change exact = new Change.UpsertDuplicateLink(DuplicateLinkRow.from(duplicate("d2", "a1", DuplicateKind.EXACT, 1.0)));
        store.apply(List.of(near, exact));
        store.apply(List.of(near));
        Change nearAgain = new Change.UpsertDuplicateLink(DuplicateLinkRow.from(duplicate("d1", "a1", DuplicateKind.NEAR, 0.85)));
        store.apply(List.of(nearAgain));

        assertThat(store.count("duplicate_links")).isEqualTo(2);
        assertThat(strings("SELECT kind FROM duplicate_links ORDER BY duplicate_id")).containsExactly("NEAR", "EXACT");
        assertThat(strings("SELECT CAST(similarity AS VARCHAR(20)) FROM duplicate_links WHERE duplicate_id = 'd1'"))
                .singleElement().satisfies(s -> assertThat(Double.parseDouble(s)).isEqualTo(0.85));
    }

    @Test
    void storesTextPostgresWouldRefuseWithoutMovingOffsets() throws SQLException {
        EnrichedArticle hostile = article("a1", "Ahmad al-Sharaa");
        hostile.setTitle("nul\u0000 and lone \uD800 surrogate");
        hostile.setBody(hostile.getBody() + "\u0000\uDC00");
        store.apply(List.of(upsert(hostile)));

        assertThat(strings("SELECT title FROM articles")).containsExactly("nul\uFFFD and lone \uFFFD surrogate");
        assertThat(strings("SELECT text FROM mentions")).containsExactly("Ahmad al-Sharaa");
    }

    @Test
    void storesATenMegabyteBody() throws SQLException {
        EnrichedArticle big = article("big", "Ahmad al-Sharaa");
        String body = big.getCleanBody() + " " + "x".repeat(10 * 1024 * 1024);
        big.setBody(body);
        big.setCleanBody(body);
        store.apply(List.of(upsert(big)));

        assertThat(strings("SELECT clean_body FROM articles")).singleElement()
                .satisfies(stored -> assertThat(stored).hasSize(body.length()));
    }

    @Test
    void writesNothingWhenTheTransactionFails() throws SQLException {
        database.inTransaction(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("DROP TABLE mentions");
            }
            return null;
        });
        try {
            store.apply(List.of(upsert(article("a1", "Ahmad al-Sharaa"))));
        } catch (SQLException expected) {
            assertThat(store.count("articles")).isZero();
            assertThat(store.count("entities")).isZero();
            return;
        }
        throw new AssertionError("a write into a missing table succeeded");
    }

    List<String> strings(String sql) throws SQLException {
        return database.inTransaction(connection -> query(connection, sql));
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
