package io.wirestream.sink.api;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.duplicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.sink.api.Views.ArticleSummary;
import io.wirestream.sink.api.Views.DuplicateCluster;
import io.wirestream.sink.api.Views.EntityCount;
import io.wirestream.sink.db.SinkStore;
import io.wirestream.sink.db.TestDatabase;
import io.wirestream.sink.row.ArticleRow;
import io.wirestream.sink.row.Change;
import io.wirestream.sink.row.DuplicateLinkRow;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboards' queries over a small known data set, on each supported database. */
abstract class ReadQueriesContract {

    static final Instant DAY_1 = Instant.parse("2024-12-08T10:00:00Z");
    static final Instant DAY_2 = Instant.parse("2024-12-09T10:00:00Z");
    static final Instant DAY_3 = Instant.parse("2024-12-10T10:00:00Z");

    @TempDir
    Path folder;

    TestDatabase testDatabase;
    ReadQueries queries;

    abstract TestDatabase open(Path folder);

    @BeforeEach
    void load() throws SQLException {
        testDatabase = open(folder);
        queries = new ReadQueries(testDatabase.database());
        write(testDatabase, article("a1", "Rebels enter Damascus", DAY_1, "Ahmad al-Sharaa", "City Damascus"),
                article("a2", "Talks in Idlib", DAY_2, "Ahmad al-Sharaa", "City Idlib"),
                article("a3", "100% of 50_50 votes", DAY_3, "Ahmad al-Sharaa"));
        new SinkStore(testDatabase.database()).apply(List.of(
                new Change.UpsertDuplicateLink(DuplicateLinkRow.from(duplicate("d1", "a1", DuplicateKind.NEAR, 0.8))),
                new Change.UpsertDuplicateLink(DuplicateLinkRow.from(duplicate("d2", "a1", DuplicateKind.EXACT, 1.0))),
                new Change.UpsertDuplicateLink(DuplicateLinkRow.from(duplicate("d3", "a2", DuplicateKind.REDELIVERY, 1.0)))));
    }

    static void write(TestDatabase database, EnrichedArticle... articles) throws SQLException {
        List<Change> changes = java.util.Arrays.stream(articles)
                .<Change>map(a -> new Change.UpsertArticle(ArticleRow.from(a))).toList();
        new SinkStore(database.database()).apply(changes);
    }

    @AfterEach
    void close() throws SQLException {
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    @Test
    void recentArticlesAreNewestFirstAndPageBackwards() throws SQLException {
        Views.Page<ArticleSummary> first2 = queries.recentArticles(2, null);
        assertThat(first2.items()).extracting(ArticleSummary::id).containsExactly("a3", "a2");
        Views.Page<ArticleSummary> rest = queries.recentArticles(10,
                Cursor.decode(first2.next(), ReadQueries.ARTICLES));
        assertThat(rest.items()).extracting(ArticleSummary::id).containsExactly("a1");
        assertThat(rest.next()).isNull();
        ArticleSummary first = queries.recentArticles(1, null).items().get(0);
        assertThat(first.publishedAt()).isEqualTo(DAY_3.toString());
        assertThat(first.entityCount()).isEqualTo(1);
    }

    @Test
    void keysetPagingReturnsEachOfAThousandArticlesSharingTenEventTimesExactlyOnce() throws SQLException {
        List<EnrichedArticle> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            many.add(article(String.format("k%04d", (i * 7919) % 1000), "Keyset " + i,
                    Instant.parse("2025-01-01T00:00:00Z").plusSeconds(i % 10)));
        }
        write(testDatabase, many.toArray(EnrichedArticle[]::new));
        for (int limit : new int[] {1, 7, 100, 500}) {
            List<String> seen = new java.util.ArrayList<>();
            Cursor after = null;
            int pages = 0;
            do {
                Views.Page<ArticleSummary> page = queries.recentArticles(limit, after);
                assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
                page.items().forEach(a -> seen.add(a.id()));
                after = page.next() == null ? null : Cursor.decode(page.next(), ReadQueries.ARTICLES);
                pages++;
            } while (after != null);
            assertThat(seen).as("limit %d", limit).hasSize(1003).doesNotHaveDuplicates();
            assertThat(seen.stream().filter(id -> id.startsWith("k"))).hasSize(1000);
            assertThat(pages).isEqualTo((1003 + limit - 1) / limit);
        }
        // a search pages the same way: every keyset article matches "keyset"
        List<String> found = new java.util.ArrayList<>();
        Cursor after = null;
        do {
            Views.Page<Views.SearchHit> page = queries.search("keyset", 64, after);
            page.items().forEach(hit -> found.add(hit.article().id()));
            after = page.next() == null ? null : Cursor.decode(page.next(), ReadQueries.searchList("keyset"));
        } while (after != null);
        assertThat(found).hasSize(searchReaches(1000)).doesNotHaveDuplicates();
        // and they are the newest matches: k-ids ordered by (event time, id) descending, the first ones
        List<String> newest = many.stream().sorted(java.util.Comparator.comparing(EnrichedArticle::getPublishedAt)
                        .thenComparing(EnrichedArticle::getId).reversed())
                .map(EnrichedArticle::getId).limit(searchReaches(1000)).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(newest);
    }

    /** How many of {@code matches} articles a search pages through: all of them, unless the database caps it. */
    int searchReaches(int matches) {
        return matches;
    }

    @Test
    void searchMatchesTitleOrBodyIgnoringCaseAndTreatsWildcardsLiterally() throws SQLException {
        assertThat(queries.search("damascus", 10, null).items()).extracting(hit -> hit.article().id()).containsExactly("a1");
        assertThat(queries.search("AL-SHARAA", 10, null).items()).extracting(hit -> hit.article().id())
                .containsExactly("a3", "a2", "a1");
        assertThat(queries.search("100%", 10, null).items()).extracting(hit -> hit.article().id()).containsExactly("a3");
        assertThat(queries.search("50_50", 10, null).items()).extracting(hit -> hit.article().id()).containsExactly("a3");
        // unescaped, '%%' would match every article and '_' the 's' of Damascus
        assertThat(queries.search("%%", 10, null).items()).isEmpty();
        assertThat(queries.search("Damascu_", 10, null).items()).isEmpty();
        Views.SearchHit idlib = queries.search("idlib", 10, null).items().get(0);
        assertThat(idlib.snippet()).containsIgnoringCase("idlib");
        assertThat(idlib.matches()).isNotEmpty().allSatisfy(span ->
                assertThat(idlib.snippet().substring(span.start(), span.end())).isEqualToIgnoringCase("idlib"));
    }

    @Test
    void searchForHostileTextFindsNothingAndFailsNothing() throws SQLException {
        assertThat(queries.search("\uFFFD", 10, null).items()).isEmpty();
        assertThat(queries.search("x".repeat(200), 10, null).items()).isEmpty();
        assertThat(queries.search("'; DROP TABLE articles; --", 10, null).items()).isEmpty();
        assertThat(queries.recentArticles(10, null).items()).hasSize(3);
    }

    @Test
    void topEntitiesCountArticlesWithinTheRange() throws SQLException {
        List<EntityCount> all = queries.topEntities(TimeRange.all(), null, 10);
        assertThat(all).extracting(EntityCount::id).startsWith("Q-Ahmad al-Sharaa");
        assertThat(all.get(0).articles()).isEqualTo(3);

        List<EntityCount> day2 = queries.topEntities(
                new TimeRange(LocalDate.parse("2024-12-09"), LocalDate.parse("2024-12-09")), null, 10);
        assertThat(day2).extracting(EntityCount::id).containsExactlyInAnyOrder("Q-Ahmad al-Sharaa", "Q-City Idlib");

        assertThat(queries.topEntities(TimeRange.all(), "LOCATION", 10)).extracting(EntityCount::id)
                .containsExactly("Q-City Damascus", "Q-City Idlib");
    }

    @Test
    void anEntityTimelineHasOneEntryPerDayWithMentions() throws SQLException {
        Views.Timeline timeline = queries.timeline("Q-Ahmad al-Sharaa", TimeRange.all()).orElseThrow();
        assertThat(timeline.days()).extracting(Views.TimelineDay::day)
                .containsExactly("2024-12-08", "2024-12-09", "2024-12-10");
        assertThat(timeline.days()).allSatisfy(day -> assertThat(day.mentions()).isEqualTo(1));
        assertThat(queries.timeline("Q-City Idlib",
                new TimeRange(LocalDate.parse("2024-12-10"), null)).orElseThrow().days()).isEmpty();
        assertThat(queries.timeline("no such entity", TimeRange.all())).isEmpty();
    }

    @Test
    void duplicateClustersAreLargestFirstWithTheirMembers() throws SQLException {
        List<DuplicateCluster> clusters = queries.duplicateClusters(10);
        assertThat(clusters).extracting(DuplicateCluster::originalId).containsExactly("a1", "a2");
        assertThat(clusters.get(0).originalTitle()).isEqualTo("Rebels enter Damascus");
        assertThat(clusters.get(0).duplicates()).extracting(Views.DuplicateMember::id).containsExactly("d2", "d1");
    }

    @Test
    void anArticleComesWithItsEntitiesMentionsAuditAndDuplicates() throws SQLException {
        Views.ArticleDetail detail = queries.article("a1").orElseThrow();
        assertThat(detail.entities()).extracting(Views.ArticleEntity::id)
                .containsExactly("Q-City Damascus", "Q-Ahmad al-Sharaa");
        Views.MentionView mention = detail.entities().get(1).mentions().get(0);
        assertThat(detail.cleanBody().substring(mention.start(), mention.end())).isEqualTo("Ahmad al-Sharaa");
        assertThat(detail.edits().get(0).get("rule").asText()).isEqualTo("agency-trailer");
        assertThat(detail.duplicates()).hasSize(2);
        assertThat(queries.article("missing")).isEmpty();
    }

    @Test
    void chartsCountArticlesPerDayAndHourBySourceAndDuplicatesByKind() throws SQLException {
        ChartQueries charts = queries.charts();
        Views.SeriesChart days = charts.articlesBySource(ChartQueries.Bucket.DAY, TimeRange.all());
        assertThat(days.labels()).endsWith("2024-12-08", "2024-12-09", "2024-12-10").hasSize(ChartQueries.MAX_DAYS);
        assertThat(days.series()).singleElement().satisfies(series -> {
            assertThat(series.name()).isEqualTo("example-news");
            assertThat(java.util.Arrays.stream(series.counts()).sum()).isEqualTo(3);
            assertThat(series.counts()[series.counts().length - 1]).isEqualTo(1);
        });
        Views.SeriesChart hours = charts.articlesBySource(ChartQueries.Bucket.HOUR,
                new TimeRange(LocalDate.parse("2024-12-09"), null));
        assertThat(hours.labels()).startsWith("2024-12-09T00:00Z").endsWith("2024-12-10T10:00Z");
        long[] perHour = hours.series().get(0).counts();
        assertThat(perHour[hours.labels().indexOf("2024-12-09T10:00Z")]).isEqualTo(1);
        assertThat(perHour[hours.labels().indexOf("2024-12-10T10:00Z")]).isEqualTo(1);
        assertThat(java.util.Arrays.stream(perHour).sum()).isEqualTo(2);

        Views.SeriesChart duplicates = charts.duplicateRate(TimeRange.all());
        int day = duplicates.labels().indexOf("2024-12-09");
        assertThat(duplicates.series()).extracting(Views.CountSeries::name)
                .containsExactly("REDELIVERY", "EXACT", "NEAR", "STORED");
        assertThat(duplicates.series()).allSatisfy(series -> assertThat(series.counts()[day]).isEqualTo(1));
    }

    @Test
    void trendingEntitiesCarryTheirArticlesPerDay() throws SQLException {
        List<Views.TrendingEntity> trending = queries.charts().trendingEntities(TimeRange.all(), null, 5);
        Views.TrendingEntity first = trending.get(0);
        assertThat(first.entity().id()).isEqualTo("Q-Ahmad al-Sharaa");
        assertThat(first.to()).isEqualTo("2024-12-10");
        long[] perDay = first.perDay();
        assertThat(java.util.Arrays.copyOfRange(perDay, perDay.length - 3, perDay.length)).containsExactly(1, 1, 1);
    }

    @Test
    void anEntityPageHasItsTimelineCompanionsAndPagedArticles() throws SQLException {
        Views.EntityPage page = queries.charts().entity("Q-Ahmad al-Sharaa", 2).orElseThrow();
        assertThat(page.days()).hasSize(3);
        assertThat(page.together()).extracting(EntityCount::id).containsExactly("Q-City Damascus", "Q-City Idlib");
        assertThat(page.articles().items()).extracting(ArticleSummary::id).containsExactly("a3", "a2");
        Views.Page<ArticleSummary> rest = queries.charts().entityArticles("Q-Ahmad al-Sharaa", 2,
                Cursor.decode(page.articles().next(), ChartQueries.entityList("Q-Ahmad al-Sharaa")));
        assertThat(rest.items()).extracting(ArticleSummary::id).containsExactly("a1");
        assertThat(queries.charts().entity("nobody", 2)).isEmpty();
    }

    @Test
    void aStoryIsTheOriginalWithItsCopiesFromEitherId() throws SQLException {
        Views.Story story = queries.charts().story("d1").orElseThrow();
        assertThat(story.originalId()).isEqualTo("a1");
        assertThat(story.original().title()).isEqualTo("Rebels enter Damascus");
        assertThat(story.copies()).extracting(Views.StoryCopy::id).containsExactly("d2", "d1");
        // each copy with its own text beside the original's
        assertThat(story.originalBody()).startsWith("Report. Ahmad al-Sharaa spoke today.");
        assertThat(story.copies()).extracting(Views.StoryCopy::body)
                .containsExactly("The text of d2 as EXACT.", "The text of d1 as NEAR.");
        assertThat(queries.charts().story("a1").orElseThrow().copies()).hasSize(2);
        // a redelivery carries no text of its own
        assertThat(queries.charts().story("d3").orElseThrow().copies()).singleElement()
                .satisfies(copy -> assertThat(copy.body()).isNull());
        assertThat(queries.charts().story("a3").orElseThrow().copies()).isEmpty();
        assertThat(queries.charts().story("nothing")).isEmpty();
    }
}
