package io.wirestream.sink;

import io.wirestream.config.CommonFields;
import io.wirestream.config.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The sink's settings (besides the common Kafka and registry ones); each is documented in docs/sink.md. */
public final class SinkFields {

    /** H2 in PostgreSQL mode with the settings H2's documentation gives for PostgreSQL compatibility. */
    public static final String EMBEDDED_JDBC_URL =
            "jdbc:h2:file:./data/sink/wirestream;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public static final Field<String> JDBC_URL = Field.string("sink.jdbc.url", EMBEDDED_JDBC_URL,
            "JDBC URL of the sink database: jdbc:postgresql://host:5432/db in production, an H2 file by default");
    public static final Field<String> JDBC_USER = Field.string("sink.jdbc.user", "sa", "database user");
    public static final Field<String> JDBC_PASSWORD = Field.string("sink.jdbc.password", "", "database password");
    public static final Field<Integer> JDBC_POOL_SIZE = Field.integer("sink.jdbc.pool.size", 4, 1, 64,
            "connections of the writer's pool (the read API has its own)");
    public static final Field<String> GROUP_ID = Field.string("sink.group.id", io.wirestream.schemas.ConsumerGroups.SINK,
            "consumer group of the sink (its committed offsets are the sink's progress)");
    public static final Field<Integer> MAX_POLL_RECORDS = Field.integer("sink.max.poll.records", 500, 1, 10_000,
            "records per poll, i.e. the most records in one database transaction");
    public static final Field<Duration> POLL_TIMEOUT = Field.duration("sink.poll.timeout", Duration.ofMillis(500),
            "how long one poll waits for records");
    public static final Field<Duration> RETRY_INITIAL = Field.duration("sink.retry.initial", Duration.ofMillis(200),
            "first pause before re-reading a batch that could not be stored (doubles per failure)");
    public static final Field<Duration> RETRY_MAX = Field.duration("sink.retry.max", Duration.ofSeconds(30),
            "longest pause between retries; keep it well under the consumer's max.poll.interval.ms");
    public static final Field<Integer> DLQ_MAX_VALUE_BYTES = Field.integer("sink.dlq.max.value.bytes", 900_000, 0,
            Integer.MAX_VALUE, "original values larger than this are left out of dead letters (producer size limit)");
    public static final Field<Duration> PROGRESS_INTERVAL = Field.duration("sink.progress.interval",
            Duration.ofSeconds(10), "how often progress (rows written) is logged");
    public static final Field<Integer> HTTP_PORT = Field.integer("sink.http.port", 8088, -1, 65_535,
            "port of the read API, dashboard and /metrics; 0 disables the server, -1 picks any free port");
    public static final Field<String> HTTP_HOST = Field.string("sink.http.host", "127.0.0.1",
            "address the read API binds to (0.0.0.0 for every interface; then set sink.http.token)");
    public static final Field<String> HTTP_TOKEN = Field.string("sink.http.token", "",
            "bearer token the API and /metrics require (Authorization: Bearer ...); empty: none");
    public static final Field<Duration> HTTP_QUERY_TIMEOUT = Field.duration("sink.http.query.timeout",
            Duration.ofSeconds(5), "longest a read query may run (or wait for a lock) before the API answers 503");
    public static final Field<Integer> HTTP_DB_CONNECTIONS = Field.integer("sink.http.db.connections", 4, 2, 32,
            "connections of the read API's own pool (one is kept for /health)");

    public static final List<Field<?>> SINK = List.of(JDBC_URL, JDBC_USER, JDBC_PASSWORD, JDBC_POOL_SIZE, GROUP_ID,
            MAX_POLL_RECORDS, POLL_TIMEOUT, RETRY_INITIAL, RETRY_MAX, DLQ_MAX_VALUE_BYTES, PROGRESS_INTERVAL,
            HTTP_PORT, HTTP_HOST, HTTP_TOKEN, HTTP_QUERY_TIMEOUT, HTTP_DB_CONNECTIONS);

    /** Every field the sink reads: the common ones, then its own. */
    public static final List<Field<?>> ALL = concat(CommonFields.ALL, SINK);

    private SinkFields() {
    }

    private static List<Field<?>> concat(List<Field<?>> first, List<Field<?>> second) {
        List<Field<?>> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
