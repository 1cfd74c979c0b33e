package io.wirestream.sink.api;

import io.wirestream.sink.api.Views.ArticleSummary;
import io.wirestream.sink.api.Views.CountSeries;
import io.wirestream.sink.api.Views.EntityCount;
import io.wirestream.sink.api.Views.EntityPage;
import io.wirestream.sink.api.Views.EntityView;
import io.wirestream.sink.api.Views.Page;
import io.wirestream.sink.api.Views.SeriesChart;
import io.wirestream.sink.api.Views.Story;
import io.wirestream.sink.api.Views.TimelineDay;
import io.wirestream.sink.api.Views.TrendingEntity;
import io.wirestream.sink.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's pictures as data: counts per hour or day (by source, by duplicate kind), entity trends, an
 * entity's page and a story. Windows left open by the caller end at the newest stored article, not at today:
 * a store of last year's news still shows its pictures.
 */
public final class ChartQueries {

    /** Sources drawn separately; the rest are summed as "other" so a stacked chart stays readable. */
    static final int MAX_SOURCES = 8;
    /** The widest window a chart draws, in buckets: an unbounded range is cut to the newest ones. */
    static final int MAX_DAYS = 92;
    static final int MAX_HOURS = 96;
    static final List<String> DUPLICATE_KINDS = List.of("REDELIVERY", "EXACT", "NEAR");

    private final Database database;

    public ChartQueries(Database database) {
        this.database = database;
    }

    /** Stored articles per hour or day by source, over {@code range} (cut to the newest buckets). */
    public SeriesChart articlesBySource(Bucket bucket, TimeRange range) throws SQLException {
        return database.inTransaction(connection -> {
            List<String> labels = labels(connection, bucket, range);
            if (labels.isEmpty()) {
                return new SeriesChart(bucket.name().toLowerCase(java.util.Locale.ROOT), labels, List.of());
            }
            String sql = "SELECT COALESCE(a.source, '(none)'), " + bucketExpression(bucket) + ", COUNT(*)"
                    + " FROM articles a WHERE a.event_day >= ? AND a.event_day <= ?"
                    + " GROUP BY COALESCE(a.source, '(none)'), " + bucketGroup(bucket);
            Map<String, long[]> bySource = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setObject(1, LocalDate.parse(labels.get(0).substring(0, 10)));
                statement.setObject(2, LocalDate.parse(labels.get(labels.size() - 1).substring(0, 10)));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        int index = labels.indexOf(label(bucket, rows.getObject(2, LocalDate.class), rows.getInt(3)));
                        if (index >= 0) {
                            bySource.computeIfAbsent(rows.getString(1), k -> new long[labels.size()])[index] +=
                                    rows.getLong(4);
                        }
                    }
                }
            }
            return new SeriesChart(bucket.name().toLowerCase(java.util.Locale.ROOT), labels, topSeries(bySource));
        });
    }

    /** Duplicates dropped per day by kind, and the day's duplicate rate (duplicates / (duplicates + stored)). */
    public SeriesChart duplicateRate(TimeRange range) throws SQLException {
        return database.inTransaction(connection -> {
            List<String> labels = labels(connection, Bucket.DAY, range);
            Map<String, long[]> byKind = new LinkedHashMap<>();
            DUPLICATE_KINDS.forEach(kind -> byKind.put(kind, new long[labels.size()]));
            long[] stored = new long[labels.size()];
            if (!labels.isEmpty()) {
                LocalDate from = LocalDate.parse(labels.get(0));
                LocalDate to = LocalDate.parse(labels.get(labels.size() - 1));
                try (PreparedStatement statement = connection.prepareStatement("SELECT"
                        + " CAST(d.detected_at AT TIME ZONE 'UTC' AS DATE) AS detected_day, d.kind, COUNT(*)"
                        + " FROM duplicate_links d WHERE d.detected_at >= ? AND d.detected_at < ?"
                        + " GROUP BY CAST(d.detected_at AT TIME ZONE 'UTC' AS DATE), d.kind")) {
                    statement.setObject(1, from.atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
                    statement.setObject(2, to.plusDays(1).atStartOfDay().atOffset(java.time.ZoneOffset.UTC));
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            int index = labels.indexOf(rows.getObject(1, LocalDate.class).toString());
                            long[] counts = byKind.get(rows.getString(2));
                            if (index >= 0 && counts != null) {
                                counts[index] += rows.getLong(3);
                            }
                        }
                    }
                }
                try (PreparedStatement statement = connection.prepareStatement("SELECT a.event_day, COUNT(*)"
                        + " FROM articles a WHERE a.event_day >= ? AND a.event_day <= ? GROUP BY a.event_day")) {
                    statement.setObject(1, from);
                    statement.setObject(2, to);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            int index = labels.indexOf(rows.getObject(1, LocalDate.class).toString());
                            if (index >= 0) {
                                stored[index] = rows.getLong(2);
                            }
                        }
                    }
                }
            }
            List<CountSeries> series = new ArrayList<>();
            byKind.forEach((kind, counts) -> series.add(new CountSeries(kind, counts)));
            series.add(new CountSeries("STORED", stored));
            return new SeriesChart("day", labels, series);
        });
    }

    /** The top entities of {@code range} (cut to the newest days), each with its articles per day there. */
    public List<TrendingEntity> trendingEntities(TimeRange range, String type, int limit) throws SQLException {
        return database.inTransaction(connection -> {
            List<String> days = labels(connection, Bucket.DAY, range);
            if (days.isEmpty()) {
                return List.<TrendingEntity>of();
            }
            TimeRange window = new TimeRange(LocalDate.parse(days.get(0)), LocalDate.parse(days.get(days.size() - 1)));
            List<EntityCount> top = ReadQueries.topEntities(connection, window, type, limit);
            List<TrendingEntity> trending = new ArrayList<>();
            for (EntityCount entity : top) {
                long[] perDay = new long[days.size()];
                for (TimelineDay day : ReadQueries.days(connection, entity.id(), window)) {
                    int index = days.indexOf(day.day());
                    if (index >= 0) {
                        perDay[index] = day.articles();
                    }
                }
                trending.add(new TrendingEntity(entity, days.get(0), days.get(days.size() - 1), perDay));
            }
            return trending;
        });
    }

    /** One entity: its timeline, the entities found most often in the same articles, its newest articles. */
    public Optional<EntityPage> entity(String id, int limit) throws SQLException {
        return database.inTransaction(connection -> {
            Optional<EntityView> entity = ReadQueries.entity(connection, id);
            if (entity.isEmpty()) {
                return Optional.<EntityPage>empty();
            }
            List<EntityCount> together = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT e.id, e.name, e.type,"
                    + " COUNT(*) AS articles, SUM(other.mention_count) AS mentions"
                    + " FROM article_entities self JOIN article_entities other"
                    + " ON other.article_id = self.article_id AND other.entity_id <> self.entity_id"
                    + " JOIN entities e ON e.id = other.entity_id WHERE self.entity_id = ?"
                    + " GROUP BY e.id, e.name, e.type ORDER BY articles DESC, mentions DESC, e.id LIMIT 15")) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        together.add(new EntityCount(rows.getString(1), rows.getString(2), rows.getString(3),
                                rows.getLong(4), rows.getLong(5)));
                    }
                }
            }
            return Optional.of(new EntityPage(entity.get(), ReadQueries.days(connection, id, TimeRange.all()),
                    together, entityArticles(connection, id, limit, null)));
        });
    }

    /** The list name of {@link #entityArticles} cursors. */
    static String entityList(String id) {
        return "entity:" + id;
    }

    /** The articles mentioning an entity, newest first, one page. */
    public Page<ArticleSummary> entityArticles(String id, int limit, Cursor after) throws SQLException {
        return database.inTransaction(connection -> entityArticles(connection, id, limit, after));
    }

    private static Page<ArticleSummary> entityArticles(Connection connection, String id, int limit, Cursor after)
            throws SQLException {
        String sql = "SELECT " + ReadQueries.SUMMARY_COLUMNS + " FROM article_entities x"
                + " JOIN articles a ON a.id = x.article_id WHERE x.entity_id = ?"
                + (after != null ? " AND " + ReadQueries.KEYSET : "")
                + " ORDER BY a.event_time DESC, a.id DESC LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            int i = 2;
            if (after != null) {
                i = ReadQueries.bindKeyset(statement, i, after);
            }
            statement.setInt(i, limit + 1);
            List<ArticleSummary> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(ReadQueries.summary(result));
                }
            }
            return ReadQueries.page(rows, limit,
                    a -> new Cursor(entityList(id), 0, Instant.parse(a.eventTime()), a.id()));
        }
    }

    /**
     * A story: an original and the copies dropped in its favour. {@code id} may be the original's or a copy's;
     * empty when it is neither.
     */
    public Optional<Story> story(String id) throws SQLException {
        return database.inTransaction(connection -> {
            String originalId = id;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT original_id FROM duplicate_links WHERE duplicate_id = ?")) {
                statement.setString(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    if (rows.next()) {
                        originalId = rows.getString(1);
                    }
                }
            }
            Optional<Views.ArticleDetail> original = ReadQueries.article(connection, originalId);
            List<Views.StoryCopy> copies = copiesOf(connection, originalId);
            if (original.isEmpty() && copies.isEmpty()) {
                return Optional.<Story>empty();
            }
            return Optional.of(new Story(originalId, original.map(Views.ArticleDetail::article).orElse(null),
                    original.map(Views.ArticleDetail::cleanBody).orElse(null), copies));
        });
    }

    /** The copies of {@code originalId} with their own text, most similar first (as the duplicate lists order). */
    private static List<Views.StoryCopy> copiesOf(Connection connection, String originalId) throws SQLException {
        List<Views.StoryCopy> copies = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT duplicate_id, kind, similarity,"
                + " detected_at, source, title, clean_body FROM duplicate_links WHERE original_id = ?"
                + " ORDER BY similarity DESC, detected_at, duplicate_id")) {
            statement.setString(1, originalId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    java.time.OffsetDateTime detected = rows.getObject(4, java.time.OffsetDateTime.class);
                    copies.add(new Views.StoryCopy(rows.getString(1), rows.getString(2), rows.getDouble(3),
                            detected == null ? null : detected.toInstant().toString(), rows.getString(5),
                            rows.getString(6), rows.getString(7)));
                }
            }
        }
        return copies;
    }

    /** Per hour or per day. */
    public enum Bucket { HOUR, DAY }

    private static String bucketExpression(Bucket bucket) {
        return bucket == Bucket.DAY ? "a.event_day, 0"
                : "a.event_day, EXTRACT(HOUR FROM a.event_time AT TIME ZONE 'UTC')";
    }

    private static String bucketGroup(Bucket bucket) {
        return bucket == Bucket.DAY ? "a.event_day" : "a.event_day, EXTRACT(HOUR FROM a.event_time AT TIME ZONE 'UTC')";
    }

    private static String label(Bucket bucket, LocalDate day, int hour) {
        return bucket == Bucket.DAY ? day.toString() : String.format("%sT%02d:00Z", day, hour);
    }

    /** The bucket labels of the window: {@code range} cut to the newest buckets, ending at the newest article. */
    private static List<String> labels(Connection connection, Bucket bucket, TimeRange range) throws SQLException {
        Instant newest;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT MAX(a.event_time) FROM articles a WHERE a.event_day >= ? AND a.event_day <= ?")) {
            statement.setObject(1, range.from());
            statement.setObject(2, range.to());
            try (ResultSet rows = statement.executeQuery()) {
                java.time.OffsetDateTime max = rows.next() ? rows.getObject(1, java.time.OffsetDateTime.class) : null;
                if (max == null) {
                    return List.of();
                }
                newest = max.toInstant();
            }
        }
        List<String> labels = new ArrayList<>();
        if (bucket == Bucket.DAY) {
            LocalDate last = LocalDate.ofInstant(newest, java.time.ZoneOffset.UTC);
            LocalDate first = last.minusDays(MAX_DAYS - 1L);
            first = range.from().isAfter(first) ? range.from() : first;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                labels.add(day.toString());
            }
        } else {
            LocalDateTime last = LocalDateTime.ofInstant(newest, java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
            LocalDateTime first = last.minusHours(MAX_HOURS - 1L);
            LocalDateTime rangeStart = range.from().atStartOfDay();
            first = rangeStart.isAfter(first) ? rangeStart : first;
            for (LocalDateTime hour = first; !hour.isAfter(last); hour = hour.plusHours(1)) {
                labels.add(label(bucket, hour.toLocalDate(), hour.getHour()));
            }
        }
        return labels;
    }

    /** The {@link #MAX_SOURCES} largest series, then the rest summed as "other". */
    private static List<CountSeries> topSeries(Map<String, long[]> bySource) {
        List<Map.Entry<String, long[]>> entries = new ArrayList<>(bySource.entrySet());
        entries.sort((x, y) -> Long.compare(sum(y.getValue()), sum(x.getValue())));
        List<CountSeries> series = new ArrayList<>();
        long[] other = null;
        for (int i = 0; i < entries.size(); i++) {
            long[] counts = entries.get(i).getValue();
            if (i < MAX_SOURCES) {
                series.add(new CountSeries(entries.get(i).getKey(), counts));
            } else {
                other = other == null ? new long[counts.length] : other;
                for (int j = 0; j < counts.length; j++) {
                    other[j] += counts[j];
                }
            }
        }
        if (other != null) {
            series.add(new CountSeries("other", other));
        }
        return series;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
