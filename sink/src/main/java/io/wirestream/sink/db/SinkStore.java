package io.wirestream.sink.db;

import io.wirestream.sink.row.ArticleRow;
import io.wirestream.sink.row.Change;
import io.wirestream.sink.row.DuplicateLinkRow;
import io.wirestream.sink.row.EntityRow;
import io.wirestream.sink.row.MentionRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes the sink's changes idempotently: every row is keyed (article id, entity id, duplicate id), so writing
 * the same change twice leaves the same rows, and a newer version of an article replaces its entity links
 * and mentions wholesale. Versions of an article are ordered by {@link ArticleRow#VERSION_ORDER} (ingest time,
 * then place in the ingest run), and an older one never replaces a newer one, whatever order they are read in:
 * a replay of articles.enriched, or of enrich, leaves the newest version stored. One call is one transaction.
 */
public final class SinkStore implements ChangeWriter {

    private static final List<String> ARTICLE_COLUMNS = List.of("id", "source", "url", "title", "clean_title",
            "body", "clean_body", "language", "published_at", "ingested_at", "event_time", "event_day",
            "processed_at", "content_fingerprint", "pipeline_version", "edits", "flags", "written_at",
            "ingest_sequence", "version");
    /** Ids per version lookup: one round trip for a batch, within any database's parameter limit. */
    private static final int LOOKUP_CHUNK = 200;
    private static final List<String> ENTITY_COLUMNS = List.of("id", "name", "type", "written_at");
    private static final List<String> LINK_COLUMNS = List.of("duplicate_id", "original_id", "kind", "similarity",
            "detected_at", "source", "original_source", "title", "clean_body", "written_at");

    private final Database database;
    private final String upsertArticle;
    private final String upsertEntity;
    private final String upsertLink;

    public SinkStore(Database database) {
        this.database = database;
        Dialect dialect = database.dialect();
        this.upsertArticle = dialect.upsert("articles", ARTICLE_COLUMNS, List.of("id"));
        this.upsertEntity = dialect.upsert("entities", ENTITY_COLUMNS, List.of("id"));
        this.upsertLink = dialect.upsert("duplicate_links", LINK_COLUMNS, List.of("duplicate_id"));
    }

    /**
     * Applies {@code changes} in one transaction. Within the list a later change to the same key replaces an
     * earlier one (Kafka's per-key order is the version order). Rows are written in key order so two sinks
     * writing overlapping batches take their row locks in the same order and cannot deadlock.
     */
    @Override
    public WriteCounts apply(List<Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return WriteCounts.NONE;
        }
        Map<String, Change> latest = new TreeMap<>();
        for (Change change : changes) {
            latest.merge(change.key(), change, SinkStore::later);
        }
        Instant now = Instant.now();
        return database.inTransaction(connection -> write(connection, latest.values(), now));
    }

    /** Kafka's per-key order decides within a batch, except that an older article version never replaces a newer. */
    private static Change later(Change earlier, Change next) {
        if (earlier instanceof Change.UpsertArticle stored && next instanceof Change.UpsertArticle incoming
                && ArticleRow.VERSION_ORDER.compare(incoming.article(), stored.article()) < 0) {
            return earlier;
        }
        return next;
    }

    private WriteCounts write(Connection connection, Collection<Change> changes, Instant now) throws SQLException {
        List<ArticleRow> candidates = new ArrayList<>();
        List<String> deletions = new ArrayList<>();
        List<DuplicateLinkRow> links = new ArrayList<>();
        for (Change change : changes) {
            switch (change) {
                case Change.UpsertArticle upsert -> candidates.add(upsert.article());
                case Change.DeleteArticle delete -> deletions.add(delete.articleId());
                case Change.UpsertDuplicateLink link -> links.add(link.link());
            }
        }
        Map<String, StoredVersion> stored = storedVersions(connection, candidates);
        List<ArticleRow> upserts = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        List<String> revised = new ArrayList<>();
        Map<String, EntityRow> entities = new TreeMap<>();
        for (ArticleRow article : candidates) {
            StoredVersion current = stored.get(article.id());
            if (current != null && current.newerThan(article)) {
                continue; // a replay of an older version: the newer one stays
            }
            upserts.add(article);
            versions.add(current == null ? 1 : current.versionAfter(article));
            if (article.revision()) {
                revised.add(article.id());
            }
            article.entities().forEach(entity -> entities.put(entity.id(), entity));
        }
        // one statement per kind of row for the whole batch: round trips, not rows, dominate the cost
        upsertEntities(connection, entities.values(), now);
        upsertArticles(connection, upserts, versions, now);
        // a revision enriched is not a dropped copy any more (its previous version may have been one)
        deleteWhere(connection, "duplicate_links", "duplicate_id", revised);
        List<String> touched = new ArrayList<>(deletions);
        upserts.forEach(article -> touched.add(article.id()));
        // a newer version replaces what the old one said about entities, never adds to it
        deleteWhereArticle(connection, "mentions", touched);
        deleteWhereArticle(connection, "article_entities", touched);
        int mentions = insertLinksAndMentions(connection, upserts);
        int deleted = deleteWhereArticle(connection, "articles", deletions);
        upsertLinks(connection, links, now);
        return new WriteCounts(upserts.size(), deleted, links.size(), mentions, candidates.size() - upserts.size());
    }

    /**
     * What is stored of each article about to be written, its rows locked for the rest of the transaction so a
     * second sink (a rebalance's overlap) cannot slip a version in between the comparison and the write.
     */
    private static Map<String, StoredVersion> storedVersions(Connection connection, List<ArticleRow> articles)
            throws SQLException {
        Map<String, StoredVersion> stored = new HashMap<>();
        for (int from = 0; from < articles.size(); from += LOOKUP_CHUNK) {
            List<ArticleRow> chunk = articles.subList(from, Math.min(articles.size(), from + LOOKUP_CHUNK));
            String sql = "SELECT id, ingested_at, ingest_sequence, content_fingerprint, version FROM articles"
                    + " WHERE id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"))
                    + ") FOR UPDATE";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i).id());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long sequence = rows.getLong(3);
                        Long ingestSequence = rows.wasNull() ? null : sequence;
                        stored.put(rows.getString(1), new StoredVersion(
                                rows.getObject(2, OffsetDateTime.class).toInstant(), ingestSequence,
                                rows.getString(4), rows.getInt(5)));
                    }
                }
            }
        }
        return stored;
    }

    /** The version of an article already stored: its place in the version order, its content and its number. */
    private record StoredVersion(Instant ingestedAt, Long ingestSequence, String contentFingerprint, int version) {

        private static final Comparator<StoredVersion> ORDER = Comparator.comparing(StoredVersion::ingestedAt)
                .thenComparingLong(v -> v.ingestSequence() == null ? -1 : v.ingestSequence());

        private int compareTo(ArticleRow article) {
            return ORDER.compare(this, new StoredVersion(article.ingestedAt(), article.ingestSequence(), null, 0));
        }

        boolean newerThan(ArticleRow article) {
            return compareTo(article) > 0;
        }

        /** The number the incoming version gets: one more when it is later and its content differs, else the same. */
        int versionAfter(ArticleRow article) {
            return compareTo(article) < 0 && !Objects.equals(contentFingerprint, article.contentFingerprint())
                    ? version + 1 : version;
        }
    }

    private void upsertEntities(Connection connection, Collection<EntityRow> entities, Instant now)
            throws SQLException {
        if (entities.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(upsertEntity)) {
            for (EntityRow entity : entities) {
                statement.setString(1, entity.id());
                statement.setString(2, entity.name());
                statement.setString(3, entity.type());
                statement.setObject(4, utc(now));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void upsertArticles(Connection connection, List<ArticleRow> articles, List<Integer> versions, Instant now)
            throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(upsertArticle)) {
            for (int a = 0; a < articles.size(); a++) {
                ArticleRow article = articles.get(a);
                int i = 1;
                statement.setString(i++, article.id());
                statement.setString(i++, article.source());
                statement.setString(i++, article.url());
                statement.setString(i++, article.title());
                statement.setString(i++, article.cleanTitle());
                statement.setString(i++, article.body());
                statement.setString(i++, article.cleanBody());
                statement.setString(i++, article.language());
                setInstant(statement, i++, article.publishedAt());
                setInstant(statement, i++, article.ingestedAt());
                setInstant(statement, i++, article.eventTime());
                statement.setObject(i++, LocalDate.ofInstant(article.eventTime(), ZoneOffset.UTC));
                setInstant(statement, i++, article.processedAt());
                statement.setString(i++, article.contentFingerprint());
                statement.setString(i++, article.pipelineVersion());
                statement.setString(i++, article.editsJson());
                statement.setString(i++, article.flagsJson());
                setInstant(statement, i++, now);
                if (article.ingestSequence() == null) {
                    statement.setNull(i++, Types.BIGINT);
                } else {
                    statement.setLong(i++, article.ingestSequence());
                }
                statement.setInt(i, versions.get(a));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static int insertLinksAndMentions(Connection connection, List<ArticleRow> articles) throws SQLException {
        try (RowInserter links = new RowInserter(connection, "article_entities", List.of("article_id", "entity_id",
                "method", "confidence", "date_value", "mention_count"), Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                Types.DOUBLE, Types.VARCHAR, Types.INTEGER);
             RowInserter spans = new RowInserter(connection, "mentions", List.of("article_id", "entity_id",
                "start_offset", "end_offset", "text"), Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.INTEGER,
                Types.VARCHAR)) {
            for (ArticleRow article : articles) {
                for (EntityRow entity : article.entities()) {
                    links.add(article.id(), entity.id(), entity.method(), entity.confidence(), entity.dateValue(),
                            entity.mentionCount());
                }
                for (MentionRow mention : article.mentions()) {
                    spans.add(article.id(), mention.entityId(), mention.start(), mention.end(), mention.text());
                }
            }
            links.flush();
            return spans.flush();
        }
    }

    /** Deletes the rows of {@code table} belonging to the given articles; returns how many went. */
    private static int deleteWhereArticle(Connection connection, String table, List<String> articleIds)
            throws SQLException {
        return deleteWhere(connection, table, table.equals("articles") ? "id" : "article_id", articleIds);
    }

    /** Deletes the rows of {@code table} whose {@code column} is one of {@code ids}; returns how many went. */
    private static int deleteWhere(Connection connection, String table, String column, List<String> ids)
            throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE " + column + " = ?")) {
            for (String id : ids) {
                statement.setString(1, id);
                statement.addBatch();
            }
            int deleted = 0;
            for (int count : statement.executeBatch()) {
                deleted += Math.max(count, 0); // a driver may answer SUCCESS_NO_INFO (-2)
            }
            return deleted;
        }
    }

    private void upsertLinks(Connection connection, List<DuplicateLinkRow> links, Instant now) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(upsertLink)) {
            for (DuplicateLinkRow link : links) {
                statement.setString(1, link.duplicateId());
                statement.setString(2, link.originalId());
                statement.setString(3, link.kind());
                statement.setDouble(4, link.similarity());
                setInstant(statement, 5, link.detectedAt());
                statement.setString(6, link.source());
                statement.setString(7, link.originalSource());
                statement.setString(8, link.title());
                statement.setString(9, link.cleanBody());
                setInstant(statement, 10, now);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Rows in {@code table} (articles, entities, article_entities, mentions, duplicate_links). */
    public long count(String table) throws SQLException {
        if (!List.of("articles", "entities", "article_entities", "mentions", "duplicate_links").contains(table)) {
            throw new IllegalArgumentException("not a sink table: " + table);
        }
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** Row counts of every sink table, in a stable order. */
    public Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("articles", "entities", "article_entities", "mentions", "duplicate_links")) {
            counts.put(table, count(table));
        }
        return counts;
    }

    private static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, utc(instant));
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
