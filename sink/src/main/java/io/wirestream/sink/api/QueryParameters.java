package io.wirestream.sink.api;

import io.wirestream.sink.row.StorableText;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The query string of one request, read into typed, bounded values; a bad one is a {@link BadRequestException}. */
final class QueryParameters {

    static final int MAX_QUERY_LENGTH = 4096;
    static final int MAX_LIMIT = 500;
    static final int MAX_SEARCH_LENGTH = 200;
    static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "DATE", "OTHER");

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    static QueryParameters parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(values);
        }
        if (rawQuery.length() > MAX_QUERY_LENGTH) {
            throw new BadRequestException("query string is " + rawQuery.length() + " characters; at most "
                    + MAX_QUERY_LENGTH + " are accepted");
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName, "a parameter name");
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), "parameter " + abbreviate(name));
            values.putIfAbsent(name, value);
        }
        return new QueryParameters(values);
    }

    /** A percent-decoded path segment ('+' stays a plus sign, as it does in paths). */
    static String decodePathSegment(String raw) {
        return decode(raw.replace("+", "%2B"), "the path");
    }

    private static String decode(String raw, String where) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(where + ": malformed percent-encoding in '" + abbreviate(raw) + "'");
        }
    }

    int limit(int defaultLimit) {
        String raw = values.get("limit");
        if (raw == null || raw.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new BadRequestException("limit must be a whole number from 1 to " + MAX_LIMIT + ", was '"
                + abbreviate(raw) + "'");
    }

    /**
     * {@code tables=a,b}: the sink tables to count, in the order of {@code all}; all of them when absent; none for
     * {@code tables=none} (a poller that wants the consumer's state alone). A name that is not one of them is a bad
     * request naming it.
     */
    List<String> tables(List<String> all) {
        String raw = values.get("tables");
        if (raw == null || raw.isBlank()) {
            return all;
        }
        if (raw.strip().equals("none")) {
            return List.of();
        }
        Set<String> asked = new HashSet<>();
        for (String name : raw.split(",")) {
            String table = name.strip();
            if (!all.contains(table)) {
                throw new BadRequestException("tables: '" + abbreviate(table) + "' is not one of " + String.join(", ", all));
            }
            asked.add(table);
        }
        return all.stream().filter(asked::contains).toList();
    }

    String searchText() {
        String raw = values.get("q");
        if (raw == null || raw.isBlank()) {
            throw new BadRequestException("parameter q (the text to search for) is required");
        }
        String text = raw.strip();
        if (text.length() > MAX_SEARCH_LENGTH) {
            throw new BadRequestException("q is " + text.length() + " characters; at most " + MAX_SEARCH_LENGTH
                    + " are accepted");
        }
        return StorableText.of(text);
    }

    TimeRange range() {
        return new TimeRange(date("from"), date("to"));
    }

    private LocalDate date(String name) {
        String raw = values.get(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO date such as 2024-12-09, was '" + abbreviate(raw)
                    + "'");
        }
    }

    /** The {@code cursor} parameter, which must come from the list named {@code list}; null for the first page. */
    Cursor cursor(String list) {
        String raw = values.get("cursor");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Cursor.decode(raw.trim(), list);
    }

    ChartQueries.Bucket bucket() {
        String raw = values.get("bucket");
        if (raw == null || raw.isBlank()) {
            return ChartQueries.Bucket.DAY;
        }
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "hour" -> ChartQueries.Bucket.HOUR;
            case "day" -> ChartQueries.Bucket.DAY;
            default -> throw new BadRequestException("bucket must be 'hour' or 'day', was '" + abbreviate(raw) + "'");
        };
    }

    String entityType() {
        String raw = values.get("type");
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String type = raw.trim().toUpperCase(java.util.Locale.ROOT);
        if (!ENTITY_TYPES.contains(type)) {
            throw new BadRequestException("type must be one of " + ENTITY_TYPES + ", was '" + abbreviate(raw) + "'");
        }
        return type;
    }

    /** Echoed input is cut short: an error message must not repeat a megabyte of someone's query. */
    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
