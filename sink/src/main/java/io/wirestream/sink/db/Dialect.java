package io.wirestream.sink.db;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one place where PostgreSQL and H2 differ for the sink: how an upsert is spelled. PostgreSQL's
 * {@code INSERT ... ON CONFLICT DO UPDATE} is safe under concurrent writers (its {@code MERGE} is not: two
 * sessions inserting the same key can both miss and one fails); H2, even in PostgreSQL mode, accepts only
 * {@code ON CONFLICT DO NOTHING}, so it gets its own {@code MERGE ... KEY}.
 */
public enum Dialect {
    POSTGRESQL, H2;

    /** The dialect of a JDBC URL; anything but H2 is treated as PostgreSQL (the production store). */
    public static Dialect ofUrl(String jdbcUrl) {
        return jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:") ? H2 : POSTGRESQL;
    }

    /** A statement inserting {@code columns} (one parameter each, in order) or replacing the row with the same key. */
    public String upsert(String table, List<String> columns, List<String> keyColumns) {
        String columnList = String.join(", ", columns);
        String parameters = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String keys = String.join(", ", keyColumns);
        return switch (this) {
            case H2 -> "MERGE INTO " + table + " (" + columnList + ") KEY (" + keys + ") VALUES (" + parameters + ")";
            case POSTGRESQL -> "INSERT INTO " + table + " (" + columnList + ") VALUES (" + parameters + ")"
                    + " ON CONFLICT (" + keys + ") DO UPDATE SET " + columns.stream()
                    .filter(c -> !keyColumns.contains(c))
                    .map(c -> c + " = EXCLUDED." + c)
                    .collect(Collectors.joining(", "));
        };
    }

}
