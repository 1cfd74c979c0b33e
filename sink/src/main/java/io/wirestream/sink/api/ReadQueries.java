package io.wirestream.sink.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.sink.db.Database;
import io.wirestream.sink.db.Dialect;
import io.wirestream.sink.api.Views.ArticleDetail;
import io.wirestream.sink.api.Views.ArticleEntity;
import io.wirestream.sink.api.Views.ArticleSummary;
import io.wirestream.sink.api.Views.DuplicateCluster;
import io.wirestream.sink.api.Views.DuplicateMember;
import io.wirestream.sink.api.Views.EntityCount;
import io.wirestream.sink.api.Views.EntityView;
import io.wirestream.sink.api.Views.Page;
import io.wirestream.sink.api.Views.MentionView;
import io.wirestream.sink.api.Views.SearchHit;
import io.wirestream.sink.api.Views.Timeline;
import io.wirestream.sink.api.Views.TimelineDay;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboards' questions as SQL both PostgreSQL and H2 answer the same way. Per-day questions use the
 * stored {@code event_day} column, so no vendor date function is needed.
 */
public final class ReadQueries {

    static final String SUMMARY_COLUMNS = "a.id, a.source, a.url, a.title, a.clean_title, a.language,"
            + " a.published_at, a.ingested_at, a.event_time, a.processed_at, a.pipeline_version, a.version,"
            + " (SELECT COUNT(*) FROM article_entities ae WHERE ae.article_id = a.id) AS entity_count";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;
    private final ArticleSearch search;

    private final ChartQueries charts;

    public ReadQueries(Database database) {
        this.database = database;
        this.search = new ArticleSearch(database);
        this.charts = new ChartQueries(database);
    }

    /** The dashboard's chart, entity and story queries over the same database. */
    public ChartQueries charts() {
        return charts;
    }

    /** The tables the API reads; all must exist for the sink to be healthy. */
    static final List<String> TABLES = List.of("articles", "entities", "article_entities", "mentions",
            "duplicate_links");

    /**
     * The sink tables that do not exist (empty when all do); throws when the database does not answer. Reads the
     * catalogue only, so a lock held on a table cannot make the health check wait.
     */
    public List<String> missingTables() throws SQLException {
        return database.inTransaction(connection -> {
            DatabaseMetaData metadata = connection.getMetaData();
            String schema = connection.getSchema();
            List<String> missing = new ArrayList<>();
            for (String table : TABLES) {
                try (ResultSet rows = metadata.getTables(connection.getCatalog(), schema, table,
                        new String[] {"TABLE", "BASE TABLE"})) {
                    if (!rows.next()) {
                        missing.add(table);
                    }
                }
            }
            return missing;
        });
    }

    /** Rows per sink table. */
    public Map<String, Long> tableCounts() throws SQLException {
        return tableCounts(TABLES);
    }

    /** Rows of the given sink tables (names from {@link #TABLES} only: they go into the statement). */
    Map<String, Long> tableCounts(List<String> tables) throws SQLException {
        if (!TABLES.containsAll(tables)) {
            throw new IllegalArgumentException("not sink tables: " + tables);
        }
        return database.inTransaction(connection -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                     ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
            return counts;
        });
    }

    /** The list name of {@link #recentArticles} in its cursors. */
    static final String ARTICLES = "articles";

    /**
     * The latest articles by event time (ties by id), newest first; {@code after} (a cursor from the previous
     * page, or null) continues just past its last row.
     */
    public Page<ArticleSummary> recentArticles(int limit, Cursor after) throws SQLException {
        String sql = "SELECT " + SUMMARY_COLUMNS + " FROM articles a"
                + (after != null ? " WHERE " + KEYSET : "")
                + " ORDER BY a.event_time DESC, a.id DESC LIMIT ?";
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                if (after != null) {
                    i = bindKeyset(statement, i, after);
                }
                statement.setInt(i, limit + 1);
                return page(summaries(statement), limit, a -> new Cursor(ARTICLES, 0, Instant.parse(a.eventTime()), a.id()));
            }
        });
    }

    /** Rows after the cursor's in (event time, id) descending order; a row value, so one index range serves it. */
    static final String KEYSET = "(a.event_time, a.id) < (?, ?)";

    static int bindKeyset(PreparedStatement statement, int index, Cursor after) throws SQLException {
        statement.setObject(index, after.eventTime().atOffset(ZoneOffset.UTC));
        statement.setString(index + 1, after.id());
        return index + 2;
    }

    /** The first {@code limit} of {@code rows} (which holds up to one more, to tell whether a next page exists). */
    static <T> Page<T> page(List<T> rows, int limit, java.util.function.Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = List.copyOf(rows.subList(0, limit));
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)).encode());
    }

    /**
     * Articles matching {@code text}, one page: full-text and ranked on PostgreSQL, a substring scan newest first
     * on H2 (see {@link ArticleSearch}).
     */
    public Page<SearchHit> search(String text, int limit, Cursor after) throws SQLException {
        return database.dialect() == Dialect.POSTGRESQL ? search.fullText(text, limit, after)
                : search.substring(text, limit, after);
    }

    /** The substring scan on any database: H2's search, and the benchmark's baseline on PostgreSQL. */
    public Page<SearchHit> searchBySubstring(String text, int limit, Cursor after) throws SQLException {
        return search.substring(text, limit, after);
    }

    static String searchList(String text) {
        return ArticleSearch.listName(text);
    }

    /** One article with its bodies, audit, entities and mentions, and the duplicates dropped in its favour. */
    public Optional<ArticleDetail> article(String id) throws SQLException {
        return database.inTransaction(connection -> article(connection, id));
    }

    static Optional<ArticleDetail> article(Connection connection, String id) throws SQLException {
        ArticleSummary summary;
        String body;
        String cleanBody;
        String fingerprint;
        JsonNode edits;
        JsonNode flags;
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                + ", a.body, a.clean_body, a.content_fingerprint, a.edits, a.flags FROM articles a WHERE a.id = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                summary = summary(rows);
                body = rows.getString("body");
                cleanBody = rows.getString("clean_body");
                fingerprint = rows.getString("content_fingerprint");
                edits = json(rows.getString("edits"));
                flags = json(rows.getString("flags"));
            }
        }
        return Optional.of(new ArticleDetail(summary, body, cleanBody, fingerprint, edits, flags,
                entitiesOf(connection, id), membersOf(connection, id)));
    }

    private static List<ArticleEntity> entitiesOf(Connection connection, String articleId) throws SQLException {
        Map<String, List<MentionView>> mentions = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT entity_id, start_offset, end_offset,"
                + " text FROM mentions WHERE article_id = ? ORDER BY start_offset, entity_id")) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    mentions.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                            .add(new MentionView(rows.getInt(2), rows.getInt(3), rows.getString(4)));
                }
            }
        }
        List<ArticleEntity> entities = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT e.id, e.name, e.type, ae.method,"
                + " ae.confidence, ae.date_value FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
                + " WHERE ae.article_id = ? ORDER BY e.type, e.name, e.id")) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String entityId = rows.getString(1);
                    entities.add(new ArticleEntity(entityId, rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getDouble(5), rows.getString(6), mentions.getOrDefault(entityId, List.of())));
                }
            }
        }
        return entities;
    }

    /** Entities ranked by the number of articles (then mentions) within {@code range}; optionally of one type. */
    public List<EntityCount> topEntities(TimeRange range, String type, int limit) throws SQLException {
        return database.inTransaction(connection -> topEntities(connection, range, type, limit));
    }

    static List<EntityCount> topEntities(Connection connection, TimeRange range, String type, int limit)
            throws SQLException {
        String sql = "SELECT e.id, e.name, e.type, COUNT(*) AS articles, SUM(ae.mention_count) AS mentions"
                + " FROM article_entities ae JOIN entities e ON e.id = ae.entity_id"
                + " JOIN articles a ON a.id = ae.article_id"
                + " WHERE a.event_day >= ? AND a.event_day <= ?" + (type != null ? " AND e.type = ?" : "")
                + " GROUP BY e.id, e.name, e.type ORDER BY articles DESC, mentions DESC, e.id LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setObject(i++, range.from());
            statement.setObject(i++, range.to());
            if (type != null) {
                statement.setString(i++, type);
            }
            statement.setInt(i, limit);
            List<EntityCount> counts = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.add(new EntityCount(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getLong(4), rows.getLong(5)));
                }
            }
            return counts;
        }
    }

    /** Per UTC day within {@code range}: how many articles mention the entity, and how often. */
    public Optional<Timeline> timeline(String entityId, TimeRange range) throws SQLException {
        return database.inTransaction(connection -> {
            Optional<EntityView> entity = entity(connection, entityId);
            if (entity.isEmpty()) {
                return Optional.<Timeline>empty();
            }
            return Optional.of(new Timeline(entity.get(), range.from().toString(), range.to().toString(),
                    days(connection, entityId, range)));
        });
    }

    static Optional<EntityView> entity(Connection connection, String entityId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, name, type FROM entities WHERE id = ?")) {
            statement.setString(1, entityId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(new EntityView(rows.getString(1), rows.getString(2), rows.getString(3)))
                        : Optional.empty();
            }
        }
    }

    static List<TimelineDay> days(Connection connection, String entityId, TimeRange range) throws SQLException {
        List<TimelineDay> days = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT a.event_day, COUNT(*),"
                + " SUM(ae.mention_count) FROM article_entities ae JOIN articles a ON a.id = ae.article_id"
                + " WHERE ae.entity_id = ? AND a.event_day >= ? AND a.event_day <= ?"
                + " GROUP BY a.event_day ORDER BY a.event_day")) {
            statement.setString(1, entityId);
            statement.setObject(2, range.from());
            statement.setObject(3, range.to());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    days.add(new TimelineDay(rows.getObject(1, LocalDate.class).toString(), rows.getLong(2),
                            rows.getLong(3)));
                }
            }
        }
        return days;
    }

    /** Originals with the most duplicates, each with its duplicates (most similar first). */
    public List<DuplicateCluster> duplicateClusters(int limit) throws SQLException {
        String sql = "SELECT c.original_id, a.clean_title, a.title, a.source, c.members, c.last_detected FROM"
                + " (SELECT original_id, COUNT(*) AS members, MAX(detected_at) AS last_detected"
                + " FROM duplicate_links GROUP BY original_id) c"
                + " LEFT JOIN articles a ON a.id = c.original_id"
                + " ORDER BY c.members DESC, c.last_detected DESC, c.original_id LIMIT ?";
        return database.inTransaction(connection -> {
            List<DuplicateCluster> clusters = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setInt(1, limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String title = rows.getString(2) != null ? rows.getString(2) : rows.getString(3);
                        clusters.add(new DuplicateCluster(rows.getString(1), title, rows.getString(4),
                                rows.getLong(5), time(rows, 6), List.of()));
                    }
                }
            }
            List<DuplicateCluster> filled = new ArrayList<>(clusters.size());
            for (DuplicateCluster cluster : clusters) {
                filled.add(new DuplicateCluster(cluster.originalId(), cluster.originalTitle(),
                        cluster.originalSource(), cluster.size(), cluster.lastDetectedAt(),
                        membersOf(connection, cluster.originalId())));
            }
            return filled;
        });
    }

    static List<DuplicateMember> membersOf(Connection connection, String originalId) throws SQLException {
        List<DuplicateMember> members = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT duplicate_id, kind, similarity,"
                + " detected_at, source, title FROM duplicate_links WHERE original_id = ?"
                + " ORDER BY similarity DESC, detected_at, duplicate_id")) {
            statement.setString(1, originalId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    members.add(new DuplicateMember(rows.getString(1), rows.getString(2), rows.getDouble(3),
                            time(rows, 4), rows.getString(5), rows.getString(6)));
                }
            }
        }
        return members;
    }

    private static List<ArticleSummary> summaries(PreparedStatement statement) throws SQLException {
        List<ArticleSummary> articles = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                articles.add(summary(rows));
            }
        }
        return articles;
    }

    static ArticleSummary summary(ResultSet rows) throws SQLException {
        return new ArticleSummary(rows.getString("id"), rows.getString("source"), rows.getString("url"),
                rows.getString("title"), rows.getString("clean_title"), rows.getString("language"),
                time(rows, "published_at"), time(rows, "ingested_at"), time(rows, "event_time"),
                time(rows, "processed_at"), rows.getString("pipeline_version"), rows.getLong("entity_count"),
                rows.getInt("version"));
    }

    private static String time(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant().toString();
    }

    private static String time(ResultSet rows, int column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant().toString();
    }

    private static JsonNode json(String text) throws SQLException {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new SQLException("stored audit JSON is unreadable: " + e.getMessage(), "XX000", e);
        }
    }
}
