package io.wirestream.sink.api;

import io.wirestream.sink.api.Views.Page;
import io.wirestream.sink.api.Views.SearchHit;
import io.wirestream.sink.api.Views.Span;
import io.wirestream.sink.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two ways the sink searches articles. PostgreSQL: full text over the {@code article_search} table's vectors
 * (GIN index; {@code websearch_to_tsquery}, so "quoted phrases", {@code or} and {@code -word} work), the newest
 * {@value #CANDIDATES} matches ranked by {@code ts_rank}, with highlighted {@code ts_headline} snippets. H2, and
 * the baseline of the benchmark: a case-insensitive substring scan ({@code LOWER(...) LIKE}) newest first.
 */
final class ArticleSearch {

    /** Characters of clean body shown around a substring match. */
    static final int SNIPPET_LENGTH = 240;

    // private-use characters as ts_headline's highlight marks, taken out again before the snippet is answered:
    // the answer carries plain text plus offsets, so no markup ever travels (a stray one in a body only
    // misplaces a highlight)
    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** How many of the newest matches a full-text search ranks (and so pages through). */
    static final int CANDIDATES = 200;

    /**
     * How many of the newest articles holding every word of a phrase query are checked for the phrase. The GIN
     * index knows which articles hold a word, not where: a phrase of common words that rarely stand side by side
     * would otherwise have its positions checked in tens of thousands of articles.
     */
    static final int PHRASE_CANDIDATES = 2000;

    private final Database database;

    ArticleSearch(Database database) {
        this.database = database;
    }

    /** The list name of search cursors: the text is part of it, so a cursor only continues its own search. */
    static String listName(String text) {
        return "search:" + text;
    }

    // The user's text as a query; spelled out at each use (bound once per use) rather than computed in a CTE: the
    // planner must see the words to estimate how many articles match, and with the read pool's one-shot plans
    // it folds each use to the same constant.
    private static final String QUERY = "websearch_to_tsquery('simple', ?)";
    private static final String HAS_PHRASE = "position('<' IN " + QUERY + "::text) > 0";
    // A phrase query with its phrases loosened to "all these words" (querytree drops the negated parts, which
    // only loosens it further): every article matching the query matches this, and the GIN index answers it
    // without looking at positions. The text form of a tsquery quotes every lexeme, and the 'simple' parser
    // never puts '<' or '>' in one, so the only "<…>" in it are phrase operators (<-> and <N>).
    private static final String LOOSENED = "CASE WHEN " + HAS_PHRASE + " AND querytree(" + QUERY + ") <> 'T'"
            + " THEN regexp_replace(querytree(" + QUERY + "), '<[0-9]*-?>', '&', 'g')::tsquery ELSE " + QUERY + " END";

    Page<SearchHit> fullText(String text, int limit, Cursor after) throws SQLException {
        return database.inTransaction(connection -> {
            List<String> pairs = PhrasePairs.of(queryTree(connection, text));
            try (PreparedStatement statement = connection.prepareStatement(fullTextSql(!pairs.isEmpty(), after))) {
                int i = 1;
                statement.setString(i++, text); // headline
                statement.setString(i++, HEADLINE_OPTIONS);
                statement.setString(i++, text); // rank
                if (!pairs.isEmpty()) {
                    statement.setArray(i++, connection.createArrayOf("text", pairs.toArray()));
                } else {
                    for (int use = 0; use < 4; use++) {
                        statement.setString(i++, text); // the loosened query
                    }
                    statement.setString(i++, text); // how many to take
                }
                statement.setString(i++, text); // the query itself
                if (after != null) {
                    statement.setFloat(i++, (float) after.rank());
                    statement.setObject(i++, after.eventTime().atOffset(ZoneOffset.UTC));
                    statement.setString(i++, after.id());
                }
                statement.setInt(i, limit + 1);
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        hits.add(marked(ReadQueries.summary(rows), rows.getString("snippet"), rows.getFloat("rank")));
                    }
                }
                return ReadQueries.page(hits, limit, hit -> cursorOf(text, hit));
            }
        });
    }

    /** The query's required part as text ({@code querytree}: negations dropped), e.g. {@code 'a' <-> 'b' & 'c'}. */
    private static String queryTree(Connection connection, String text) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT querytree(" + QUERY + ")::text")) {
            statement.setString(1, text);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    // Over the narrow article_search table (V5): first the newest matches, then the newest CANDIDATES of them are
    // ranked, one page is kept, and only that page is joined to articles for its summary and gets a headline
    // (ts_headline re-parses the body).
    // The newest matches come one of two ways. A query that requires adjacent words (a quoted phrase, a hyphenated
    // word) takes the newest PHRASE_CANDIDATES articles holding every required pair from the pair index (V7) and
    // checks the whole query in those. Any other query takes its matches from the GIN index or by walking the
    // (event_time, id) index backwards, whichever the planner finds cheaper for these words (a check is one small
    // heap tuple either way); an "or" of phrases still checks positions in the newest PHRASE_CANDIDATES articles
    // holding all their words.
    private static String fullTextSql(boolean byPairs, Cursor after) {
        String newestMatches = "SELECT s.id, s.event_time, s.search_vector FROM ("
                + "SELECT id, event_time, search_vector FROM article_search WHERE "
                + (byPairs ? "pair_buckets @> word_pair_buckets(CAST(? AS TEXT[]))" : "search_vector @@ " + LOOSENED)
                + " ORDER BY event_time DESC, id DESC LIMIT "
                + (byPairs ? PHRASE_CANDIDATES : "CASE WHEN " + HAS_PHRASE + " THEN " + PHRASE_CANDIDATES + " ELSE "
                        + CANDIDATES + " END") + ") s";
        return "SELECT " + ReadQueries.SUMMARY_COLUMNS + ", h.rank,"
                + " ts_headline('simple', a.clean_body, " + QUERY + ", ?) AS snippet FROM ("
                + "SELECT r.id, r.event_time, r.rank FROM ("
                + "SELECT c.id, c.event_time, ts_rank(c.search_vector, " + QUERY + ") AS rank FROM ("
                + newestMatches
                + " WHERE s.search_vector @@ " + QUERY
                + " ORDER BY s.event_time DESC, s.id DESC LIMIT " + CANDIDATES + ") c) r"
                + (after != null ? " WHERE (r.rank, r.event_time, r.id) < (CAST(? AS REAL), ?, ?)" : "")
                + " ORDER BY r.rank DESC, r.event_time DESC, r.id DESC LIMIT ?) h"
                + " JOIN articles a ON a.id = h.id"
                + " ORDER BY h.rank DESC, h.event_time DESC, h.id DESC";
    }

    Page<SearchHit> substring(String text, int limit, Cursor after) throws SQLException {
        String needle = text.toLowerCase(Locale.ROOT);
        String pattern = "%" + likeEscaped(needle) + "%";
        String sql = "SELECT " + ReadQueries.SUMMARY_COLUMNS + ", SUBSTRING(a.clean_body FROM"
                + " GREATEST(POSITION(? IN LOWER(a.clean_body)) - " + SNIPPET_LENGTH / 3 + ", 1) FOR "
                + SNIPPET_LENGTH + ") AS snippet FROM articles a"
                + " WHERE (LOWER(COALESCE(a.clean_title, a.title, '')) LIKE ? ESCAPE '!'"
                + " OR LOWER(a.clean_body) LIKE ? ESCAPE '!')"
                + (after != null ? " AND " + ReadQueries.KEYSET : "")
                + " ORDER BY a.event_time DESC, a.id DESC LIMIT ?";
        return database.inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, needle);
                statement.setString(2, pattern);
                statement.setString(3, pattern);
                int i = 4;
                if (after != null) {
                    i = ReadQueries.bindKeyset(statement, i, after);
                }
                statement.setInt(i, limit + 1);
                List<SearchHit> hits = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String snippet = rows.getString("snippet");
                        hits.add(new SearchHit(ReadQueries.summary(rows), snippet, 0, occurrences(snippet, needle)));
                    }
                }
                return ReadQueries.page(hits, limit, hit -> cursorOf(text, hit));
            }
        });
    }

    private static Cursor cursorOf(String text, SearchHit hit) {
        return new Cursor(listName(text), hit.rank(), Instant.parse(hit.article().eventTime()), hit.article().id());
    }

    /** A headline with its marks taken out and turned into spans. */
    static SearchHit marked(Views.ArticleSummary article, String headline, double rank) {
        StringBuilder plain = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; headline != null && i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START) {
                start = plain.length();
            } else if (c == STOP) {
                if (start >= 0 && plain.length() > start) {
                    spans.add(new Span(start, plain.length()));
                }
                start = -1;
            } else {
                plain.append(c);
            }
        }
        return new SearchHit(article, plain.toString(), rank, spans);
    }

    /** Where {@code needle} (lower case) occurs in {@code snippet}, ignoring case. */
    static List<Span> occurrences(String snippet, String needle) {
        List<Span> spans = new ArrayList<>();
        if (snippet == null || needle.isEmpty()) {
            return spans;
        }
        String lower = snippet.toLowerCase(Locale.ROOT);
        // lower-casing can change a string's length (e.g. 'İ'); then offsets would not match: no highlight
        if (lower.length() != snippet.length()) {
            return spans;
        }
        for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
            spans.add(new Span(at, at + needle.length()));
        }
        return spans;
    }

    /** Escapes LIKE's wildcards with '!' (an explicit ESCAPE: the two vendors' defaults differ in places). */
    static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
